import { describe, expect, it } from 'vitest';
import { matchCorrections, quoteKey, type Correction } from './match-corrections';

const correction = (spanStart: number, spanEnd: number, text: string | null): Correction => ({
  articleId: 'art_1',
  spanStart,
  spanEnd,
  quoteKey: text === null ? null : quoteKey(text),
  setSource: false,
  sourceId: null,
  kind: 'mixed',
  notAQuote: false,
  reviewStatus: null,
  note: null,
  tags: null,
});
const quote = (start: number, text: string) => ({ text, span: { start, end: start + text.length } });

describe('quoteKey', () => {
  it('should fold quotation marks, punctuation, case and white space', () => {
    expect(quoteKey('"We have a deal,\n and we\u2019re   going," ')).toBe(quoteKey('we have a deal and we re going'));
  });
});

describe('matchCorrections', () => {
  it('should match the exact span first, whatever the text', () => {
    const c = correction(10, 30, 'something else');
    expect(matchCorrections([quote(10, '"Twenty characters."')], [c]).get(0)).toBe(c);
  });

  it('should find a moved quote by its text, the nearest of two that say the same', () => {
    const c = correction(100, 120, '"We will not give up,"');
    const quotes = [quote(20, '"We will not give up,"'), quote(113, 'We will not give up'), quote(300, '"We will not give up,"')];
    const matched = matchCorrections(quotes, [c]);
    expect([...matched.keys()]).toEqual([1]);
  });

  it('should find a quote that grew by a few words where the old span overlaps it', () => {
    const c = correction(50, 80, 'the harbour will reopen');
    expect([...matchCorrections([quote(40, '"Sources say the harbour will reopen in June"')], [c]).keys()]).toEqual([0]);
  });

  it('should leave a correction unmatched when no quote has its span or its text', () => {
    expect(
      matchCorrections(
        [quote(0, '"Something new"'), quote(200, '"the harbour will reopen"')],
        [correction(50, 80, 'the harbour will reopen soon')],
      ).size,
    ).toBe(0);
    expect(matchCorrections([quote(55, '"moved"')], [correction(50, 80, null)]).size).toBe(0);
  });

  it('should give each quote one correction and each correction one quote', () => {
    const first = correction(10, 20, 'yes');
    const second = correction(40, 50, 'yes');
    const matched = matchCorrections([quote(12, 'yes'), quote(44, 'yes')], [first, second]);
    expect(matched.get(0)).toBe(first);
    expect(matched.get(1)).toBe(second);
  });
});
