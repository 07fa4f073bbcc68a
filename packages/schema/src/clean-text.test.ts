import { describe, expect, it } from 'vitest';
import { cleanString, cleanText, hasUnsafeChars, strictString } from './clean-text';

describe('cleanText', () => {
  it('should drop NUL characters and replace lone surrogates with U+FFFD', () => {
    expect(cleanText('a\u0000b \uD83D c \uDE00 d')).toBe('ab \uFFFD c \uFFFD d');
  });

  it('should keep whole surrogate pairs (emoji) and ordinary text as they are', () => {
    expect(cleanText('Peskov 😀 said “yes”.')).toBe('Peskov 😀 said “yes”.');
  });

  it('should find a surrogate half at either end of the text', () => {
    expect(hasUnsafeChars('\uDE00abc')).toBe(true);
    expect(hasUnsafeChars('abc\uD83D')).toBe(true);
    expect(hasUnsafeChars('abc😀')).toBe(false);
  });
});

describe('cleanString', () => {
  it('should clean before the checks that follow it', () => {
    expect(cleanString().min(1).safeParse('\u0000').success).toBe(false);
    expect(cleanString().min(1).parse('x\u0000')).toBe('x');
  });
});

describe('strictString', () => {
  it('should refuse NUL with a message that names the field', () => {
    const result = strictString('q').safeParse('grain\u0000');
    expect(result.error?.issues[0]?.message).toBe(
      'q holds a NUL character or half of a surrogate pair: remove it (copy the text again from its source)',
    );
  });
});
