import { describe, expect, it } from 'vitest';
import { attributed } from '../test-helpers';

describe('coordinated speakers', () => {
  it('should read two names the article never writes apart as one firm ("Duff and Phelps said")', () => {
    // reuters-21578 (reuters-2465): "Phelps" had been a person in 20 claims of the rating agency.
    const text =
      'CHICAGO, March 6 - Duff and Phelps said it has downgraded fixed income securities of USX Corp. The downgrades reflect substantial business risk, Duff and Phelps said.';
    expect(attributed(text)).toEqual({
      quotes: [
        [40, 93, 'Duff and Phelps', 'Duff and Phelps'],
        [95, 143, 'Duff and Phelps', 'Duff and Phelps'],
      ],
      kinds: ['organization'],
    });
  });

  it('should take the company named in full for its short form ("Pacific Gas and Electric said")', () => {
    // reuters-21578 (reuters-10694): the speaker had been "Pacific Gas", then "Electric".
    const text =
      'Pacific Gas and Electric Co said it will change its accounting. The change reflects only cash received, Pacific Gas and Electric said.';
    expect(attributed(text).quotes.map((q) => q[3])).toEqual(['Pacific Gas and Electric Co', 'Pacific Gas and Electric Co']);
  });

  it('should keep the last of two bodies the article writes apart, as a body ("Apple and Google said")', () => {
    // recovery-2020: "Google" had been a person, the first of the two names read as its role.
    const text = 'Apple has a plan, and Google has another. Apple and Google said the tool would protect privacy.';
    expect(attributed(text)).toEqual({ quotes: [[64, 94, 'Apple and Google', 'Google']], kinds: ['organization'] });
  });

  it('should not join the end of a list in a longer name ("Margarine, Fats and Oils")', () => {
    // reuters-21578 (reuters-291).
    const text = 'THE HAGUE, March 2 - Dutch imports of fats and oils rose in 1986, the Commodity Board for Margarine, Fats and Oils said.';
    expect(attributed(text).quotes.map((q) => q[3])).not.toEqual(['Fats and Oils']);
  });

  it('should read a general named with his service as a person ("Army Gen. Gustave Perna")', () => {
    // recovery-2020 (recovery-0753): "Army" had made the general an organization, and "Slaoui and Perna" one too.
    const text =
      'Trump announced that former executive Moncef Slaoui and four-star Army Gen. Gustave Perna will lead the project. But Perna acknowledged that it will be a "Herculean task" to develop a vaccine.';
    const result = attributed(text);
    expect(result.quotes.at(-1)).toEqual([136, 191, 'Perna', 'Gustave Perna']);
    expect(result.kinds.at(-1)).toBe('person');
  });
});
