import { describe, expect, it } from 'vitest';
import { parseArticle } from './index';
import { INGESTED_AT } from './test-helpers';

/** Each quote's speaker words, checked against the article's text at their offsets. */
function speakers(text: string): [number, number, string][] {
  const result = parseArticle(text, { ingestedAt: INGESTED_AT });
  return result.quotes.flatMap((q) => {
    if (q.speaker === null) return [];
    expect(result.article.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    return [[q.speaker.start, q.speaker.end, q.speaker.text] as [number, number, string]];
  });
}

describe('balancedSpeaker', () => {
  it('should show a speaker with its brackets whole or none of them (wire copy’s tickers and party tags)', () => {
    // reuters-21578 (reuters-245, reuters-351, reuters-1769, reuters-1815): 81 speakers had been shown with half a bracket.
    expect(
      speakers(
        'SYDNEY, March 2 - Australian investment group <Industrial\nEquity Ltd> (IEL) said it will raise 100 mln U.S. Dlrs by the\nissue of medium term notes and commercial paper in the U.S.\nDomestic market.',
      ),
    ).toEqual([[18, 69, 'Australian investment group <Industrial Equity Ltd>']]);
    expect(
      speakers(
        'NEW YORK, March 2 - <Willemijn Holding BV> of Rotterdam\nsaid it has licensed NCR Corp to produce and sell products and\nservices using token ring technology.',
      ),
    ).toEqual([[20, 55, '<Willemijn Holding BV> of Rotterdam']]);
    expect(
      speakers(
        'Senate Majority Leader Robert Byrd (Democrat) of West\nVirginia said in a television interview he was heartened that\nReagan had acknowledged some of his mistakes.',
      ),
    ).toEqual([[0, 34, 'Senate Majority Leader Robert Byrd']]);
    expect(
      speakers(
        "The semi-official United Arab Emirates' (UAE) daily\nal-Ittihad said they would discuss two clauses, effective from\nMarch 1, opening up wholesale trade and industrial loans in GCC\nstates to all GCC citizens.",
      ),
    ).toEqual([[46, 62, 'daily al-Ittihad']]);
  });
});
