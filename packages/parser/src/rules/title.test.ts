import { describe, expect, it } from 'vitest';
import { isTitleLine, repeatsTitle, sameTitle } from './title';

describe('isTitleLine', () => {
  it('should take a short unpunctuated first line as the title', () => {
    expect(isTitleLine('Putin is ready to end the war against Ukraine, but has his own conditions – Reuters', undefined, true)).toBe(true);
  });

  it('should not take a lead sentence as the title', () => {
    expect(isTitleLine('Darian Lonechild is new to advocacy work, but has already proven herself a natural.', undefined, true)).toBe(false);
  });

  it('should not take a Reuters dateline paragraph as the title', () => {
    expect(isTitleLine('SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone.', undefined, true)).toBe(false);
  });

  it('should follow the title given in meta', () => {
    expect(isTitleLine('BAHIA COCOA REVIEW', 'Bahia cocoa review', true)).toBe(true);
    expect(isTitleLine('Something else entirely', 'Bahia cocoa review', true)).toBe(false);
  });

  it('should not take the only paragraph as a title', () => {
    expect(isTitleLine('Short line', undefined, false)).toBe(false);
  });
});

describe('sameTitle', () => {
  it('should ignore case and dash style', () => {
    expect(sameTitle('Talks – Reuters', 'talks - Reuters')).toBe(true);
  });
});

describe('repeatsTitle', () => {
  it('should find the title repeated in the body as sameTitle does, and pass over a long paragraph', () => {
    const isTitle = repeatsTitle('BAHIA COCOA REVIEW');
    expect(isTitle('Bahia  cocoa review')).toBe(true);
    expect(isTitle('Bahia cocoa review: showers continued throughout the week')).toBe(false);
    expect(isTitle(`BAHIA COCOA REVIEW${' '.repeat(200)}`)).toBe(false);
  });
});
