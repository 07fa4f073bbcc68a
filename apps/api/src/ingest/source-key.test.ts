import { describe, expect, it } from 'vitest';
import { normalizeName, sourceIdentity, sourceKey } from './source-key';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);

describe('normalizeName', () => {
  it('should fold case, accents, possessives and punctuation', () => {
    expect(normalizeName('  Vladimír  PUTIN’s ')).toBe('vladimir putin');
    expect(normalizeName('Jean-Luc Mélenchon')).toBe('jean luc melenchon');
  });
});

describe('sourceKey', () => {
  it('should give a full name the same key in every article', () => {
    expect(sourceKey({ name: 'Vladimir Putin', kind: 'person' }, hashA)).toBe(
      sourceKey({ name: 'Vladimír  Putin', kind: 'person' }, hashB),
    );
  });

  it('should give the variants of one name one key: middle initial, title, short first name', () => {
    const key = sourceKey({ name: 'Andrew Cuomo', kind: 'person' }, hashA);
    expect(sourceKey({ name: 'Andrew M. Cuomo', kind: 'person' }, hashB)).toBe(key);
    expect(sourceKey({ name: 'Gov. Andrew Cuomo', kind: 'person' }, hashB)).toBe(key);
    expect(sourceKey({ name: 'Steve Mnuchin', kind: 'person' }, hashA)).toBe(sourceKey({ name: 'Steven Mnuchin', kind: 'person' }, hashB));
  });

  it('should keep a father and his son, and two first names, apart', () => {
    expect(sourceKey({ name: 'Donald Trump Jr.', kind: 'person' }, hashA)).not.toBe(
      sourceKey({ name: 'Donald Trump', kind: 'person' }, hashA),
    );
    expect(sourceKey({ name: 'Chris Cuomo', kind: 'person' }, hashA)).not.toBe(sourceKey({ name: 'Andrew Cuomo', kind: 'person' }, hashA));
  });

  it('should put a bare or titled surname in the block of its full name, scoped to its article', () => {
    const full = sourceIdentity({ name: 'Bill de Blasio', kind: 'person' }, hashA);
    const bare = sourceIdentity({ name: 'Mayor de Blasio', kind: 'person' }, hashA);
    expect([full.block, full.form, bare.block, bare.form]).toEqual(['p:blasio', 'full', 'p:blasio', 'bare']);
    expect(bare.key).toContain(hashA);
  });

  it('should leave a description the parser took for a name out of resolution, and apart across articles', () => {
    expect(sourceIdentity({ name: 'one Republican close to the president', kind: 'person' }, hashA)).toMatchObject({
      block: null,
      form: 'none',
    });
    const source = { name: 'A spokesperson', kind: 'person' } as const;
    expect(sourceKey(source, hashA)).not.toBe(sourceKey(source, hashB));
  });

  it('should not merge a bare surname across articles', () => {
    expect(sourceKey({ name: 'Smith', kind: 'person' }, hashA)).not.toBe(sourceKey({ name: 'Smith', kind: 'person' }, hashB));
  });

  it('should keep anonymous sources apart across articles', () => {
    const source = { name: 'a senior Russian source', kind: 'anonymous' } as const;
    expect(sourceKey(source, hashA)).not.toBe(sourceKey(source, hashB));
  });

  it('should share an organization across articles', () => {
    expect(sourceKey({ name: 'Reuters', kind: 'media' }, hashA)).toBe(sourceKey({ name: 'Reuters', kind: 'media' }, hashB));
  });
});
