import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app';
import type { Database } from './client';
import { retryTransaction, sqlState } from './retry-transaction';
import { rows } from './rows';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql`CREATE TABLE retry_counters (id int PRIMARY KEY, v int NOT NULL)`);
});
afterAll(async () => {
  await database.close();
});

/** A promise and the function that settles it: one step of a hand-made interleaving. */
function signal() {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { fire, fired };
}

describe('retryTransaction', () => {
  it('should read the SQLSTATE of a driver error and of one Drizzle wrapped', () => {
    expect(sqlState(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe('40P01');
    expect(sqlState(new Error('Failed query', { cause: Object.assign(new Error('x'), { code: '40001' }) }))).toBe('40001');
    expect(sqlState(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBeUndefined();
    expect(sqlState('not an error')).toBeUndefined();
  });

  it('should run a deadlock victim again and give up after its attempts, passing any other error through', async () => {
    const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });
    let runs = 0;
    await expect(
      retryTransaction(
        () => {
          runs++;
          return runs < 3 ? Promise.reject(deadlock()) : Promise.resolve('stored');
        },
        { baseDelayMs: 1 },
      ),
    ).resolves.toBe('stored');
    expect(runs).toBe(3);

    runs = 0;
    await expect(
      retryTransaction(
        () => {
          runs++;
          return Promise.reject(deadlock());
        },
        { attempts: 4, baseDelayMs: 1 },
      ),
    ).rejects.toThrow('deadlock detected');
    expect(runs).toBe(4);

    runs = 0;
    const refused = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    await expect(
      retryTransaction(() => {
        runs++;
        return Promise.reject(refused);
      }),
    ).rejects.toBe(refused);
    expect(runs).toBe(1);
  });

  // PGlite has one connection, so its transactions never wait on each other: only PostgreSQL can deadlock.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'should finish both of two transactions that lock two rows in opposite orders, the deadlock victim on its second run',
    async () => {
      const { db } = database;
      await db.execute(sql`INSERT INTO retry_counters VALUES (1, 0), (2, 0)`);
      const firstHolds = signal();
      const secondHolds = signal();
      let runs = 0;
      // Each adds 1 to both rows, in the opposite order to the other; on its first run each waits until
      // the other holds its first row, so PostgreSQL must pick a victim (after deadlock_timeout, 1 s).
      const addBoth = (order: [number, number], holds: ReturnType<typeof signal>, other: ReturnType<typeof signal>) =>
        retryTransaction(
          () =>
            db.transaction(async (tx) => {
              const first = ++runs <= 2;
              await tx.execute(sql`UPDATE retry_counters SET v = v + 1 WHERE id = ${order[0]}`);
              if (first) {
                holds.fire();
                await other.fired;
              }
              await tx.execute(sql`UPDATE retry_counters SET v = v + 1 WHERE id = ${order[1]}`);
            }),
          { baseDelayMs: 5 },
        );
      await Promise.all([addBoth([1, 2], firstHolds, secondHolds), addBoth([2, 1], secondHolds, firstHolds)]);
      expect(runs).toBe(3);
      const counters = await rows<{ id: number; v: number }>(db, sql`SELECT id, v FROM retry_counters ORDER BY id`);
      expect(counters).toEqual([
        { id: 1, v: 2 },
        { id: 2, v: 2 },
      ]);
    },
  );
});
