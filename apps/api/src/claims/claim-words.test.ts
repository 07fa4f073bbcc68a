import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../test/corpus';
import { claimText, claimTexts } from './claim-text';
import { claimTextKey, claimWords, jaccardAtLeast, setJaccard, wordJaccard } from './claim-words';
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

describe('jaccardAtLeast', () => {
  // The quoted passages of recovery-2020's first 200 articles, and each with one word changed: pairs near and far.
  const quoted = readFileSync(corpusPath('recovery-2020.jsonl'), 'utf8')
    .split('\n')
    .slice(0, 200)
    .filter((line) => line.trim().length > 0)
    .flatMap((line) =>
      ((JSON.parse(line) as { text: string }).text.match(/["\u201C][^"\u201C\u201D]{20,300}["\u201D]/g) ?? []).slice(0, 4),
    );
  const sets = quoted.flatMap((q) => [new Set(claimWords(q)), new Set(claimWords(q.replace(/\b(the|a|to|we)\b/, 'our')))]);

  it("should return setJaccard's score exactly when it reaches the bound, and nothing below it", () => {
    expect(sets.length).toBeGreaterThan(100);
    let near = 0;
    for (const [i, a] of sets.entries()) {
      for (const b of sets.slice(i, i + 40)) {
        const score = setJaccard(a, b);
        expect(jaccardAtLeast(a, b, 0.7)).toBe(score >= 0.7 ? score : undefined);
        if (score >= 0.7) near += 1;
      }
    }
    expect(near).toBeGreaterThan(sets.length / 2);
  });

  it('should treat two empty sets as equal and an empty set as far from any other', () => {
    expect(jaccardAtLeast(new Set(), new Set(), 0.7)).toBe(1);
    expect(jaccardAtLeast(new Set(), new Set(['a']), 0.7)).toBeUndefined();
  });
});

describe('claimTexts', () => {
  it('should give each distinct text its words, key and bands once', () => {
    const texts = claimTexts([SAID, SAID, '"open to dialogue"']);
    expect(texts.size).toBe(2);
    expect(texts.get(SAID)).toEqual({
      words: claimWords(SAID),
      key: claimTextKey(claimWords(SAID)),
      bands: minHashBands(claimWords(SAID)),
    });
    expect(claimText('"open to dialogue"').bands).toEqual([]);
  });
});
