import { ParseResultSchema } from '@claimline/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growth, repeatTo } from './growth';
import { parseArticle, parseWithRawOffsets } from './index';
import { INGESTED_AT } from './test-helpers';

const META = { ingestedAt: INGESTED_AT };

// Text built from the pieces quote finding cares about: marks of every style, cues, names, line breaks.
const PIECES = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  ' said ',
  ' says ',
  ', she said.',
  ' according to ',
  'Peskov',
  'The agency',
  ' told reporters ',
  '. ',
  ',',
  ':',
  '\n',
  '\n\n',
  ' ',
  'We will win',
  'مرحبا',
  '😀',
  '\u00a0',
  '\r\n',
  'Other News',
  'photo',
  'SALVADOR, Feb 26 - ',
];
const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), newsLike);

// Heavy on purpose (hundreds of parses, a megabyte): generous, for a busy machine.
describe('parseArticle properties', { timeout: 120_000 }, () => {
  it('should return a schema-valid result for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(ParseResultSchema.safeParse(parseArticle(text, META)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should keep every span inside the article text and quotes apart', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { article, quotes } = parseArticle(text, META);
        let end = 0;
        for (const q of quotes) {
          expect(q.span.start).toBeGreaterThanOrEqual(end);
          expect(q.span.end).toBeLessThanOrEqual(article.text.length);
          expect(article.text.slice(q.span.start, q.span.end)).toBe(q.text);
          for (const s of [q.cue, q.speaker]) if (s !== null) expect(article.text.slice(s.start, s.end)).toBe(s.text);
          end = q.span.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should be deterministic for a fixed ingestion time', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseArticle(text, META)).toEqual(parseArticle(text, META));
      }),
      { numRuns: 200 },
    );
  });

  it('should map quote spans back onto the same text in the raw input', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const { result, toRaw } = parseWithRawOffsets(text, META);
        for (const q of result.quotes) {
          const raw = text.slice(toRaw(q.span.start), toRaw(q.span.end));
          // Normalization only swaps one character for one (NBSP, line breaks), so lengths agree.
          expect(raw.length).toBe(q.text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('should parse a megabyte of quotation marks', () => {
    expect(ParseResultSchema.safeParse(parseArticle('"'.repeat(1_000_000), META)).success).toBe(true);
  }, 120_000);

  // Regressions: the according-to rule once searched the rest of the text at every sentence, quotation marks were
  // searched from each paragraph to the end of the text, and every claim of the same name scanned all its mentions:
  // all quadratic. Fastest CPU times (growth.ts), so a busy machine does not fail them.
  it.each([
    ['many sentences and no "according"', 'Peskov said that "we will not give up," and the agency said "they said so". '],
    ['many short paragraphs with no quotation marks', 'He said.\n'],
    ['the same name in many claims', 'John Smith said the plan failed. '],
  ])('should take time linear in the length of the text with %s', (_name, unit) => {
    // Sixteen times the text should take about sixteen times as long; 80 leaves room for noise, not for n squared (256).
    expect(
      growth(
        (text) => parseArticle(text, META),
        (n) => repeatTo(unit, n),
        20_000,
      ).ratio,
    ).toBeLessThan(80);
  });

  it('should stay valid whatever the metadata holds (untyped callers)', () => {
    const odd = { title: 42, url: '/relative', authors: ['A', 7], publishedAt: 'yesterday', outlet: {}, ingestedAt: 'not a date' };
    const result = parseArticle('"We will win," she said.', odd as unknown as Parameters<typeof parseArticle>[1]);
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.article).toMatchObject({ url: null, authors: ['A'], publishedAt: null, outlet: null });
  });
});
