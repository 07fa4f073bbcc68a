import { ParseResultSchema, type ParseResult } from '@claimline/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROWTH_FACTOR, growth, repeatTo } from './growth';
import { parseArticle } from './index';
import { normalize } from './normalize';
import { findQuotations, markOffsets } from './quotations';
import { boilerplateReason } from './rules/boilerplate-line';
import { captionReason } from './rules/caption';
import { readDateline } from './rules/dateline';
import { embeddedPost } from './rules/embedded-post';
import { isTitleLine, sameTitle } from './rules/title';
import { trailingBlockReason } from './rules/trailing-block';
import { INGESTED_AT } from './test-helpers';
import { tokenize } from './tokens';

const META = { ingestedAt: INGESTED_AT };
// Linear code takes about 16 times as long on 16 times the text (GROWTH_FACTOR), quadratic code about 256 times. 120
// leaves room for caches (a small text's arrays fit, a large one's do not: linear scans measured up to 83) and a busy
// machine, and still catches a blow-up (the quadratic "according to" scan measured 284).
const LIMIT = 120;
const LONG = 5_000;

// What the patterns of the parser backtrack on: runs of links, handles, dashes, capitals, quotation marks of every kind,
// spaces, cues, commas, line breaks, and the shapes of the regressions already fixed.
const UNITS: readonly (readonly [string, string])[] = [
  ['links', 'http://'],
  ['links and handles', 'https://t.co/x pic.twitter.com/y (@x'],
  ['handles', '(@x) '],
  ['dashes', '— – - '],
  ['capitals', 'A B. C '],
  ['capitalized names', 'Rory Medcalf '],
  ['quotation marks of every kind', '"“”„«»‘‚’\''],
  ['quotation marks and spaces', '" \' “ '],
  ['spaces', '   '],
  ['according to', 'according to '],
  ['said', 'said '],
  ['commas', ', ,'],
  ['line breaks', '\n'],
  ['sentences ending in names', 'We will win. Linda Lamoureux '],
  ['digits', '1234567890-'],
  ['dates and datelines', 'OTTAWA, March 3 (Reuters) - '],
  ['photo credits', '(AP Photo/Evan '],
  ['cues and quotes', 'Peskov said that "we will not give up," and the agency said "they said so". '],
  ['short paragraphs', 'He said.\n'],
  ['one name in many claims', 'John Smith said the plan failed. '],
];

const PIECES = ['http://', 'pic.twitter.com/x', '(@x)', '(@', '—', '-', 'Rory', 'A', '"', '“', '”', '‘', '’', "'", '«', '»'];
const MORE = [' ', '  ', '\n', ' said ', ' according to ', ',', '. ', 'photo', '(', ')', '1', 'May 1, 2020', 'the agency'];
const unit = fc.array(fc.constantFrom(...PIECES, ...MORE), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

function expectValid(text: string, result: ParseResult): void {
  expect(ParseResultSchema.safeParse(result).success).toBe(true);
  expect(result.article.text.length).toBeLessThanOrEqual(text.length);
  for (const q of result.quotes) {
    expect(q.span.start).toBeGreaterThanOrEqual(0);
    expect(result.article.text.slice(q.span.start, q.span.end)).toBe(q.text);
    for (const s of [q.cue, q.speaker]) if (s !== null) expect(result.article.text.slice(s.start, s.end)).toBe(s.text);
  }
}

const parse = (text: string) => parseArticle(text, META);
const oneParagraph = (u: string) => (n: number) => repeatTo(u.replace(/\n/g, ' '), n);
const longText = (u: string) => (n: number) => repeatTo(u, n);

// Cases this file found super-linear and that were fixed (issue 10): "according to" in one long sentence (the source
// phrase scan is bounded); listed here when a new one is found, skipped by name until its fix lands.
const KNOWN_SUPERLINEAR = new Set<string>([]);
const known = (kind: string, name: string) => KNOWN_SUPERLINEAR.has(`${kind} of ${name}`);

describe('parseArticle in linear time', { timeout: 300_000 }, () => {
  // Paragraph rules stop at 2000 characters, so one paragraph grows from 120 to 1920.
  const paragraphs = UNITS.filter(([name]) => !known('one paragraph', name));
  it.skip.each(UNITS.filter(([name]) => known('one paragraph', name)))('should parse one paragraph of %s in linear time', () => {});
  it.each(paragraphs)('should parse one paragraph of %s in linear time', (_name, u) => {
    expect(growth(parse, oneParagraph(u), 120, 20).ratio).toBeLessThan(LIMIT);
    const text = oneParagraph(u)(1920);
    expectValid(text, parse(text));
  });

  const texts = UNITS.filter(([name]) => !known('a long text', name));
  it.skip.each(UNITS.filter(([name]) => known('a long text', name)))('should parse a long text of %s in linear time', () => {});
  it.each(texts)('should parse a long text of %s in linear time', (_name, u) => {
    expect(growth(parse, longText(u), LONG).ratio).toBeLessThan(LIMIT);
    const text = longText(u)(GROWTH_FACTOR * LONG);
    expectValid(text, parse(text));
  });

  it('should parse any run of adversarial pieces in linear time, never throw and keep spans in bounds', () => {
    fc.assert(
      fc.property(unit, (u) => {
        expect(growth(parse, oneParagraph(u), 120, 10).ratio).toBeLessThan(LIMIT);
        expect(growth(parse, longText(u), LONG / 4).ratio).toBeLessThan(LIMIT);
        const text = longText(u)(GROWTH_FACTOR * LONG);
        expectValid(text, parse(text));
      }),
      { numRuns: 10 },
    );
  });

  it('should parse a megabyte of quotation marks', () => {
    expectValid('"'.repeat(1_000_000), parse('"'.repeat(1_000_000)));
  });
});

// Every rule and stage that reads a string, on its own: the rules that stop at a length stop before any pattern runs.
const STRING_RULES: readonly (readonly [string, (text: string) => unknown])[] = [
  ['embeddedPost', embeddedPost],
  ['captionReason', captionReason],
  ['boilerplateReason', boilerplateReason],
  ['trailingBlockReason', trailingBlockReason],
  ['readDateline', (text) => readDateline(text, INGESTED_AT)],
  ['isTitleLine', (text) => isTitleLine(text, undefined, true)],
  ['sameTitle', (text) => sameTitle(text, text)],
  ['normalize', normalize],
  ['tokenize', (text) => tokenize(text, 0, text.length)],
  ['findQuotations', (text) => findQuotations(text, { start: 0, end: text.length }, 0, markOffsets(text))],
];

describe('rules in linear time', { timeout: 300_000 }, () => {
  it.each(STRING_RULES)('should run %s in linear time on every adversarial run', (_name, rule) => {
    for (const [, u] of UNITS) {
      expect(growth(rule, longText(u), 1000, 5).ratio).toBeLessThan(LIMIT);
      expect(growth(rule, oneParagraph(u), 1000, 5).ratio).toBeLessThan(LIMIT);
    }
  });
});
