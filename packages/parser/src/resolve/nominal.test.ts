import { describe, expect, it } from 'vitest';
import { expectQuotes } from '../test-helpers';
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
});
