import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../db/rows';
import { lockBlocks } from '../identity/resolve-identities';
import { useTestApi } from '../test/test-app';
import { prepareArticle } from './ingest-article';
import { storeParsedMany } from './store-parsed';
import { sourceBlocks } from './upsert-sources';

const api = useTestApi();

const briefing = (n: number) => ({
  text: `Port talks ${n}\n\n"The talks on berth ${n} went well," said Maria Lopez, the port director.\n\nThe briefing ended late.`,
  outlet: 'Wire',
  publishedAt: `2024-05-0${n}`,
});

/** The backend of this database waiting on an advisory lock, once there is one. */
async function advisoryWaiter(): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const [waiting] = await rows<{ pid: number }>(
      api.database.db,
      sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'`,
    );
    if (waiting) return waiting.pid;
    await sleep(25);
  }
  throw new Error('no ingest waited on the identity blocks');
}

describe.runIf(process.env.TEST_DATABASE_URL)('storeParsedMany on PostgreSQL', () => {
  it('should write its articles and claim texts while another batch holds its identity blocks and its outlet count', async () => {
    // Two batches of one feed overlapped nowhere: the blocks were locked before the first write and
    // the outlet's count row from the article merge, so the second waited for the whole first one.
    await api.caller.articles.ingest(briefing(1));
    const item = await prepareArticle({ parser: api.parser }, briefing(2));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    const earlier = api.database.db.transaction(async (tx) => {
      await lockBlocks(tx, sourceBlocks([item.parsed]));
      await tx.execute(sql`SELECT 1 FROM outlet_counts WHERE outlet = 'Wire' FOR UPDATE`);
      holding();
      await released;
    });
    await held;
    const storing = storeParsedMany(api.database.db, [item]);
    try {
      const pid = await advisoryWaiter();
      const written = await rows<{ name: string }>(
        api.database.db,
        sql`SELECT relation::regclass::text AS name FROM pg_locks WHERE pid = ${pid} AND locktype = 'relation' AND mode = 'RowExclusiveLock'`,
      );
      const tables = written.map((w) => w.name);
      expect(tables).toEqual(expect.arrayContaining(['articles', 'claim_texts', 'claim_bands']));
      expect(tables).not.toContain('quotes');
      expect(tables).not.toContain('sources');
    } finally {
      release();
      await earlier;
    }
    const [result] = await storing;
    expect(result).toMatchObject({ status: 'created', quoteCount: 1, sourceCount: 1 });
    const outlets = await rows<{ articles: number; quotes: number }>(
      api.database.db,
      sql`SELECT articles, quotes FROM outlet_counts WHERE outlet = 'Wire'`,
    );
    expect(outlets).toEqual([{ articles: 2, quotes: 2 }]);
  });
});
