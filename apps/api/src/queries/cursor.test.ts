import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-app';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await api.caller.articles.ingestMany({
    articles: [
      { text: 'A\n\n"The harbour will reopen," said Maria Lopez.', outlet: 'Wire', publishedAt: '2024-05-01' },
      { text: 'B\n\n"Grain exports are rising," said John Carter.', outlet: 'Post', publishedAt: '2024-05-02' },
    ],
  });
});
afterAll(async () => {
  await api.close();
});

const cursorOf = (key: unknown) => Buffer.from(typeof key === 'string' ? key : JSON.stringify(key)).toString('base64url');

async function get(path: string, cursor: string): Promise<{ status: number; message: string | undefined }> {
  const response = await api.app.request(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ cursor, limit: 1 }))}`);
  const body = (await response.json()) as { error?: { message: string } };
  return { status: response.status, message: body.error?.message };
}

const BAD_CURSOR = 'cursor is not one this API gave out: pass nextCursor from the previous page unchanged';

// Regression: a tampered cursor reached ::timestamptz or OFFSET and PostgreSQL's refusal came back as a 500.
describe('decodeCursor over HTTP', () => {
  it.each([
    ['not base64 JSON', 'garbage!!'],
    ['JSON of the wrong shape', cursorOf({ at: 1 })],
    ['a time that is not a time', cursorOf(['garbage', 'q1'])],
    ['year 0000, which PostgreSQL refuses', cursorOf(['0000-01-01T00:00:00.000Z', 'q1'])],
    ['a NUL in the id', cursorOf(['2024-05-01T00:00:00.000Z', 'q\u0000'])],
    ['an offset cursor of sources.list', cursorOf([50, 'offset'])],
  ])('should answer 400 to quotes.list and articles.list for %s', async (_name, cursor) => {
    expect(await get('quotes.list', cursor)).toEqual({ status: 400, message: BAD_CURSOR });
    expect(await get('articles.list', cursor)).toEqual({ status: 400, message: BAD_CURSOR });
  });

  it.each([
    ['a negative offset', cursorOf([-1, 'offset'])],
    ['a fractional offset', cursorOf([1.5, 'offset'])],
    ['an offset past bigint', cursorOf([1e300, 'offset'])],
    ['an offset given as text', cursorOf(['abc', 'offset'])],
    ['a time cursor of quotes.list', cursorOf(['2024-05-01T00:00:00.000Z', 'q1'])],
  ])('should answer 400 to sources.list for %s', async (_name, cursor) => {
    expect(await get('sources.list', cursor)).toEqual({ status: 400, message: BAD_CURSOR });
  });

  it('should still page with the cursors it gives out', async () => {
    for (const path of ['quotes.list', 'articles.list', 'sources.list']) {
      const first = await api.app.request(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ limit: 1 }))}`);
      const { result } = (await first.json()) as { result: { data: { items: { id: string }[]; nextCursor: string } } };
      expect(result.data.nextCursor, path).toEqual(expect.any(String));
      const second = await api.app.request(
        `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ limit: 1, cursor: result.data.nextCursor }))}`,
      );
      expect(second.status, path).toBe(200);
      const page = (await second.json()) as { result: { data: { items: { id: string }[] } } };
      expect(page.result.data.items.map((i) => i.id)).not.toEqual(result.data.items.map((i) => i.id));
    }
  });
});
