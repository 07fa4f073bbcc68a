import { describe, expect, it } from 'vitest';
import { initials, sameName, words } from './name-words';

describe('name words', () => {
  it('should split a name into lowercase words without possessives', () => {
    expect(words("Putin's Spokesman Dmitry Peskov")).toEqual(['putin', 'spokesman', 'dmitry', 'peskov']);
  });

  it('should take a surname and a full name for the same speaker, but not two people sharing it', () => {
    expect(sameName('Peskov', 'Dmitry Peskov')).toBe(true);
    expect(sameName('Mary Nicholson', 'Trevor Nicholson')).toBe(false);
  });

  it('should give the initials of a multi-word name', () => {
    expect(initials('Parliamentary Budget Officer')).toBe('PBO');
  });
});
