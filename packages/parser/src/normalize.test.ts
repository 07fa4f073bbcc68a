import { describe, expect, it } from 'vitest';
import { isHardWrapped, normalize } from './normalize';
import { quoteSpans } from './test-helpers';

const WIRE = [
  'SALVADOR, Feb 26 - Showers continued throughout the week in',
  'the Bahia cocoa zone, alleviating the drought since early',
  'January and improving prospects for the coming temporao,',
  'although normal humidity levels have not been restored,',
  'Comissaria Smith said in its weekly review.',
  '    The dry period means the temporao will be late this year.',
].join('\n');

describe('normalize', () => {
  it('should unwrap hard-wrapped wire copy into paragraphs without moving any offset', () => {
    expect(isHardWrapped(WIRE)).toBe(true);
    const text = normalize(WIRE);
    expect(text.length).toBe(WIRE.length);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.indexOf('Comissaria Smith said')).toBe(WIRE.indexOf('Comissaria Smith said'));
  });

  it('should join a line break inside a sentence of a text too short to tell by its lines, but not before a list item', () => {
    // reuters-21578 (reuters-3927): "its\n101st store" had ended Jamesway's claim at "its".
    const short = 'LURAY, Va., March 12 - Jamesway Corp said it has opened its\n101st store, a 43,000 square foot unit in Luray, Va.';
    expect(isHardWrapped(short)).toBe(false);
    expect(normalize(short)).toBe(short.replace('\n', ' '));
    expect(normalize('Here are the steps\n1. Wash your hands.')).toBe('Here are the steps\n1. Wash your hands.');
    expect(normalize('He said so.\nthe end')).toBe('He said so.\nthe end');
    // reuters-21578 (reuters-11821): "a U.S.\ngovernment agency" had cut the sentence, and its speaker, in two.
    expect(normalize('The Panama Canal Commission, a U.S.\ngovernment agency, said')).toBe(
      'The Panama Canal Commission, a U.S. government agency, said',
    );
  });

  it('should turn NBSP, tabs, CRLF and control characters into plain spaces and line breaks', () => {
    expect(normalize('a\u00a0b\tc\r\nd\u0000e')).toBe('a b c \nd e');
  });

  it('should leave ordinary paragraphs alone', () => {
    const text = 'First paragraph.\n\nSecond paragraph.';
    expect(isHardWrapped(text)).toBe(false);
    expect(normalize(text)).toBe(text);
  });

  it('should read a horizontal bar written for a dash as an em dash, and its aside as one (The Huffington Post, 2016)', () => {
    const raw =
      'Other prominent Republicans, like Richard Armitage, Henry Paulson and Brent Scowcroft ― three former George W. Bush administration big shots ― have also said they’re supporting Clinton.';
    const text = normalize(raw);
    expect(text.length).toBe(raw.length);
    expect(text.slice(86, 87)).toBe('—');
    expect(quoteSpans(raw)).toEqual([[158, 184, 'Henry Paulson and Brent Scowcroft']]);
  });
});
