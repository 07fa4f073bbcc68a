import { describe, expect, it } from 'vitest';
import { attributed, expectQuotes } from './test-helpers';
import { tokenize } from './tokens';

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

  it('should end a sentence glued to the next by a lost line break ("he said.Joseph Strasburg"), not a domain or a ticker', () => {
    // recovery-2020 (184 glues in 46 articles, New York Times live pages, 2020-04): "said.Joseph" had been one word, the
    // two sentences one, and "he" the name after it.
    const text =
      '“Landlords are being made the scapegoat,” he said.Joseph Strasburg, the president, said rents were low. See Realtor.com or <eric.St>.';
    expect(
      tokenize(text, 0, text.length)
        .map((t) => t.text)
        .slice(9, 14),
    ).toEqual(['he', 'said', '.', 'Joseph', 'Strasburg']);
    expect(
      tokenize(text, 0, text.length)
        .map((t) => t.text)
        .slice(-6),
    ).toEqual(['Realtor.com', 'or', '<', 'eric.St', '>', '.']);
    expect(
      attributed(
        'Mr. Martin said no landlord would evict. “Landlords are being made the scapegoat,” he said.Joseph Strasburg, the president of the association, said rents were too low.',
      ).quotes,
    ).toEqual([
      [16, 39, 'Mr. Martin', 'Martin'],
      [41, 82, 'he', 'Martin'],
      [148, 166, 'Joseph Strasburg', 'Joseph Strasburg'],
    ]);
  });
});
