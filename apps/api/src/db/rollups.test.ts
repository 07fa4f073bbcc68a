import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/test-app';
import { rows } from './rows';

const api = useTestApi();

let n = 0;
const said = (speaker: string, day: string, outlet: string | undefined, quote = 'We will get through this') => ({
  title: `Briefing ${++n}`,
  text: `Briefing ${n}\n\n"${quote} (${n})," said ${speaker}.\n\n"The ports reopen on Monday (${n})," ${speaker} added.\n\nThe briefing ended late.`,
  outlet,
  publishedAt: day,
});

/** Each rollup as the triggers kept it, beside the same figure counted from the quotes and articles. */
async function rollupsAndTruth() {
  const [row] = await rows<Record<string, unknown>>(
    api.database.db,
    sql`SELECT
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT source_id, article_id, count FROM source_articles WHERE count <> 0) x) AS pairs,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT source_id, article_id, count(*)::int AS count FROM quotes
        WHERE source_id IS NOT NULL GROUP BY 1, 2) x) AS pairs_truth,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT source_id, count, articles FROM source_totals WHERE count <> 0 OR articles <> 0) x) AS totals,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT source_id, count(*)::int AS count, count(DISTINCT article_id)::int AS articles FROM quotes
        WHERE source_id IS NOT NULL GROUP BY 1) x) AS totals_truth,
      (SELECT coalesce(max(value), 0) FROM counters WHERE name = 'sources') AS sources,
      (SELECT count(DISTINCT source_id)::int FROM quotes) AS sources_truth,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT source_id, day, count FROM source_days WHERE count <> 0) x) AS days,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT source_id, (time_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS count FROM quotes
        WHERE source_id IS NOT NULL GROUP BY 1, 2) x) AS days_truth,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT day, outlet, kind, attributed, count FROM day_counts WHERE count <> 0) x) AS all_days,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT (time_at AT TIME ZONE 'UTC')::date AS day, coalesce(outlet, '') AS outlet, kind,
        source_id IS NOT NULL AS attributed, count(*)::int AS count FROM quotes GROUP BY 1, 2, 3, 4) x) AS all_days_truth,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT outlet, articles, quotes FROM outlet_counts WHERE articles <> 0 OR quotes <> 0) x) AS outlets,
      (SELECT jsonb_agg(x ORDER BY x) FROM (SELECT coalesce(a.outlet, '') AS outlet, count(DISTINCT a.id)::int AS articles, count(q.id)::int AS quotes
        FROM articles a LEFT JOIN quotes q ON q.article_id = a.id GROUP BY 1) x) AS outlets_truth`,
  );
  return {
    rollups: {
      pairs: row?.pairs,
      totals: row?.totals,
      sources: row?.sources,
      days: row?.days,
      allDays: row?.all_days,
      outlets: row?.outlets,
    },
    truth: {
      pairs: row?.pairs_truth,
      totals: row?.totals_truth,
      sources: row?.sources_truth,
      days: row?.days_truth,
      allDays: row?.all_days_truth,
      outlets: row?.outlets_truth,
    },
  };
}

describe('rollups', () => {
  it('should keep source, article, day, day-outlet and outlet counts equal to the stored quotes through ingest, merge, undo, reparse and delete', async () => {
    const { results } = await api.caller.articles.ingestMany({
      articles: [
        said('Maria Lopez', '2024-05-01', 'Wire'),
        said('Maria Lopez', '2024-05-02', 'Post'),
        said('John Carter', '2024-05-02', undefined),
        said('Carter', '2024-06-01', 'Wire'),
      ],
    });
    let state = await rollupsAndTruth();
    expect(state.rollups).toEqual(state.truth);
    expect(state.truth.outlets).toEqual([
      { outlet: '', articles: 1, quotes: 2 },
      { outlet: 'Post', articles: 1, quotes: 2 },
      { outlet: 'Wire', articles: 2, quotes: 4 },
    ]);

    const list = await api.caller.sources.list({ limit: 10 });
    const lopez = list.items.find((s) => s.name === 'Maria Lopez');
    const carter = list.items.find((s) => s.name === 'John Carter');
    if (!lopez || !carter) throw new Error(`expected Maria Lopez and John Carter in ${JSON.stringify(list.items)}`);
    expect(lopez).toMatchObject({ quoteCount: 4, articleCount: 2 });
    const { mergeId } = await api.caller.sources.merge({ intoId: lopez.id, mergeIds: [carter.id] });
    state = await rollupsAndTruth();
    expect(state.rollups).toEqual(state.truth);
    expect((await api.caller.sources.list({ limit: 10 })).items[0]).toMatchObject({ id: lopez.id, quoteCount: 8, articleCount: 4 });

    await api.caller.sources.undoMerge({ mergeId });
    await api.caller.articles.reparse({});
    state = await rollupsAndTruth();
    expect(state.rollups).toEqual(state.truth);

    const first = results[0];
    if (!first?.ok) throw new Error('the first article was not stored');
    await api.caller.articles.delete({ id: first.result.articleId });
    state = await rollupsAndTruth();
    expect(state.rollups).toEqual(state.truth);
    expect(await api.caller.stats.overview()).toMatchObject({ articles: 3, quotes: 6, sources: 2, outlets: 2 });
  });
});
