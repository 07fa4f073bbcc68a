import type { Paragraph, ParseDocument, Sentence, Token } from './document';
import { lineRanges } from './segment';
import { isQuoteMark, tokenize } from './tokens';
import { US_STATES_ABBREVIATED } from './lexicon/abbreviations';

const CLOSERS = new Set(['"', '”', '’', '»', "'", ')', ']']);
// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * Abbreviations that can close a sentence ("attacks in the U.S.", "Acme Corp.", "at 5 p.m."): the tokenizer
 * keeps their period, so no stop token follows them. Titles ("Gen.", "Sen.") are not among them: "Gen. He
 * Weidong" is a name.
 */
const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['u.s.', 'u.k.', 'u.n.', 'e.u.', 'inc.', 'corp.', 'ltd.', 'co.', 'bros.', 'jr.', 'sr.', 'a.m.', 'p.m.', 'etc.'],
  ...[...US_STATES_ABBREVIATED].map((state) => `${state}.`),
]);
/** Words that open a sentence and never continue a name or phrase after such an abbreviation. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'We', 'It', 'The', 'This', 'That', 'But']);

/**
 * Whether tokens[i] opens a quoted sentence: a quotation mark set apart from the word before it, then a capital
 * ('said in an interview in Santa Monica, Calif. "The reality is ...").
 */
function opensQuotedSentence(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i];
  if (!isQuoteMark(mark) || mark === undefined || mark.start === (tokens[i - 1]?.end ?? 0)) return false;
  // (Or an ellipsis: '... in Springfield, Ill. ". . . I just want somebody who ..."'.)
  const first = tokens[i + 1]?.text ?? '';
  return CAPITAL_OR_DIGIT.test(first) || first === '.' || first === '…';
}

/** Whether a sentence ends after `tokens[i]` (a stop followed by a capital, a digit, an opening mark or the end). */
export function endsSentence(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (token === undefined) return -1;
  // "... terrorist attacks in the U.S. He says ...": the abbreviation's period ends the sentence too.
  // (Every one ends in its period: the test of the last character spares a look-up in the set for every other token.)
  if (
    token.lower.charCodeAt(token.lower.length - 1) === 46 &&
    FINAL_ABBREVIATIONS.has(token.lower) &&
    (SENTENCE_OPENERS.has(tokens[i + 1]?.text ?? '') || opensQuotedSentence(tokens, i + 1))
  )
    return i;
  if (!(token.text === '.' || token.text === '!' || token.text === '?')) return -1;
  let j = i + 1;
  // Closing marks right after the stop stay with the sentence they close.
  while (j < tokens.length) {
    const next = tokens[j];
    const prev = tokens[j - 1];
    if (next === undefined || prev === undefined || !CLOSERS.has(next.text) || next.start !== prev.end) break;
    j += 1;
  }
  const next = tokens[j];
  if (next === undefined) return j - 1;
  if (CAPITAL_OR_DIGIT.test(next.text) || isQuoteMark(next) || next.text === '(' || next.text === '—') return j - 1;
  return -1;
}

/** Stage 3: paragraphs of the clean text, their tokens, and their sentences. */
export function sentences(doc: ParseDocument): void {
  // Filled by a loop, not map(): map()'s array changes elements kind with how it ran (see lowerJoin in tokens.ts), and
  // every reader of doc.paragraphs met both.
  const paragraphs: Paragraph[] = [];
  for (const range of lineRanges(doc.text))
    paragraphs.push({ start: range.start, end: range.end, index: paragraphs.length, tokens: tokenize(doc.text, range.start, range.end) });
  doc.paragraphs = paragraphs;
  const out: Sentence[] = [];
  for (const paragraph of doc.paragraphs) {
    const { tokens } = paragraph;
    let first = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      const last = endsSentence(tokens, i);
      if (last < 0) continue;
      pushSentence(out, tokens, paragraph.index, first, last + 1);
      first = last + 1;
      i = last;
    }
    if (first < tokens.length) pushSentence(out, tokens, paragraph.index, first, tokens.length);
  }
  doc.sentences = out;
}

function pushSentence(out: Sentence[], tokens: readonly Token[], paragraph: number, first: number, last: number): void {
  const a = tokens[first];
  const b = tokens[last - 1];
  if (a !== undefined && b !== undefined) out.push({ start: a.start, end: b.end, paragraph, first, last });
}
