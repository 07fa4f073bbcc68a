import { describe, expect, it } from 'vitest';
import { expectQuotes } from './test-helpers';

describe('sentences', () => {
  it('should end a sentence at an abbreviation\'s period when "He" opens the next one', () => {
    // PolNeAR (Breitbart, 2016-01-05): the tokenizer keeps "U.S." whole, so no stop token followed it and the
    // second claim ran on inside the first.
    const text =
      'NRA lobbyist Chris Cox says Obama is trying to distract from the attacks in the U.S. He says Americans don’t need any more “condescending lectures.”';
    const result = expectQuotes(text, [
      { text: 'Obama is trying to distract from the attacks in the U.S', speaker: 'NRA lobbyist Chris Cox', cue: 'says' },
      { text: 'Americans don’t need any more “condescending lectures.”', speaker: 'He', cue: 'says', kind: 'mixed' },
    ]);
    expect(result.quotes.map((q) => q.span)).toEqual([
      { start: 28, end: 83 },
      { start: 93, end: 148 },
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Chris Cox']);
  });

  it('should keep a title\'s period inside the sentence ("Gen. He Weidong")', () => {
    const text = 'Gen. He Weidong said the drills would continue.';
    const result = expectQuotes(text, [{ text: 'the drills would continue', speaker: 'Gen. He Weidong', cue: 'said' }]);
    expect(result.quotes[0]?.span).toEqual({ start: 21, end: 46 });
  });
});
