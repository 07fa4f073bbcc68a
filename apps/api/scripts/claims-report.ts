/**
 * pnpm --filter @claimline/api claims-report — issue 11's claims measure. Loads recovery-2020 into a
 * fresh in-memory PGlite through articles.ingestMany (CLAIMS_LIMIT=n: the first n articles) and
 * prints how many quotes group into claims, how many claims several outlets carry, how many of
 * those needed the near-duplicate match (several distinct normalized texts), the most carried
 * claims, whether the trigger-kept rollup equals a GROUP BY over quotes, and claims.list timings.
 */
import { sql } from 'drizzle-orm';
import { claimTextKey, claimWords } from '../src/claims/claim-words';
import { claimsDrift } from '../src/claims/claims-drift';
import { rows } from '../src/db/rows';
import { loadRecovery } from './load-recovery';

const { database, caller, close } = await loadRecovery(Number(process.env.CLAIMS_LIMIT ?? Infinity));

const [totals] = await rows<{ quotes: number; attributed: number; claims: number; repeated: number; spread: number }>(
  database.db,
  sql`SELECT (SELECT count(*)::int FROM quotes) AS quotes, (SELECT count(*)::int FROM quotes WHERE source_id IS NOT NULL) AS attributed,
        count(*)::int AS claims, count(*) FILTER (WHERE appearances > 1)::int AS repeated, count(*) FILTER (WHERE outlets > 1)::int AS spread
      FROM claims`,
);
console.log(
  `quotes ${totals?.quotes}, with a speaker ${totals?.attributed}; claims ${totals?.claims}; ` +
    `appearing more than once ${totals?.repeated}; carried by 2+ outlets ${totals?.spread}`,
);

const members = await rows<{ claim_key: string; source_id: string; text: string }>(
  database.db,
  sql`SELECT q.claim_key, q.source_id, q.text FROM quotes q JOIN claims c ON c.claim_key = q.claim_key AND c.source_id = q.source_id WHERE c.appearances > 1`,
);
const texts = new Map<string, Map<string, string>>();
for (const m of members) {
  const id = `${m.claim_key}.${m.source_id}`;
  texts.set(id, (texts.get(id) ?? new Map<string, string>()).set(claimTextKey(claimWords(m.text)), m.text));
}
const near = [...texts.values()].filter((s) => s.size > 1);
console.log(`repeated claims joined only by the near-duplicate match (2+ distinct normalized texts): ${near.length}`);
for (const variants of near.slice(0, Number(process.env.CLAIMS_SHOW_NEAR ?? 3))) {
  console.log(`  one claim:\n${[...variants.values()].map((t) => `    ${JSON.stringify(t.slice(0, 160))}`).join('\n')}`);
}

console.log(`claims rows differing from a GROUP BY over quotes: ${await claimsDrift(database.db)}`);

const top = await caller.claims.list({ limit: 8 });
for (const c of top.items) {
  console.log(
    `${String(c.outletCount).padStart(2)} outlets ${String(c.appearanceCount).padStart(3)}x  ${c.source.name}: "${c.text.slice(0, 90)}" (first: ${c.firstOutlet})`,
  );
}
for (const [label, input] of [
  ['spread', { limit: 50 }],
  ['recent', { limit: 50, sort: 'recent' as const }],
  ['q=vaccine', { limit: 50, q: 'vaccine' }],
  ['2+ outlets', { limit: 50, minOutlets: 2 }],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    await caller.claims.list(input);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  console.log(`claims.list ${label}: median ${times[10]?.toFixed(1)} ms`);
}
await close();
