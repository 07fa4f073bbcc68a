import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { useTestApi } from '../test/test-app';
import { expensiveCalls } from './rate-limit';

const api = useTestApi();
const timeline = `/trpc/stats.timeline?input=${encodeURIComponent(JSON.stringify({ bucket: 'week' }))}`;
// app.request's third argument is what @hono/node-server passes as c.env: the client's socket.
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe('rateLimit', () => {
  it('should answer 429 with Retry-After once a client has made its expensive calls for the minute', async () => {
    const app = createApp({ ...api.appOptions, rateLimit: 3 });
    for (let i = 0; i < 3; i++) expect((await app.request(timeline, {}, from('10.0.0.1'))).status).toBe(200);
    const refused = await app.request(timeline, {}, from('10.0.0.1'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('TOO_MANY_REQUESTS');
    expect(body.error.message).toMatch(/at most 3 a minute per client; retry in \d+ s/);
    expect((await app.request('/export/quotes.csv', {}, from('10.0.0.1'))).status).toBe(429);
  });

  it('should count each client on its own and never count cheap calls', async () => {
    const app = createApp({ ...api.appOptions, rateLimit: 1 });
    expect((await app.request(timeline, {}, from('10.0.0.1'))).status).toBe(200);
    expect((await app.request(timeline, {}, from('10.0.0.2'))).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await app.request('/trpc/articles.list', {}, from('10.0.0.1'))).status).toBe(200);
    expect((await app.request('/trpc/health', {}, from('10.0.0.1'))).status).toBe(200);
  });
});

describe('expensiveCalls', () => {
  it('should count every expensive call in a batch and one per export', () => {
    expect(expensiveCalls('/trpc/stats.timeline,health,stats.overview')).toBe(2);
    expect(expensiveCalls('/export/quotes.ndjson')).toBe(1);
    expect(expensiveCalls('/trpc/articles.list')).toBe(0);
    expect(expensiveCalls('/assets/index.js')).toBe(0);
    // An Atom feed costs like an export; the web app's own /feeds page is a static file.
    expect(expensiveCalls('/feeds/searches/search_1.atom')).toBe(1);
    expect(expensiveCalls('/feeds/speakers/p1.atom')).toBe(1);
    expect(expensiveCalls('/feeds')).toBe(0);
  });
});
