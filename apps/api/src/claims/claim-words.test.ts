import { describe, expect, it } from 'vitest';
import { claimTextKey, claimWords, wordJaccard } from './claim-words';
import { minHashBands } from './min-hash-bands';

// recovery-2020, CBS News: Andrew Cuomo on reopening.
const SAID = `"How are they going to act when they come out? That is the big question,"`;

describe('claimWords', () => {
  it('should fold quotation marks, apostrophes, case, spacing and bracketed insertions', () => {
    const carried = `\u201CHow are they going to act when they come  out ? That is the BIG question\u201D`;
    expect(claimWords(SAID)).toEqual(claimWords(carried));
    expect(claimTextKey(claimWords(SAID))).toBe(claimTextKey(claimWords(carried)));
    expect(claimWords(`We\u2019re ready [to reopen]`)).toEqual(claimWords("we're ready"));
  });
});

describe('wordJaccard', () => {
  it('should score shared words over all words', () => {
    expect(wordJaccard(['a', 'b', 'c'], ['a', 'b', 'd'])).toBe(0.5);
    expect(wordJaccard([], [])).toBe(1);
  });
});

describe('minHashBands', () => {
  it('should give the same keys for the same words, shared keys for a few words of difference, none for short quotes', () => {
    const words = claimWords(SAID);
    expect(minHashBands(words)).toEqual(minHashBands([...words].reverse()));
    const changed = claimWords(`"How are they going to behave when they come out? That is the big question,"`);
    expect(minHashBands(words).filter((b) => minHashBands(changed).includes(b)).length).toBeGreaterThan(0);
    expect(minHashBands(claimWords('"open to dialogue"'))).toEqual([]);
  });

  it('should rarely share a key between unrelated statements', () => {
    const other = claimWords(`"Seven criteria, which basically measure the infection rate, hospitalization rate, testing rate"`);
    expect(minHashBands(claimWords(SAID)).filter((b) => minHashBands(other).includes(b))).toEqual([]);
  });
});
