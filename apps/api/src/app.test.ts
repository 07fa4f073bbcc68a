import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createTestApi, type TestApi } from './test/test-app';

const TOKEN = 'test-token-0123456789abcdef';
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ token: TOKEN });
});
afterAll(async () => {
  await api.close();
});

const ingest = (body: unknown, headers: Record<string, string> = {}) =>
  api.app.request('/trpc/articles.ingest', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const article = { text: 'Report\n\n"The harbour will reopen," said Maria Lopez.', outlet: 'Wire' };

describe('createApp auth', () => {
  it('should refuse a write without the token and say which header to send', async () => {
    const response = await ingest(article);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('UNAUTHORIZED');
    expect(body.error.message).toMatch(/Authorization: Bearer/);
  });

  it('should refuse a wrong token and accept the right one', async () => {
    expect((await ingest(article, { Authorization: 'Bearer wrong-token-0123456789ab' })).status).toBe(401);
    const response = await ingest(article, { Authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
  });

  it('should let anyone read without a token', async () => {
    expect((await api.app.request('/trpc/articles.list')).status).toBe(200);
  });
});

describe('createApp limits', () => {
  it('should answer 413 with a tRPC error for a body over 2 MB', async () => {
    const response = await ingest({ text: 'a'.repeat(2 * 1024 * 1024 + 10) }, { Authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error).toMatchObject({ data: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(body.error.message).toMatch(/over the 2 MB limit/);
  });

  it('should answer PAYLOAD_TOO_LARGE for an article over 1 MB inside a body under 2 MB', async () => {
    const response = await ingest({ text: 'a'.repeat(1_000_001) }, { Authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(413);
    expect(JSON.stringify(await response.json())).toMatch(/over the 1 MB limit/);
  });

  it('should not send stack traces to clients', async () => {
    const response = await ingest('{not json', { Authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/stack|at \w+ \(/);
    const bad = await ingest({ text: '' }, { Authorization: `Bearer ${TOKEN}` });
    const body = (await bad.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(body.error.message).toBe('text: text is empty: paste the article body');
    expect(body.error.data.stack).toBeUndefined();
  });
});

describe('createApp CORS', () => {
  it('should allow the configured web origin only', async () => {
    const app = createApp({ ...api.appOptions, webOrigins: ['http://localhost:5173'] });
    const allowed = await app.request('/trpc/health', { headers: { Origin: 'http://localhost:5173' } });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    const other = await app.request('/trpc/health', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('should admit no other origin by default, not even the Vite dev server (production is same-origin)', async () => {
    const response = await api.app.request('/trpc/health', { headers: { Origin: 'http://localhost:5173' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('createApp web app', () => {
  it('should serve the built web app with an SPA fallback', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'claimline-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Claimline</title>');
    const app = createApp({ ...api.appOptions, webDist: dist });
    expect(await (await app.request('/')).text()).toContain('<title>Claimline</title>');
    expect(await (await app.request('/articles/art_123')).text()).toContain('<title>Claimline</title>');
    expect((await app.request('/trpc/health')).status).toBe(200);
  });

  it('should say to run pnpm build first when the web app is missing', async () => {
    const app = createApp({ ...api.appOptions, webDist: join(tmpdir(), 'claimline-no-such-dist') });
    const response = await app.request('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/run pnpm build first/);
  });
});
