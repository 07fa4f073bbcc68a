import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { useTestApi } from '../test/test-app';
import { hostName } from './host-check';

const TOKEN = 'host-test-token-0123456789';
const api = useTestApi();
const article = JSON.stringify({ text: 'Harbour\n\n"The harbour will reopen," said Maria Lopez.', outlet: 'Wire' });

const ingestWithHost = (app: ReturnType<typeof createApp>, host: string, headers: Record<string, string> = {}) =>
  app.request('/trpc/articles.ingest', {
    method: 'POST',
    headers: { Host: host, 'Content-Type': 'application/json', ...headers },
    body: article,
  });

describe('hostCheck', () => {
  it('should refuse a mutation addressed to another host name (DNS rebinding) and store nothing', async () => {
    const response = await ingestWithHost(api.app, 'attacker.example');
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('FORBIDDEN');
    expect(body.error.message).toMatch(/does not answer to the host name "attacker.example".*CLAIMLINE_ALLOWED_HOSTS/);
    expect((await api.caller.articles.list({})).items).toHaveLength(0);
  });

  it('should refuse reads addressed to another host name too', async () => {
    expect((await api.app.request('/trpc/articles.list', { headers: { Host: 'attacker.example:3000' } })).status).toBe(403);
    expect((await api.app.request('/export/quotes.csv', { headers: { Host: 'attacker.example' } })).status).toBe(403);
  });

  it('should serve loopback names on any port', async () => {
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:5173', '[::1]:8080', 'LOCALHOST.']) {
      expect((await api.app.request('/trpc/articles.list', { headers: { Host: host } })).status, host).toBe(200);
    }
    expect((await ingestWithHost(api.app, '127.0.0.1:3000')).status).toBe(200);
  });

  it('should serve the names in CLAIMLINE_ALLOWED_HOSTS, and any name to a request with a valid token', async () => {
    const app = createApp({ ...api.appOptions, token: TOKEN, allowedHosts: ['claimline.example.org'] });
    const bearer = { Authorization: `Bearer ${TOKEN}` };
    expect((await ingestWithHost(app, 'claimline.example.org:443', bearer)).status).toBe(200);
    expect((await ingestWithHost(app, '10.1.2.3:3000', bearer)).status).toBe(200);
    expect((await ingestWithHost(app, '10.1.2.3:3000', { Authorization: 'Bearer wrong-token-0123456789' })).status).toBe(403);
    expect((await app.request('/trpc/articles.list', { headers: { Host: '10.1.2.3' } })).status).toBe(403);
  });
});

describe('hostName', () => {
  it('should drop the port and keep IPv6 brackets', () => {
    expect([hostName('Example.org:80'), hostName('[::1]:3000'), hostName('[::1]'), hostName('127.0.0.1')]).toEqual([
      'example.org',
      '[::1]',
      '[::1]',
      '127.0.0.1',
    ]);
  });
});
