import { describe, expect, it } from 'vitest';
import { attributed } from '../test-helpers';

describe('company short forms', () => {
  it('should take a company\'s short name after its full name with "of" and a place ("Electronic Mail Corp of America")', () => {
    // reuters-21578 (1987-03): "Electronic Mail" had been an outlet ("Daily Mail"), and "the company" no one.
    expect(
      attributed(
        'OLD GREENWHICH, Conn, March 20 - Electronic Mail Corp of\nAmerica has completed financing arrangements in the amount of\n200,000 dlrs.\n    Financing terms were not disclosed, the company said.\n    Electronic Mail said its revenues for February were 200,000\ndlrs as compared to 21,000 dlrs for the same period a year ago.',
      ),
    ).toEqual({
      quotes: [
        [137, 171, 'the company', 'Electronic Mail Corp of America'],
        [216, 317, 'Electronic Mail', 'Electronic Mail Corp of America'],
      ],
      kinds: ['organization'],
    });
  });

  it('should take a company\'s initials for the company, its legal form left out ("GM", "S/P")', () => {
    // reuters-21578: "GM", "IBM", "ATT", "TWA" had each been a record apart from the full name (about 250 claims); "S/P"
    // (Standard and Poor's) had been cut to "P", and its claims given to the companies it rates.
    expect(
      attributed(
        'DETROIT, March 2 - General Motors Corp said its February\nU.S. car production declined to 358,661 from 398,823 a year\nago.\n    GM said its U.S. truck production declined to 128,099 from\n135,434 a year ago.\n    Year-to-date, GM said car output declined to 669,370 from\n839,097 and truck production eased to 250,999 from 279,181.',
      ),
    ).toEqual({
      quotes: [
        [44, 120, 'General Motors Corp', 'General Motors Corp'],
        [134, 203, 'GM', 'General Motors Corp'],
        [231, 325, 'GM', 'General Motors Corp'],
      ],
      kinds: ['organization'],
    });
    expect(
      attributed(
        "NEW YORK, March 3 - Standard and Poor's Corp said it placed\nthe subordinated debt of Guarantee Savings and Loan\nAssociation, the principle unit of Guarantee Financial Corp, on\ncreditwatch with positive implications.\n    About 57 mln dlrs of debt is affected.\n    S/P said the move follows Gurantee's definitive agreement\nto be acquired by Glendale Federal Savings and Loan, the fifth\nlargest S and L in the U.",
      ),
    ).toEqual({
      quotes: [
        [50, 214, "Standard and Poor's Corp", "Standard and Poor's Corp"],
        [272, 408, 'S/P', "Standard and Poor's Corp"],
      ],
      kinds: ['organization'],
    });
  });

  it('should take "S and P" for Standard and Poor\'s named before, never for a company of the same initials without "and"', () => {
    // reuters-21578: 210 claims of "S and P" had been a record apart from Standard and Poor's (reuters-8807 also rates
    // Security Pacific Corp, whose initials are the same).
    const text =
      "NEW YORK, April 1 - Standard and Poor's Corp said it downgraded Mellon Financial Corp and Security Pacific Corp.\n    For Mellon and Security Pacific, S and P said the downgrade reflects higher non-performing assets.";
    expect(attributed(text)).toEqual({
      quotes: [
        [50, 111, "Standard and Poor's Corp", "Standard and Poor's Corp"],
        [163, 214, 'S and P', "Standard and Poor's Corp"],
      ],
      kinds: ['organization'],
    });
    const before =
      "NEW YORK, April 1 - Security Pacific Corp said its first quarter earnings fell 20 pct.\n    S and P said it may lower the company's ratings.";
    expect(attributed(before).quotes.map((q) => q[3])).toEqual(['Security Pacific Corp', 'S and P']);
  });
});
