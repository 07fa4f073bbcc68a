import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { useTestApi } from '../test/test-app';
import { accessFor } from './auth';

const WRITE = 'write-token-0123456789abcdef';
const READ = 'read-token-0123456789abcdef';
const api = useTestApi();
const article = JSON.stringify({ text: 'Harbour\n\n"The harbour will reopen," said Maria Lopez.', outlet: 'Wire' });

const closed = () => createApp({ ...api.appOptions, token: WRITE, readToken: READ });
const ingest = (app: ReturnType<typeof createApp>, headers: Record<string, string> = {}) =>
  app.request('/trpc/articles.ingest', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: article });

describe('auth', () => {
  it('should refuse a raw token without "Bearer" and say how to send it', async () => {
    const app = createApp({ ...api.appOptions, token: WRITE });
    const response = await ingest(app, { Authorization: WRITE });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/must be \\"Bearer <token>\\".*a bare token is not accepted/);
    expect((await ingest(app, { Authorization: `Bearer ${WRITE}` })).status).toBe(200);
  });

  it('should put reads and exports behind CLAIMLINE_READ_TOKEN, and let health answer anyone', async () => {
    const app = closed();
    const list = await app.request('/trpc/articles.list');
    expect(list.status).toBe(401);
    expect(await list.text()).toMatch(/needs a token for reads/);
    expect((await app.request('/export/quotes.csv')).status).toBe(401);
    expect((await app.request('/export/quotes.ndjson', { headers: { Authorization: 'Bearer wrong-token-0123456789a' } })).status).toBe(401);
    expect((await app.request('/trpc/health')).status).toBe(200);
  });

  it('should let the read token read but not write, and the write token do both', async () => {
    const app = closed();
    const reader = { Authorization: `Bearer ${READ}` };
    const writer = { Authorization: `Bearer ${WRITE}` };
    expect((await app.request('/trpc/articles.list', { headers: reader })).status).toBe(200);
    expect((await app.request('/export/quotes.csv', { headers: reader })).status).toBe(200);
    expect((await ingest(app, reader)).status).toBe(401);
    expect((await ingest(app, writer)).status).toBe(200);
    expect((await app.request('/trpc/stats.overview', { headers: writer })).status).toBe(200);
  });
});

describe('accessFor', () => {
  it('should grant everything when no token is configured, whatever the header says', () => {
    expect(accessFor(undefined, {})).toEqual({ read: true, write: true, byToken: false });
    expect(accessFor('Basic abc', {})).toEqual({ read: true, write: true, byToken: false });
  });

  it('should grant reads only to the read token and treat a wrong bearer token as none', () => {
    expect(accessFor(`Bearer ${READ}`, { write: WRITE, read: READ })).toEqual({ read: true, write: false, byToken: true });
    expect(accessFor('Bearer nope', { write: WRITE })).toEqual({ read: true, write: false, byToken: false });
    expect(accessFor(WRITE, { write: WRITE })).toBe('malformed');
  });
});
