import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { useTestApi } from '../test/test-app';

const api = useTestApi();
const article = { text: 'Harbour\n\n"The harbour will reopen," said Maria Lopez.', outlet: 'Wire' };

const post = (app: ReturnType<typeof createApp>, path: string, headers: Record<string, string>, body: FormData | string) =>
  app.request(path, { method: 'POST', headers: { Host: 'localhost:3000', ...headers }, body });

describe('originCheck', () => {
  it('should refuse a cross-site multipart form post to articles.reparse and reparse nothing', async () => {
    await api.caller.articles.ingest(article);
    const form = new FormData();
    form.set('id', 'anything');
    const response = await post(api.app, '/trpc/articles.reparse', { Origin: 'https://attacker.example' }, form);
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('FORBIDDEN');
    expect(body.error.message).toMatch(/writes from another site are refused \(Origin https:\/\/attacker.example\)/);
  });

  it('should refuse a form post even from the same origin or with no Origin: writes are JSON', async () => {
    const form = new FormData();
    form.set('text', article.text);
    for (const headers of [{ Origin: 'http://localhost:3000' }, {}] as Record<string, string>[]) {
      const response = await post(api.app, '/trpc/articles.reparse', headers, form);
      expect(response.status).toBe(415);
      expect(await response.text()).toMatch(/writes must be sent as Content-Type: application\/json \(got multipart\/form-data\)/);
    }
    const plain = await post(api.app, '/trpc/articles.ingest', { 'Content-Type': 'text/plain' }, JSON.stringify(article));
    expect(plain.status).toBe(415);
    expect((await api.caller.articles.list({})).items).toHaveLength(0);
  });

  it('should accept JSON writes from the same origin, from no browser, and from a configured web origin', async () => {
    const json = { 'Content-Type': 'application/json' };
    expect(
      (await post(api.app, '/trpc/articles.ingest', { ...json, Origin: 'http://localhost:3000' }, JSON.stringify(article))).status,
    ).toBe(200);
    expect((await post(api.app, '/trpc/articles.reparse', json, '{}')).status).toBe(200);
    expect((await post(api.app, '/trpc/articles.reparse', { ...json, Origin: 'http://localhost:5173' }, '{}')).status).toBe(403);
    const dev = createApp({ ...api.appOptions, webOrigins: ['http://localhost:5173'] });
    expect((await post(dev, '/trpc/articles.reparse', { ...json, Origin: 'http://localhost:5173' }, '{}')).status).toBe(200);
  });

  it('should refuse the opaque "null" origin of sandboxed frames', async () => {
    const response = await post(api.app, '/trpc/articles.reparse', { 'Content-Type': 'application/json', Origin: 'null' }, '{}');
    expect(response.status).toBe(403);
  });
});
