import { ParseResultSchema } from '@claimline/schema';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseWithRawOffsets, PARSER_VERSION } from './index';
import { INGESTED_AT } from './test-helpers';

const ARTICLE = 'Talks are over – Reuters\n\n"We will not give up," said Kremlin spokesman Dmitry Peskov.\n\nOther News\n\nBurgers at home';

describe('parseArticle', () => {
  it('should return a schema-valid result with the title cut out of the body', () => {
    const result = parseArticle(ARTICLE, { ingestedAt: INGESTED_AT });
    expect(ParseResultSchema.parse(result)).toEqual(result);
    expect(result.article.title).toBe('Talks are over – Reuters');
    expect(result.article.text).toBe('"We will not give up," said Kremlin spokesman Dmitry Peskov.\n\n');
    expect(result.article.removed.map((r) => r.reason)).toEqual(['title', 'other-news']);
    expect(result.article.parserVersion).toBe(PARSER_VERSION);
  });

  it('should give the same id to the same article sent with CRLF line ends or a trailing newline', () => {
    const lf = 'Ceasefire talks\n\n"We will not give up," said Maria Lopez.\n';
    const ids = [lf, lf.trimEnd(), lf.replace(/\n/g, '\r\n')].map((raw) => parseArticle(raw).article.id);
    expect(new Set(ids).size).toBe(1);
  });

  it('should derive ids from the content hash', () => {
    const { article, quotes, sources } = parseArticle(ARTICLE, { ingestedAt: INGESTED_AT });
    expect(article.id).toBe(`a_${article.contentHash.slice(0, 24)}`);
    expect(quotes[0]?.id).toBe(`${article.id}:q1`);
    expect(quotes[0]?.sourceId).toBe(sources[0]?.id);
    expect(sources[0]).toMatchObject({ name: 'Dmitry Peskov', kind: 'person', roles: ['Kremlin spokesman'] });
  });

  it('should place quotes at the published date, else the ingestion time', () => {
    expect(parseArticle(ARTICLE, { ingestedAt: INGESTED_AT, publishedAt: '2024-05-24' }).quotes[0]?.time).toEqual({
      at: '2024-05-24T00:00:00.000Z',
      basis: 'published',
    });
    expect(parseArticle(ARTICLE, { ingestedAt: INGESTED_AT }).quotes[0]?.time).toEqual({ at: INGESTED_AT, basis: 'ingested' });
  });

  it('should place quotes at a dateline date when there is no published date', () => {
    const wire = 'SALVADOR, Feb 26 - Cocoa arrivals will be late this year, Comissaria Smith said in its weekly review.\n';
    const { quotes, article } = parseArticle(wire, { ingestedAt: '1987-03-02T00:00:00Z' });
    expect(article.dateline?.date).toBe('1987-02-26T00:00:00.000Z');
    expect(quotes[0]?.time.basis).toBe('dateline');
  });

  it('should map body offsets back to the raw text', () => {
    const { result, toRaw } = parseWithRawOffsets(ARTICLE, { ingestedAt: INGESTED_AT });
    const quote = result.quotes[0];
    expect(quote).toBeDefined();
    if (quote === undefined) return;
    expect(ARTICLE.slice(toRaw(quote.span.start), toRaw(quote.span.end))).toBe(quote.text);
  });
});
