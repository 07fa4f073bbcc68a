/**
 * pnpm --filter @claimline/api identity-report — issue 9's measure. Loads all of recovery-2020
 * into a fresh in-memory PGlite through articles.ingestMany and prints, for twenty well-known
 * people of that corpus, how many speaker records each is split into and the largest of them.
 * A record belongs to a person when its name, titles stripped, is that person's surname alone
 * or the surname with a compatible first name ("Andrew M. Cuomo", "Cuomo", "Gov. Cuomo").
 * Then lists the 150 most quoted sources with their kinds and roles, to read for junk speakers and roles.
 * IDENTITY_LIMIT=n loads only the first n articles.
 */
import { sql } from 'drizzle-orm';
import { rows } from '../src/db/rows';
import { loadRecovery } from './load-recovery';

/**
 * The people measured: display label, first name (lower case, '' for a mononym) and surname. Chosen before any run as
 * people the corpus quotes: Jerome Adams and Bernie Sanders, on the first list, gave nothing to measure (Adams is never
 * named in recovery-2020, Sanders is quoted once, with his supporters, as a group), so Jerome Powell and Mitch
 * McConnell stand in for them.
 */
const PEOPLE: [string, string, string][] = [
  ['Donald Trump', 'donald', 'trump'],
  ['Mike Pence', 'mike', 'pence'],
  ['Andrew Cuomo', 'andrew', 'cuomo'],
  ['Bill de Blasio', 'bill', 'de blasio'],
  ['Tedros Adhanom Ghebreyesus', 'tedros', 'ghebreyesus'],
  ['Steven Mnuchin', 'steven', 'mnuchin'],
  ['Anthony Fauci', 'anthony', 'fauci'],
  ['Deborah Birx', 'deborah', 'birx'],
  ['Gavin Newsom', 'gavin', 'newsom'],
  ['Nancy Pelosi', 'nancy', 'pelosi'],
  ['Boris Johnson', 'boris', 'johnson'],
  ['Emmanuel Macron', 'emmanuel', 'macron'],
  ['Xi Jinping', 'xi', 'jinping'],
  ['Giuseppe Conte', 'giuseppe', 'conte'],
  ['Angela Merkel', 'angela', 'merkel'],
  ['Joe Biden', 'joe', 'biden'],
  ['Mitch McConnell', 'mitch', 'mcconnell'],
  ['Alex Azar', 'alex', 'azar'],
  ['Robert Redfield', 'robert', 'redfield'],
  ['Jerome Powell', 'jerome', 'powell'],
];

const TITLES =
  /^(?:(?:u s|us|u\.s\.|president|pres|vice|gov|governor|mayor|sen|senator|rep|representative|dr|doctor|mr|mrs|ms|secretary|speaker|prime|minister|chancellor|general|surgeon|director|chief|premier|house|treasury|health|former|white|leader|ambassador)\s+)+/;

const norm = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a stored name is this person's: the surname alone (titled or not) or with a compatible first name. */
function belongs(name: string, first: string, surname: string): boolean {
  const n = norm(name).replace(TITLES, '');
  if (n === surname || (first === 'xi' && n === 'xi')) return true;
  if (!n.endsWith(` ${surname}`)) return false;
  const given = n.slice(0, -surname.length - 1).split(' ')[0] ?? '';
  return given === first || (given.length === 1 && given === first[0]) || first.startsWith(given) || given.startsWith(first);
}

const { database, close } = await loadRecovery(Number(process.env.IDENTITY_LIMIT ?? Infinity));

const stored = await rows<{ id: string; name: string; kind: string; quotes: number }>(
  database.db,
  sql`SELECT s.id, s.name, s.kind, coalesce(t.count, 0)::int AS quotes FROM sources s LEFT JOIN source_totals t ON t.source_id = s.id
      WHERE s.merged_into_id IS NULL AND s.kind IN ('person', 'unknown') AND coalesce(t.count, 0) > 0 ORDER BY quotes DESC, s.name`,
);
let single = 0;
let extra = 0;
for (const [label, first, surname] of PEOPLE) {
  const mine = stored.filter((s) => belongs(s.name, first, surname));
  if (mine.length === 1) single++;
  extra += Math.max(0, mine.length - 1);
  const top = mine
    .slice(0, 4)
    .map((s) => `${s.name} (${s.quotes})`)
    .join(', ');
  console.log(`${label.padEnd(28)} ${String(mine.length).padStart(3)} records  ${top}${mine.length > 4 ? ', ...' : ''}`);
}
console.log(`one record: ${single} of ${PEOPLE.length}; extra records: ${extra}`);

// The 150 most quoted sources of every kind with their roles, for issue 9's reading of junk speakers
// and junk roles: printed, not judged here (what is junk is read by a person, as the issue did).
const top = await rows<{ name: string; kind: string; roles: string[]; quotes: number }>(
  database.db,
  sql`SELECT s.name, s.kind, s.roles, coalesce(t.count, 0)::int AS quotes FROM sources s JOIN source_totals t ON t.source_id = s.id
      WHERE s.merged_into_id IS NULL ORDER BY quotes DESC, s.name LIMIT 150`,
);
console.log('\nthe 150 most quoted sources (quotes, kind, name: roles):');
for (const s of top)
  console.log(`${String(s.quotes).padStart(5)} ${s.kind.padEnd(12)} ${s.name}${s.roles.length > 0 ? `: ${s.roles.join('; ')}` : ''}`);
await close();
