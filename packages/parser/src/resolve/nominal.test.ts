import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, expectQuotes } from '../test-helpers';
import { NOMINAL_REFINERS, headNoun } from './nominal';

describe('resolveNominal', () => {
  it('should take the head noun of a description, the role of a compound', () => {
    expect(headNoun('The former sergeant-at-arms')).toBe('sergeant');
    expect(headNoun("the agency's sources")).toBe('sources');
    expect(headNoun('the Canadian government')).toBe('government');
  });

  it('should run the refiners in order: author of a statement before news outlet, person, body and proper description', () => {
    expect(NOMINAL_REFINERS.map((r) => r.name)).toEqual(['statementAuthor', 'newsOutlet', 'personNoun', 'bodyNoun', 'properDescription']);
  });

  it('should resolve "the company" to the body named before it', () => {
    expectQuotes('Acme Corporation cut 300 jobs on Monday. The company said that sales had fallen.', [
      { text: 'that sales had fallen', speaker: 'The company', source: 'Acme Corporation' },
    ]);
  });

  it('should read a family or lawmakers speaking ("Relatives say") as an anonymous group, not a body named "Relatives"', () => {
    // recovery-2020 (recovery-1297): "Relatives" had been an organization.
    const result = expectQuotes('Tommie Brown and Doris Brown were inseparable. Relatives say their union was marked by a solemn vow.', [
      { text: 'their union was marked by a solemn vow', speaker: 'Relatives', source: 'Relatives' },
    ]);
    expect(result.sources.map((s) => s.kind)).toEqual(['anonymous']);
    // recovery-2020 (recovery-1145): "Lawmakers" had been an organization too.
    const lawmakers = expectQuotes('The vote was close. Lawmakers said the bill would pass.', [
      { text: 'the bill would pass', speaker: 'Lawmakers', source: 'Lawmakers' },
    ]);
    expect(lawmakers.sources.map((s) => s.kind)).toEqual(['anonymous']);
  });

  it('should resolve "the company" to the company that spoke before, not a company it named in its words', () => {
    // reuters-21578 (reuters-7720): "the company" had been Capital Health Care, the company being bought.
    expectQuotes(
      'CYPRESS, Calif., March 23 - PacifiCare Health Systems Inc\nsaid it is in negotiations to acquire Capital Health Care, a\n40,000 member health maintenance organization servicing Salem\nand Corvallis, Ore.\n    The company said it will not disclose terms or other\ndetails of the acquisition until negotiations are completed.',
      [
        {
          text: 'it is in negotiations to acquire Capital Health Care, a 40,000 member health maintenance organization servicing Salem and Corvallis, Ore',
          source: 'PacifiCare Health Systems Inc',
        },
        {
          text: 'it will not disclose terms or other details of the acquisition until negotiations are completed',
          speaker: 'The company',
          source: 'PacifiCare Health Systems Inc',
        },
      ],
    );
  });

  it('should resolve "the Arkansas-based company" to the company named before it, by its trade name, past where it sits', () => {
    // recovery-2020 (Associated Press, April 2020).
    expectQuotes(
      'IOWA CITY, Iowa — Tyson Foods suspended operations Wednesday at an Iowa plant that is critical to the nation’s pork supply.\n\nThe Arkansas-based company said the closure of the plant in Waterloo would deny a vital market to hog farmers.',
      [
        {
          text: 'the closure of the plant in Waterloo would deny a vital market to hog farmers',
          speaker: 'The Arkansas-based company',
          source: 'Tyson Foods',
        },
      ],
    );
  });

  it('should not give "the insurer" to a place named before it', () => {
    // recovery-2020 (Reuters, April 2020): "U.S." is the subject before, and speaks as no company.
    const result = expectQuotes(
      'Major U.S. insurers are offering credit to auto policyholders following a decline in driving.\n\nThe insurer said it would provide $200 million in dividends to personal and auto insurance customers.',
      [{ text: 'it would provide $200 million in dividends to personal and auto insurance customers', speaker: 'The insurer' }],
    );
    expect(result.sources.map((s) => s.name)).not.toContain('U.S.');
  });
  it("should give a document its author, not the person in focus ('the Johns Hopkins tally', 'the board’s numbers')", () => {
    // recovery-2020: "according to the Oxford ... Tracker’s stringency index" had resolved to the columnist quoted before
    // it; "the board’s unofficial numbers" to the official quoted before.
    const text =
      'Drew Harris, a professor, said testing was too slow. The state had 4,000 cases, according to the Johns Hopkins tally. The Illinois State Board of Elections met on Friday. Turnout was low, according to the board’s unofficial numbers.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const names = new Map(result.sources.map((s) => [s.id, s.name]));
    expect(result.quotes.map((q) => [q.span, q.speaker?.text, names.get(q.sourceId ?? '')])).toEqual([
      [{ start: 31, end: 51 }, 'Drew Harris', 'Drew Harris'],
      [{ start: 53, end: 78 }, 'the Johns Hopkins tally', 'Johns Hopkins'],
      [{ start: 171, end: 186 }, 'the board’s unofficial numbers', 'Illinois State Board of Elections'],
    ]);
  });

  it('should keep a definite description with no one named before it an unnamed source, not a person called by it', () => {
    // recovery-2020: "the restaurant owner", "the narrator" had been persons of those names, which a store of
    // articles would merge across articles.
    const result = parseArticle('Heading.\n\n“Business is down by half,” the restaurant owner said.', { ingestedAt: INGESTED_AT });
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['restaurant owner', 'anonymous']]);
  });
});
