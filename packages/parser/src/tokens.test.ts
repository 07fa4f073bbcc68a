import { describe, expect, it } from 'vitest';
import { attributed } from './test-helpers';
import { tokenize } from './tokens';

describe('tokenize', () => {
  it('should keep the World Health Organization apart from the pronoun "who"', () => {
    const text = 'the WHO said; those who said; THE WHO SAYS';
    expect(tokenize(text, 0, text.length).map((t) => t.lower)).toEqual([
      'the',
      'w.h.o.',
      'said',
      ';',
      'those',
      'who',
      'said',
      ';',
      'the',
      'who',
      'says',
    ]);
  });

  it('should keep the period of a case\'s "v." ("Roe v. Wade")', () => {
    const text = 'overturn Roe v. Wade.';
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(['overturn', 'Roe', 'v.', 'Wade', '.']);
  });

  it('should read "the WHO said" as the World Health Organization', () => {
    // recovery-2020 (2020-05): the relative pronoun had left "the" as the speaker, and "The WHO said on Tuesday that ..."
    // had no claim at all.
    expect(
      attributed(
        'A WHO spokeswoman in Geneva said on Tuesday the agency had no immediate comment on Trump’s letter but expected to have “more clarity” and a reaction to it later in the day.\n\nOn Monday, the WHO said an independent review of the global coronavirus response would begin as soon as possible and it had received backing and a hefty pledge of funds from China',
      ),
    ).toEqual({
      quotes: [
        [44, 171, 'A WHO spokeswoman', 'A WHO spokeswoman'],
        [198, 353, 'the WHO', 'WHO'],
      ],
      kinds: ['anonymous', 'organization'],
    });
  });

  it('should read an Arabic family name with its article as capitalized ("al-Assad", "el-Sisi"), not "al-" alone', () => {
    // PolNeAR and reuters-21578: "Syrian President Bashar al-Assad said ..." had no named subject, and no claim.
    const text = 'Syrian President Bashar al-Assad said the war was over; el-Sisi agreed, al-based and all-out.';
    expect(
      tokenize(text, 0, text.length)
        .filter((t) => t.cap)
        .map((t) => t.text),
    ).toEqual(['Syrian', 'President', 'Bashar', 'al-Assad', 'el-Sisi']);
    expect(attributed('Syrian President Bashar al-Assad said the war was over.').quotes).toEqual([
      [38, 54, 'Syrian President Bashar al-Assad', 'Bashar al-Assad'],
    ]);
  });
});
