import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test/test-app';
import { CSV_COLUMNS, csvCell } from './quotes-csv';

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

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  for (const match of csv.matchAll(/((?:"(?:[^"]|"")*"|[^,"\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,"\r\n]*))*)\r\n/g)) {
    const cells = [...(match[1] ?? '').matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,"\r\n]*)/g)].map((m) => {
      const cell = m[1] ?? '';
      return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    });
    rows.push(cells);
  }
  return rows;
}

// Regression (issue 10, finding 6): titles, outlets, quotes and names starting with = + - @ went out
// raw, and a spreadsheet opening the export ran them as formulas.
describe('GET /export/quotes.csv with hostile text', () => {
  it('should neutralize formula cells in titles, outlets, indirect quotes and names', async () => {
    const { results } = await api.caller.articles.ingestMany({
      articles: [
        {
          text: 'Harbour\n\n=SUM(A1:A9) would be paid back, Maria Lopez said.',
          title: '=HYPERLINK("https://evil.example","click")',
          outlet: '+cmd|/c calc',
          publishedAt: '2024-06-01',
        },
        { text: 'Port\n\n@everyone should leave the port, according to John Carter.', outlet: '-Wire', publishedAt: '2024-06-02' },
      ],
    });
    const [first] = results;
    if (!first?.ok) throw new Error('the hostile article should be stored');
    const carter = (await api.caller.sources.list({ q: 'carter' })).items[0];
    if (!carter) throw new Error('John Carter should be a source');
    await api.caller.sources.update({ id: carter.id, name: '-2+3' });

    const rows = parseCsv(await (await api.app.request('/export/quotes.csv?from=2024-06-01')).text());
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);
    expect(column('article_title')).toContain(`'=HYPERLINK("https://evil.example","click")`);
    expect(column('outlet')).toEqual(expect.arrayContaining(["'+cmd|/c calc", "'-Wire"]));
    expect(column('text')).toEqual(expect.arrayContaining(["'=SUM(A1:A9) would be paid back", "'@everyone should leave the port"]));
    expect(column('source_name')).toContain("'-2+3");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('csvCell', () => {
  it('should prefix text that starts like a formula, tab and carriage return included, and keep numbers', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('@a, b')).toBe(`"'@a, b"`);
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('plain')).toBe('plain');
  });
});
