import { normalizeName } from './normalize-name';
import { canonicalFirstName } from './nicknames';

/** A person's name taken apart for identity: the surname, the first name (full or an initial) and the generation. */
export interface PersonName {
  /** Lower-case surname with its particles ("de blasio"); the whole name for a one-word name. */
  surname: string;
  /** The canonical first name ("michael" for "Mike"), one letter for an initial, '' for a bare surname. */
  first: string;
  /** "jr", "sr", "ii", ... or ''. */
  generation: string;
  /** The title words taken off the front ("mayor", "president"), lower case. */
  titles: string[];
}

// Words news copy puts before a name that are not part of it ("Pres. Trump", "Mayor Bill de Blasio",
// "Director-General Tedros ..."), plus the verbs and months the parser sometimes leaves there
// ("Responded Trump", "April Trump").
const TITLE_WORDS = new Set(
  (
    'president pres vice vp gov governor lt lieutenant mayor sen senator rep representative congressman congresswoman ' +
    'dr doctor mr mrs ms miss mx secretary sec speaker prime minister pm chancellor general gen surgeon director chief ' +
    'premier ambassador judge justice attorney commissioner prof professor sir dame lord pope rev reverend sheriff ' +
    'officer captain capt col colonel sgt sergeant adm admiral former u s us uk state health treasury deputy acting ' +
    'assistant executive ceo chairman chairwoman chair leader majority minority house senate white press federal ' +
    'responded replied asked added said says told wrote tweeted january february march april may june july august ' +
    'september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'bin',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'ter',
  'st',
]);

/** Takes a person's name apart ("Mayor Bill de Blasio" -> de blasio / william / titles [mayor]); null when nothing is left. */
export function parsePersonName(name: string): PersonName | null {
  const tokens = normalizeName(name).split(' ').filter(Boolean);
  const titles: string[] = [];
  while (tokens.length > 1 && TITLE_WORDS.has(tokens[0] ?? '')) titles.push(tokens.shift() ?? '');
  let generation = '';
  if (tokens.length > 1 && GENERATIONS.has(tokens.at(-1) ?? '')) generation = tokens.pop() ?? '';
  if (tokens.length === 0) return null;
  // The surname starts at its first particle ("de blasio", "van der leyen"), never at the first word.
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1] ?? '')) start--;
  if (start === 1 && PARTICLES.has(tokens[0] ?? '')) start = 0;
  const surname = tokens.slice(start).join(' ');
  const given = tokens.slice(0, start);
  return { surname, first: firstOf(given), generation, titles };
}

/** The first name of the given names: "j b" (J.B. Pritzker) is one name, "f scott" is Scott. */
function firstOf(given: string[]): string {
  if (given.length === 0) return '';
  const initials = given.every((g) => g.length === 1);
  if (initials) return given.length > 1 ? given.join('') : (given[0] ?? '');
  const first = given[0] ?? '';
  return canonicalFirstName(first.length === 1 ? (given.find((g) => g.length > 1) ?? first) : first);
}
