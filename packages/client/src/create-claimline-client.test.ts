import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaimlineClient, TRPCClientError } from './index';
import { startApiServer, type ApiServer } from './test/start-api-server';

const seed = readFileSync(fileURLToPath(new URL('../../../../shared/corpus/seed-article.txt', import.meta.url)), 'utf8');
const TOKEN = 'client-test-token-0123456789';

let server: ApiServer;
let url: string;

beforeAll(async () => {
  server = await startApiServer(TOKEN);
  url = server.url;
});

afterAll(async () => {
  await server.stop();
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
