import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/start-server';
import { reutersSlice, runCli, scratch } from '../test/run-cli';

const TOKEN = 'cli-test-token-0123456789';
const tmp = scratch('remote');
const dataDir = tmp.path('server-db');
let server: TestServer;

beforeAll(async () => {
  server = await startServer(dataDir, TOKEN);
});
afterAll(async () => {
  await server.stop();
  tmp.remove();
});

describe('claimline ingest --url and claimline export', () => {
  it('should ingest through a running server with the token, once, and refuse a wrong token with exit code 2', async () => {
    const lines = reutersSlice(tmp.path('reuters-80.jsonl'), 80);
    const distinct = new Set(lines.map((l) => (JSON.parse(l) as { text: string }).text.trim())).size;
    const env = { XDG_STATE_HOME: tmp.path('state') };
    const first = await runCli(['ingest', tmp.path('reuters-80.jsonl'), '--url', server.url, '--token', TOKEN], env, tmp.dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`into ${server.url}`);
    expect(first.stderr).toContain(`done: ${distinct} new, ${80 - distinct} already stored, 0 refused`);
    const again = await runCli(
      ['ingest', tmp.path('reuters-80.jsonl'), '--url', server.url],
      { ...env, CLAIMLINE_API_TOKEN: TOKEN },
      tmp.dir,
    );
    expect(again.stderr).toMatch(/done: 0 new, 80 already stored, 0 refused/);
    const refused = await runCli(
      ['ingest', tmp.path('reuters-80.jsonl'), '--url', server.url, '--token', 'not-the-token-at-all'],
      env,
      tmp.dir,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Authorization: Bearer/);
    expect(refused.stderr).toMatch(/run the same command again: it resumes where it stopped/);
  });

  it('should export the same quotes as NDJSON from the server and as CSV from the embedded database, with the filters', async () => {
    const remote = await runCli(
      ['export', '--url', server.url, '--format', 'ndjson', '--outlets', 'Reuters', '--kinds', 'direct'],
      {},
      tmp.dir,
    );
    expect(remote.code).toBe(0);
    const quotes = remote.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; kind: string; article: { outlet: string } });
    expect(quotes.length).toBeGreaterThan(5);
    expect(quotes.every((q) => q.kind === 'direct' && q.article.outlet === 'Reuters')).toBe(true);

    // PGlite is one process's database: the embedded export reads the folder once the server has stopped.
    await server.stop();
    const local = await runCli(['export', '--kinds', 'direct', '--out', tmp.path('quotes.csv')], { CLAIMLINE_DATA_DIR: dataDir }, tmp.dir);
    expect(local.code).toBe(0);
    const rows = readFileSync(tmp.path('quotes.csv'), 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^id,time,time_basis,source_id,source_name/);
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(quotes.map((q) => q.id));

    const bad = await runCli(['export', '--from', 'yesterday'], { CLAIMLINE_DATA_DIR: dataDir }, tmp.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('claimline export: from: expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z\n');
  });
});
