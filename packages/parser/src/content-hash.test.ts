import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('should give the SHA-256 hex digest of the UTF-8 text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('should agree with @noble/hashes (the browser path) on non-ASCII text, lone surrogates included', () => {
    for (const text of ['', 'Putin’s “spokesman” said — «да»', '😀 emoji', 'lone \ud800 surrogate']) {
      expect(contentHash(text)).toBe(bytesToHex(sha256(utf8ToBytes(text))));
    }
  });

  it('should fold exactly as replacing every white-space run by one space and trimming would', () => {
    for (const text of [' a  b\t\tc\n', 'a\u00a0b', 'a \u2028 b', '\r\n', 'a \u3000b\ufeff', 'one space only', 'a\u200bb']) {
      expect(contentHash(text)).toBe(bytesToHex(sha256(utf8ToBytes(text.replace(/\s+/g, ' ').trim()))));
    }
  });

  it('should fold white space, so line ends and trailing newlines do not make a new article', () => {
    const lf = 'Peskov said Russia is "open to dialogue".\n\nHe added more.';
    expect(contentHash(`${lf}\n`)).toBe(contentHash(lf));
    expect(contentHash(lf.replace(/\n/g, '\r\n'))).toBe(contentHash(lf));
    expect(contentHash('  Peskov  said\tit. ')).toBe(contentHash('Peskov said it.'));
    expect(contentHash('Peskov said it.')).not.toBe(contentHash('Peskov said so.'));
  });
});
