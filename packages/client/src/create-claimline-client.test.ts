import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaimlineClient, TRPCClientError } from './index';

const apiDir = fileURLToPath(new URL('../../../apps/api', import.meta.url));
const seed = readFileSync(fileURLToPath(new URL('../../../../shared/corpus/seed-article.txt', import.meta.url)), 'utf8');
const TOKEN = 'client-test-token-0123456789';

let server: ChildProcess;
let url: string;
const dataDir = mkdtempSync(join(tmpdir(), 'claimline-client-'));

/** Starts the real API server (PORT=0: any free port) and waits for its "listening on" line. */
beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      CLAIMLINE_DATA_DIR: dataDir,
      CLAIMLINE_API_TOKEN: TOKEN,
      CLAIMLINE_PARSE_THREADS: '1',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(() => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('createClaimlineClient', () => {
  it('should ingest the seed article and list the top speakers from a real server', async () => {
    const claimline = createClaimlineClient({ url, token: TOKEN });
    const result = await claimline.articles.ingest.mutate({ text: seed, outlet: 'Reuters', publishedAt: '2024-05-24' });
    expect(result.status).toBe('created');
    const again = await claimline.articles.ingest.mutate({ text: seed, outlet: 'Reuters' });
    expect(again).toMatchObject({ status: 'existing', articleId: result.articleId });
    const { items } = await claimline.sources.list.query({ sort: 'quotes', limit: 10 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((s) => /senior Russian source/.test(s.name))).toBe(true);
    const health = await claimline.health.query();
    expect(health).toMatchObject({ ok: true, database: 'pglite' });
  });

  it('should surface the error code and message for bad input and a missing token', async () => {
    const claimline = createClaimlineClient({ url, token: TOKEN });
    const bad = await claimline.articles.ingest.mutate({ text: ' ' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TRPCClientError);
    expect((bad as TRPCClientError<never>).message).toBe('text: text is empty: paste the article body');
    const anonymous = createClaimlineClient({ url });
    const refused = await anonymous.articles.ingest.mutate({ text: seed }).catch((e: unknown) => e);
    expect((refused as TRPCClientError<never>).message).toMatch(/Authorization: Bearer/);
  });
});
