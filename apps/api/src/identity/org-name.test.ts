import { describe, expect, it } from 'vitest';
import { isAcronym, orgShortForm } from './org-name';

describe('orgShortForm', () => {
  it('should give an organization and its acronym the same short form', () => {
    expect(orgShortForm('World Health Organization')).toBe('who');
    expect(orgShortForm('WHO')).toBe('who');
    expect(orgShortForm('the International Monetary Fund')).toBe('imf');
    expect(orgShortForm('U.N.')).toBe('un');
  });

  it('should know short forms the initials do not give', () => {
    expect(orgShortForm('U.S. Centers for Disease Control and Prevention')).toBe('cdc');
    expect(orgShortForm('CDC')).toBe('cdc');
  });
});

describe('isAcronym', () => {
  it('should tell an acronym from a word', () => {
    expect(isAcronym('NIAID')).toBe(true);
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('Google')).toBe(false);
  });
});
