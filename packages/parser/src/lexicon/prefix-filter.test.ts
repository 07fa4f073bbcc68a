import { describe, expect, it } from 'vitest';
import { prefixFilter } from './prefix-filter';

describe('prefixFilter', () => {
  const mayBe = prefixFilter(['claim', 'assertion', 'it', 'x']);

  it('should let through every word of the list', () => {
    for (const word of ['claim', 'assertion', 'it', 'x']) expect(mayBe(word)).toBe(true);
  });

  it('should answer no for words whose first three letters no word of the list has', () => {
    for (const word of ['the', 'of', 'clue', 'ix', 'Claim', '3rd', '']) expect(mayBe(word)).toBe(false);
  });

  it('should let through any word not opening with a-z when the list has such a word', () => {
    expect(prefixFilter(['é-mail'])('état')).toBe(true);
  });
});
