import { describe, expect, it } from 'vitest';
import { normalizeName, sourceKey } from './source-key';

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
      sourceKey({ name: 'vladimir  putin', kind: 'person' }, hashB),
    );
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
