import { describe, expect, it } from 'vitest';
import { csvRows, parseReference } from './parse-reference';

describe('csvRows', () => {
  it('should read quoted fields with commas and doubled quotes', () => {
    expect(csvRows('name,kind\r\n"Smith, John",person\n"Say ""hi""",organization\n')).toEqual([
      ['name', 'kind'],
      ['Smith, John', 'person'],
      ['Say "hi"', 'organization'],
    ]);
  });
});

describe('parseReference', () => {
  it('should read CSV lists with | between aliases and roles', () => {
    const text = 'name,kind,aliases,roles,wikidataId\nWorld Health Organization,organization,WHO|W.H.O.,,Q7817\n';
    expect(parseReference({ format: 'csv', text })).toEqual([
      { name: 'World Health Organization', kind: 'organization', aliases: ['WHO', 'W.H.O.'], roles: [], wikidataId: 'Q7817' },
    ]);
  });

  it('should say what is wrong with a bad list', () => {
    expect(() => parseReference({ format: 'json', text: '{' })).toThrow(/not JSON/);
    expect(() => parseReference({ format: 'json', text: '[]' })).toThrow(/empty/);
    expect(() => parseReference({ format: 'json', text: '[{"name":"X","kind":"person","wikidataId":"22"}]' })).toThrow(/Q22686/);
  });
});
