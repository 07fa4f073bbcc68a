import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '@claimline/schema';
import { rows } from '../db/rows';
import { corpusPath } from '../test/corpus';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

/** Real recovery-2020 articles that name Trump, Cuomo or de Blasio, some fully and some by surname only. */
function articles(): ArticleInput[] {
  return readFileSync(corpusPath('recovery-2020.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleInput)
    .filter((a) => /\b(?:Trump|Cuomo|Blasio)\b/.test(a.text) && a.text.length < 8_000)
    .slice(0, 48)
    .map((a) => ({ text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt }));
}

/** Every quote with the name of the record it belongs to, and the records' names with their members. */
async function grouping(): Promise<{ quotes: string[]; groups: string[] }> {
  const quotes = await rows<{ id: string; source: string | null }>(
    api.database.db,
    sql`SELECT q.id, s.name AS source FROM quotes q LEFT JOIN sources s ON s.id = q.source_id ORDER BY q.id`,
  );
  const groups = await rows<{ name: string; members: string }>(
    api.database.db,
    sql`SELECT r.name, coalesce((SELECT string_agg(m.id, ',' ORDER BY m.id) FROM sources m WHERE m.merged_into_id = r.id), '') AS members
      FROM sources r WHERE r.merged_into_id IS NULL AND r.block LIKE 'p:%' ORDER BY r.id`,
  );
  return { quotes: quotes.map((q) => `${q.id} ${q.source}`), groups: groups.map((g) => `${g.name}: ${g.members}`) };
}

describe('identity resolution order', () => {
  it('should group the same articles the same way forward, reversed and as one batch', { timeout: 600_000 }, async () => {
    const corpus = articles();
    expect(corpus.length).toBe(48);
    for (const a of corpus) await api.caller.articles.ingest(a);
    const forward = await grouping();
    await api.reset();
    for (const a of [...corpus].reverse()) await api.caller.articles.ingest(a);
    const reversed = await grouping();
    await api.reset();
    await api.caller.articles.ingestMany({ articles: corpus });
    const batch = await grouping();
    expect(reversed).toEqual(forward);
    expect(batch).toEqual(forward);
    // The grouping is not trivially empty: names were linked across articles.
    const linked = forward.groups.flatMap((g) => g.split(/[:,]/).filter((m) => m.trim().startsWith('src_')));
    expect(linked.length).toBeGreaterThanOrEqual(5);
  });
});
