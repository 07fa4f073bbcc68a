import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleInput, IngestItemResult } from '@claimline/schema';
import { LOCK_FILE } from './db/data-dir-lock';
import { corpusPath } from './test/corpus';
import { startServerProcess, type StartedServer } from './test/server-process';

// The real entry (src/index.ts) in child processes on PGlite data directories: what one process
// per directory, the order of start-up and a draining shutdown look like from outside. The child
// servers never see TEST_DATABASE_URL, so the postgres project would run the same thing twice: this
// file runs in the pglite project only (index.test.ts is its PostgreSQL counterpart).
const onPostgresProject = Boolean(process.env.TEST_DATABASE_URL);
const root = mkdtempSync(join(tmpdir(), 'claimline-lifecycle-'));
const started: StartedServer[] = [];
const start = (dataDir: string, env: Record<string, string> = {}) => {
  const server = startServerProcess(undefined, { CLAIMLINE_DATA_DIR: dataDir, ...env });
  started.push(server);
  return server;
};

afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  rmSync(root, { recursive: true, force: true });
});

/** Polls what the process printed until `pattern` shows (a loaded machine may take seconds to deliver a signal). */
async function waitForOutput(server: StartedServer, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(server.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(server.output()).toMatch(pattern);
}

const reuters = (n: number): ArticleInput[] =>
  readFileSync(corpusPath('reuters-21578.jsonl'), 'utf8')
    .split('\n')
    .slice(0, n)
    .map((line) => {
      const a = JSON.parse(line) as ArticleInput;
      return { text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt };
    });

describe.skipIf(onPostgresProject)('one server process per PGlite data directory', { timeout: 600_000 }, () => {
  const dataDir = join(root, 'shared-dir');

  it('should refuse a second server on the same directory at once, naming the directory and the holder', async () => {
    const first = await start(dataDir).ready;
    const firstPid = started[0]?.pid;
    await first.api.articles.ingest.mutate({ text: 'Harbour\n\n"The harbour will reopen," said Maria Lopez.', outlet: 'Wire' });
    const second = start(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`the data directory ${dataDir} is in use by another Claimline server (pid ${firstPid}`);
    expect(second.output()).not.toMatch(/listening on/);
    // The first one never noticed.
    expect((await first.api.articles.list.query({})).items).toHaveLength(1);
  });

  it('should fail a start on a taken port before it creates or opens its data directory', async () => {
    const first = await started[0]?.ready;
    if (!first) throw new Error('the first server did not start');
    const untouched = join(root, 'never-created');
    const clash = start(untouched, { PORT: new URL(first.url).port });
    expect(await clash.exited).toBe(1);
    expect(clash.output()).toMatch(/127\.0\.0\.1:\d+ is already in use .*set PORT to a free port/);
    expect(existsSync(untouched)).toBe(false);
  });

  it('should release the lock on SIGTERM and take over a stale one left by a killed server', async () => {
    await started[0]?.stop();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const killed = start(dataDir);
    await killed.ready;
    process.kill(killed.pid, 'SIGKILL');
    await killed.exited;
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: killed.pid });
    const next = await start(dataDir).ready;
    expect((await next.api.articles.list.query({})).items).toHaveLength(1);
    await next.stop();
  });
});

describe.skipIf(onPostgresProject)('a damaged data directory', { timeout: 600_000 }, () => {
  it('should fail with what is wrong and what to do', async () => {
    const dataDir = join(root, 'damaged');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'PG_VERSION'), 'not a version\n');
    const server = start(dataDir);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(new RegExp(`the PGlite database in ${dataDir} could not be opened .*damaged.*mv ${dataDir}`));
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});

describe.skipIf(onPostgresProject)('shutdown on SIGTERM', { timeout: 600_000 }, () => {
  const ingestMany = (url: string, articles: ArticleInput[]) =>
    fetch(`${url}/trpc/articles.ingestMany`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ articles }),
    });

  it('should store or answer 503 for every article of a large ingestMany in flight, never BAD_REQUEST, and lose none on retry', async () => {
    const dataDir = join(root, 'drain');
    // No grace at all: the batch in flight cannot finish.
    const server = start(dataDir, { CLAIMLINE_SHUTDOWN_TIMEOUT_MS: '0' });
    const api = await server.ready;
    const articles = reuters(100);
    const sent = ingestMany(api.url, articles);
    // health answers once the server has read the batch's headers (they were written first).
    await api.api.health.query();
    process.kill(server.pid, 'SIGTERM');
    const response = await sent;
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: stopped/);

    const stored = new Set<string>();
    if (response.status === 200) {
      const { results } = ((await response.json()) as { result: { data: { results: IngestItemResult[] } } }).result.data;
      for (const r of results) {
        if (r.ok) stored.add(r.result.articleId);
        else expect(r.error.code, r.error.message).toBe('SERVICE_UNAVAILABLE');
      }
    } else {
      expect(response.status, await response.clone().text()).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('1');
      expect(await response.text()).toMatch(/shut down before this request finished: send it again/);
    }

    // The client retries on the restarted server: everything is stored, nothing twice.
    const again = await start(dataDir).ready;
    const retried = (await (await ingestMany(again.url, articles)).json()) as { result: { data: { results: IngestItemResult[] } } };
    const ids = retried.result.data.results.map((r) => (r.ok ? r.result.articleId : `failed: ${r.error.message}`));
    for (const id of stored) expect(ids).toContain(id);
    const listed: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page = await again.api.articles.list.query({ limit: 100, cursor });
      listed.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    }
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...new Set(ids)].sort());
    await again.stop();
  });

  it('should answer 503 to a request arriving while it drains', async () => {
    const dataDir = join(root, 'drain-new');
    const server = start(dataDir, { CLAIMLINE_SHUTDOWN_TIMEOUT_MS: '60000' });
    const api = await server.ready;
    const slow = ingestMany(api.url, reuters(60));
    await api.api.health.query();
    process.kill(server.pid, 'SIGTERM');
    await waitForOutput(server, /SIGTERM: draining/);
    // New connections are refused once the listener closes; a request that still gets in is answered 503.
    const late = await fetch(`${api.url}/trpc/health`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    const finished = (await (await slow).json()) as { result: { data: { results: IngestItemResult[] } } };
    expect(finished.result.data.results.every((r) => r.ok)).toBe(true);
    expect(await server.exited).toBe(0);
  });
});
