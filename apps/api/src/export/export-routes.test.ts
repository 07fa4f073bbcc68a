import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-app';
import { CSV_COLUMNS } from './quotes-csv';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await api.caller.articles.ingestMany({
    articles: [
      { text: 'A\n\n"The harbour, they say, will reopen," said Maria Lopez.', outlet: 'Wire', publishedAt: '2024-05-01' },
      { text: 'B\n\n"Grain exports are rising," said John Carter.', outlet: 'Post', publishedAt: '2024-05-02' },
    ],
  });
});
afterAll(async () => {
  await api.close();
});

describe('GET /export/quotes.csv', () => {
  it('should stream a header and one escaped row per quote', async () => {
    const response = await api.app.request('/export/quotes.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/,John Carter,person,/);
    // The comma inside the quote text is escaped by quoting the cell.
    expect(lines[2]).toContain(',"""The harbour, they say, will reopen,""",');
  });

  it('should apply the quotes.list filters from the query string', async () => {
    const response = await api.app.request('/export/quotes.csv?outlets=Post&kinds=direct,mixed');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/John Carter/);
  });

  it('should refuse a bad filter with a message', async () => {
    const response = await api.app.request('/export/quotes.csv?from=yesterday');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { message: 'from: expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z' } });
  });
});

describe('GET /export/quotes.ndjson', () => {
  it('should stream one quotes.list item per line', async () => {
    const response = await api.app.request('/export/quotes.ndjson?q=grain');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/x-ndjson/);
    const items = (await response.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; source: { name: string }; article: { outlet: string } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: { name: 'John Carter' }, article: { outlet: 'Post' } });
    expect(items[0]?.text).toMatch(/Grain exports are rising/);
  });
});
