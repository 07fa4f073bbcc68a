import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';
import { topSources } from './top-sources';

const api = useTestApi();

/** Stores `n` generated people with one quote each (in one real article), all in January 2024. */
async function speakers(n: number) {
  const { articleId } = await api.caller.articles.ingest({
    text: 'Body\n\n"It is fine," said Maria Lopez.',
    outlet: 'Wire',
    publishedAt: '2024-01-01',
  });
  await api.database.db.execute(sql`
    INSERT INTO sources (id, key, name, kind, roles, aliases)
    SELECT 'gen_' || lpad(i::text, 4, '0'), 'person:gen ' || i, 'Speaker ' || i, 'person', '[]', '[]' FROM generate_series(1, ${n}) i`);
  await api.database.db.execute(sql`
    INSERT INTO quotes (id, article_id, source_id, text, span_start, span_end, kind, confidence, time_at, time_basis, outlet)
    SELECT 'genq_' || i, ${articleId}, 'gen_' || lpad(i::text, 4, '0'), 'words', 100000 + i, 100001 + i,
      'direct', 1, timestamptz '2024-01-01 00:00:00+00' + ((i % 28) * interval '1 day'), 'published', 'Wire'
    FROM generate_series(1, ${n}) i`);
}

describe('topSources', () => {
  it('should prove the top N from the all-time totals when a few speakers dominate', async () => {
    await speakers(300);
    // Three dominant speakers over the flat tail of 300 one-quote speakers.
    await api.database.db.execute(sql`UPDATE quotes SET source_id = 'gen_0007' WHERE source_id IN ('gen_0100', 'gen_0101', 'gen_0102')`);
    const top = await topSources(api.database.db, { from: '2024-01-01', to: '2024-02-01' }, 1);
    expect(top).toEqual([{ id: 'gen_0007', total: 4 }]);
  });

  it('should give up (null) when the tail could hide a tie, and the timeline should then scan', async () => {
    await speakers(300);
    expect(await topSources(api.database.db, {}, 20)).toBeNull();
    const timeline = await api.caller.stats.timeline({ bucket: 'month', top: 20 });
    expect(timeline.series).toHaveLength(20);
    expect(timeline.series.every((s) => s.total === 1)).toBe(true);
    // Ties broken by id, as the scan orders them.
    const ids = timeline.series.map((s) => s.source.id);
    expect(ids).toEqual([...ids].sort());
  });
});
