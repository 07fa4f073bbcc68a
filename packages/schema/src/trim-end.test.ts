import { describe, expect, it } from 'vitest';
import { trimEnd } from './trim-end';

describe('trimEnd', () => {
  it('should remove the run of the given characters at the end only', () => {
    expect(trimEnd('http://localhost:8787///', '/')).toBe('http://localhost:8787');
    expect(trimEnd('Secretary of State -  ', ' \t\n-')).toBe('Secretary of State');
    expect(trimEnd('spokesman.,;', '.,;:')).toBe('spokesman');
    expect(trimEnd('trump|donald||', '|')).toBe('trump|donald');
  });

  it('should leave text without those characters at its end as it is', () => {
    expect(trimEnd('a/b', '/')).toBe('a/b');
    expect(trimEnd('', '/')).toBe('');
    expect(trimEnd('///', '/')).toBe('');
  });
});
