import { describe, expect, it } from 'vitest';
import { isHardWrapped, normalize } from './normalize';
import { attributed, quoteSpans } from './test-helpers';

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

  it('should unwrap a wire story of two or three lines, whose lines that stop mid-sentence run to the wire width', () => {
    // reuters-21578 (reuters-21): "Newmont\nMining Corp" had been two names, and the company "Mining Corp".
    const short = [
      'NEW YORK, Feb 26 - Magma Copper Co, a subsidiary of Newmont',
      'Mining Corp, said it is cutting its copper cathode price by',
      '0.75 cent to 66 cents a lb, effective immediately.',
    ].join('\n');
    expect(isHardWrapped(short)).toBe(true);
    expect(attributed(short)).toEqual({ quotes: [[78, 169, 'Magma Copper Co', 'Magma Copper Co']], kinds: ['organization'] });
    // reuters-21578 (reuters-14136): paragraphs whose last lines are short ("Manufacturers Association.").
    const paragraphs = [
      'DETROIT, April 9 - Retail sales of trucks in March rose',
      '16.4 pct over the same month last year, said the Motor Vehicle',
      'Manufacturers Association.',
      '    The trade group said dealers sold 377,617 trucks in March,',
      'up from 324,327 last year.',
      '    Year-to-date truck sales were up 3.6 pct at 934,074 from',
      "1986's 901,757.",
    ].join('\n');
    expect(normalize(paragraphs).split('\n')).toHaveLength(3);
    const association = 'Motor Vehicle Manufacturers Association';
    expect(attributed(paragraphs).quotes).toEqual([
      [19, 94, `the ${association}`, association],
      [171, 234, 'The trade group', association],
    ]);
    // A table's lines that stop without a period are short: not wire prose.
    const table = 'LOUISVILLE, Ky., Feb 26 - Shr one dlr vs 73 cts\n    Net 12.6 mln vs 15.8 mln\n    Revs 337.3 mln vs 315.2 mln';
    expect(isHardWrapped(table)).toBe(false);
    // Nor a liveblog's headline over short paragraphs: its one line without a stop is all.
    const liveblog =
      'February 6, 2016 9:40PM Christie Is Over Marco Rubio\nChris Christie went after Marco Rubio again on Saturday.\nRubio said he would not be distracted.\nThe debate went on.';
    expect(isHardWrapped(liveblog)).toBe(false);
  });

  it('should unwrap a wire story of short sentences when a line that stops mid-sentence goes on in lowercase', () => {
    // reuters-21578 (reuters-1693): "Claude\nPope said" had been a body "Pope", and the two "He said" after it no one's;
    // 891 stories of reuters-21578 were left wrapped so.
    const story = [
      'CHARLOTTE, N.C., March 4 - State Commerce Secretary Claude',
      "Pope said Japan's Okuma Machinery Works LTD will build a",
      'multi-million dollar manufacturing machinery plant here.',
      "    He said the plant will be the company's first in the U.S.",
      'and will employ approximately 150 people.',
      '    He said start-up date is set for late this year.',
    ].join('\n');
    expect(isHardWrapped(story)).toBe(true);
    expect(attributed(story)).toEqual({
      quotes: [
        [69, 171, 'State Commerce Secretary Claude Pope', 'Claude Pope'],
        [185, 275, 'He', 'Claude Pope'],
        [289, 328, 'He', 'Claude Pope'],
      ],
      kinds: ['person'],
    });
  });

  it('should join a line break inside a sentence of a text too short to tell by its lines, but not before a list item', () => {
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
