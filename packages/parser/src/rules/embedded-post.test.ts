import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddedPost } from './embedded-post';

// The pattern embeddedPost replaced: exponential on a run of links, kept here as the reference on short inputs.
const REPLACED =
  /^(.*?\S)\s*(?:(?:pic\.twitter\.com|https?:\/\/)\S*\s*)*[—–-]\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*\(@\w{1,30}\)(?:\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})?\s*$/u;

// Pieces of embedded posts and of what breaks them: links glued and apart, dashes, names, handles, dates, line breaks.
const PIECES = [
  'http://',
  'https://t.co/b5',
  'pic.twitter.com/x',
  'http://a-B',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '—',
  '–',
  '-',
  ' - ',
  'Rory Medcalf',
  'A',
  'b',
  'Ann-Marie O’Neil',
  'St. John',
  '(@',
  '(@x)',
  '(@Rory_Medcalf)',
  ')',
  ' December 30, 2018',
  ' Dec. 3, 2018',
  'text',
  '.',
  '😀',
  '𝐀',
  'said',
];
const postLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
const tailed = fc
  .tuple(postLike, fc.constantFrom(' — Rory Medcalf (@Rory_Medcalf)', '- A (@x) May 1, 2020', ' –𝐀b (@b)  '))
  .map(([body, tail]) => body + tail);

describe('embeddedPost', { timeout: 60_000 }, () => {
  it('should read the text and the name of an embedded post', () => {
    expect(embeddedPost('Full text of the letter https://t.co/b5 — Rory Medcalf (@Rory_Medcalf) December 30, 2018')).toEqual({
      said: 'Full text of the letter',
      name: 'Rory Medcalf',
    });
  });

  // Regression: "a " + "http://".repeat(22) + " (@x" took 0.4 s in the replaced pattern, four times as long for each two more links.
  it('should parse a run of links followed by a handle in linear time', () => {
    expect(embeddedPost(`a ${'http://'.repeat(300)} (@x`)).toBeNull();
    expect(embeddedPost(`a ${'http://'.repeat(300)} — Rory Medcalf (@Rory_Medcalf)`)).toEqual({ said: 'a', name: 'Rory Medcalf' });
    expect(embeddedPost(`a ${'http://x '.repeat(200)}(@x)`)).toBeNull();
  });

  it('should give what the replaced pattern gave on any short text', () => {
    fc.assert(
      fc.property(fc.oneof(postLike, tailed), (text) => {
        const match = REPLACED.exec(text);
        expect(embeddedPost(text)).toEqual(match === null ? null : { said: match[1], name: match[2] });
      }),
      { numRuns: 3000 },
    );
  });
});
