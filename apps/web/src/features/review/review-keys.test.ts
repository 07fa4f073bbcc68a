import { describe, expect, it } from 'vitest';
import { parseTags, statusForKey } from './review-keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('statusForKey', () => {
  it('should map c, d, f and m to their statuses, in either case', () => {
    expect(['c', 'd', 'f', 'M'].map((k) => statusForKey(key(k), null))).toEqual(['checked', 'disputed', 'false', 'misleading']);
  });

  it('should ignore other keys, keys with a modifier and keys typed into a field', () => {
    expect(statusForKey(key('x'), null)).toBeUndefined();
    expect(statusForKey(key('c', { ctrlKey: true }), null)).toBeUndefined();
    expect(statusForKey(key('c'), document.createElement('textarea'))).toBeUndefined();
    expect(statusForKey(key('c'), document.createElement('input'))).toBeUndefined();
  });
});

describe('parseTags', () => {
  it('should trim, drop empties and repeats', () => {
    expect(parseTags(' vaccines, needs source,,vaccines ')).toEqual(['vaccines', 'needs source']);
  });
});
