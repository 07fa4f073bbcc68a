import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT } from '../test-helpers';

function claims(text: string): (string | number | null | undefined)[][] {
  const result = parseArticle(text, { ingestedAt: INGESTED_AT });
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.quotes.map((q) => [q.span.start, q.span.end, names.get(q.sourceId ?? ''), names.get(q.viaSourceId ?? '') ?? null]);
}

describe('trailingAttribution', () => {
  it('should end a claim before the attribution that closes its sentence, and name it the relay', () => {
    // reuters-21578 (reuters-15943): the claim had run on to ", central bank sources said", and the sources were lost.
    const text =
      'TOKYO, June 2 - Prime Minister Yasuhiro Nakasone today agreed with Bank of Japan governor Satoshi Sumita that a further cut in the discount rate was not appropriate at present, central bank sources said.';
    expect(claims(text)).toEqual([[105, 175, 'Yasuhiro Nakasone', 'central bank sources']]);
    // ... and an outlet that reports a named speaker's words.
    expect(claims('Trump said he might consider Kasich as a vice presidential contender, CNN reported.')).toEqual([
      [11, 68, 'Trump', 'CNN'],
    ]);
  });
});
