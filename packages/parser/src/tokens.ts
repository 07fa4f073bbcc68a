import type { Token } from './document';
import { ABBREVIATIONS, NAMES_WITH_BANG, STATE_ABBREVIATIONS } from './lexicon/abbreviations';
import { isArticleSurname } from './lexicon/name-context';

// Initialisms ("U.S.", "S/P"), words with inner apostrophes, hyphens and dots ("Putin's", "Crown-Indigenous", "3.5"),
// or any single other character (punctuation, quotation marks, symbols). Sticky: matched where the scan stands.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\/\p{Lu}(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/uy;

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff ||
    c === 11 ||
    c === 12 ||
    c === 0x85 ||
    c === 0x1680
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where TOKEN's match at `i` ends, found by character codes for the common case of plain ASCII
 * (a word of letters and digits followed by a space or punctuation, or one punctuation mark);
 * -1 when the regex must decide (initials, inner "-'’.&", any non-ASCII character). Most of the
 * text is plain ASCII, and the Unicode regex cost more than the rest of tokenizing.
 */
function asciiTokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 128) return -1;
  // Not a letter or digit: TOKEN's only ASCII match starting here is the single character (\S).
  if (!isAsciiAlnum(c)) return i + 1;
  // "U.S.", "J.": the initialism alternative may match.
  // (The text's end asked first: see cueLemma in lexicon/cue-verbs.ts on a charCodeAt past it.)
  if (c >= 65 && c <= 90 && i + 1 < text.length && text.charCodeAt(i + 1) === 46) return -1;
  let j = i + 1;
  while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j += 1;
  if (j === text.length) return j;
  const d = text.charCodeAt(j);
  // A letter, mark or digit beyond ASCII, or a joiner ("Putin's", "Crown-Indigenous", "3.5", "AT&T", "S/P"): the regex decides.
  if (d >= 128 || d === 45 || d === 39 || d === 46 || d === 38 || (d === 47 && j === i + 1)) return -1;
  return j;
}

/** Whether a token is a word of two or more capitals ("THE", "SAYS"), as a headline in capitals writes every word. */
function isShouted(token: Token | undefined): boolean {
  return (
    token !== undefined && token.text.length > 1 && token.word && token.text === token.text.toUpperCase() && token.text !== token.lower
  );
}

/** Splits `text[start, end)` into word and punctuation tokens; abbreviations keep their period ("Mr."). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let matchEnd = asciiTokenEnd(text, i);
    if (matchEnd < 0) {
      TOKEN.lastIndex = i;
      if (!TOKEN.test(text)) {
        i += 1;
        continue;
      }
      matchEnd = TOKEN.lastIndex;
      // "he said.Joseph Strasburg, the president ...": two sentences glued where a line break was lost.
      matchEnd = gluedSentenceEnd(text, i, matchEnd);
    }
    let tokenEnd = Math.min(matchEnd, end);
    let surface = text.slice(i, tokenEnd);
    const code = surface.charCodeAt(0);
    // A one-character token with no case to fold (punctuation, digits) is its own lowercase.
    let lower = tokenEnd - i === 1 && code < 128 && (code < 65 || code > 90) ? surface : surface.toLowerCase();
    // "Mr." and initials ("J.") keep their period so that it does not end the sentence.
    if (
      tokenEnd < end &&
      text.charCodeAt(tokenEnd) === 46 &&
      (ABBREVIATIONS.has(lower) ||
        (surface.length === 1 && CAP_START.test(surface)) ||
        // "Roe v. Wade": a case's "versus".
        surface === 'v' ||
        partyTagBefore(text, surface, tokenEnd) ||
        stateBefore(text, lower, code, tokenEnd))
    ) {
      tokenEnd += 1;
      surface += '.';
      lower += '.';
    }
    // "Yahoo! News": a name written with its exclamation mark, which ends no sentence.
    if (tokenEnd < end && text.charCodeAt(tokenEnd) === 33 && NAMES_WITH_BANG.has(lower)) {
      tokenEnd += 1;
      surface += '!';
      lower += '!';
    }
    // "the WHO said": the World Health Organization, not the relative pronoun (unless a headline shouts every word).
    if (surface === 'WHO' && !isShouted(tokens.at(-1))) lower = 'w.h.o.';
    // Computed once here: the rules ask "is it a word?" and "is it capitalized?" of every token many times.
    const first = surface.charCodeAt(0);
    const ascii = first < 128;
    const word = ascii
      ? (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122)
      : WORD_START.test(surface);
    const cap = ascii ? (first >= 65 && first <= 90) || (first >= 97 && isParticleName(surface)) : CAP_START.test(surface);
    tokens.push({ text: surface, lower, start: i, end: tokenEnd, word, cap });
    i = tokenEnd;
  }
  return tokens;
}

/**
 * Where a token that glues two sentences ends: at the period of "said.Joseph", "coronavirus.The" (two lowercase
 * letters or more, the period, a capital and a lowercase letter), not of "Realtor.com", "www.Chicago..." or "U.S.";
 * else `end`. Scraped text loses line breaks so, and the sentence after was read as part of the word.
 */
function gluedSentenceEnd(text: string, start: number, end: number): number {
  const dot = text.indexOf('.', start);
  if (dot < start + 2 || dot + 2 >= end) return end;
  for (let k = start; k < dot; k += 1) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return end;
  }
  const capital = text.charCodeAt(dot + 1);
  const next = text.charCodeAt(dot + 2);
  if (capital < 65 || capital > 90 || next < 97 || next > 122) return end;
  // (Nor a Reuters ticker: "<eric.St>", "<ainp.Pa>".)
  return text.startsWith('www.', start) || text.charCodeAt(start - 1) === 60 ? end : dot;
}

/** "Sen. Marco Rubio (R-Fla.) said", "Rep. Glenn Thompson, R-Pa., said": a US party and state tag keeps its period. */
function partyTagBefore(text: string, surface: string, dot: number): boolean {
  const next = text.charCodeAt(dot + 1);
  return (next === 41 || next === 44) && surface.length <= 12 && PARTY_TAG.test(surface);
}
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** "from Ava, Mo., said": a capitalized state abbreviation before a comma or ")" keeps its period. */
function stateBefore(text: string, lower: string, first: number, dot: number): boolean {
  const next = text.charCodeAt(dot + 1);
  return (next === 41 || next === 44) && first >= 65 && first <= 90 && STATE_ABBREVIATIONS.has(lower);
}

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;

/** Whether a lowercase word is an Arabic surname with its article ("al-Assad", "el-Sisi"): a name's word. */
function isParticleName(surface: string): boolean {
  // (The hyphen is the word's third or fourth character: most lowercase words are settled without the pattern. The
  // pattern's words have four characters or more, asked first: see cueLemma in lexicon/cue-verbs.ts on a charCodeAt
  // past the end.)
  return surface.length > 3 && (surface.charCodeAt(2) === 45 || surface.charCodeAt(3) === 45) && isArticleSurname(surface);
}

/** Whether a token is a word starting with a capital letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token?.cap === true;
}

/** Whether a token is a word (letters or digits) rather than punctuation. */
export function isWord(token: Token | undefined): boolean {
  return token?.word === true;
}

/** The number of words in tokens[a, b). */
export function wordsIn(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i += 1) if (isWord(tokens[i])) n += 1;
  return n;
}

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/** Whether a word is two capitals or more and nothing else: an acronym ("FDA", "CDC") or a word of a heading. */
export function isInCapitals(text: string): boolean {
  return IN_CAPITALS.test(text);
}

const UPPER_START = /^\p{Lu}/u;
const ANY_UPPER = /\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/** Whether a word starts with a capital letter, of any script ("Acme", "Émile"). */
export function startsUpper(text: string): boolean {
  return UPPER_START.test(text);
}

/** Whether a text holds a capital letter anywhere, of any script ("White House", "McDonald"). */
export function hasUpper(text: string): boolean {
  return ANY_UPPER.test(text);
}

/** Whether a text starts with a lowercase letter, of any script ("agency", "état"). */
export function startsLower(text: string): boolean {
  return LOWER_START.test(text);
}

/** Whether a word is all lowercase letters ("said", "the"; not "U.S.", "it's", "Said"). */
export function isLowercaseWord(text: string): boolean {
  return LOWERCASE_WORD.test(text);
}

/** Whether a word starts with a capital and a lowercase letter ("Acme", "McDonald"; not "CDC", "A."). */
export function startsCapitalized(text: string): boolean {
  return CAPITAL_THEN_LOWER.test(text);
}

/** Whether a word ends in a possessive "'s" or "’s" (as /['’]s$/ would say); no regex: name scans ask it of every capitalized token. */
export function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return false;
  const c = text.charCodeAt(n - 2);
  return c === 39 || c === 8217;
}

/** `text` without a final possessive "'s" or "’s" (as .replace(/['’]s$/, '') would); no regex: the name index asks it of every capitalized word. */
export function withoutPossessive(text: string): string {
  return isPossessive(text) ? text.slice(0, -2) : text;
}

/** Quotation mark characters of every style. */
export const QUOTE_MARKS = '"“”‘’«»„‚\'`';

/** Whether a token is a quotation mark. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && token.text.length === 1 && QUOTE_MARKS.includes(token.text);
}

/**
 * Whether tokens[k] is a quotation mark that a scan for a speaker must stop at: not the apostrophe of a plural
 * possessive glued to its word ("Energy Impact Partners’ CEO Hans Kobler said", "the players' union").
 */
export function stopsSpeakerScan(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isQuoteMark(t) || t === undefined) return false;
  if (t.text !== "'" && t.text !== '’') return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const glued = prev !== undefined && prev.end === t.start && /[sS]$/.test(prev.text);
  return !(glued && next !== undefined && next.start > t.end && next.word);
}

/** Index of the first token that starts at or after `offset` (tokens.length when none does). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lowercase words of tokens[from, to) joined by single spaces, as slice().map((t) => t.lower).join(' ') would give;
 * a loop: map() builds its array with one elements kind as a builtin and another inlined in optimized code, and the
 * optimized code of the caller is thrown away each time the other kind arrives.
 */
export function lowerJoin(tokens: readonly { lower: string }[], from: number, to: number): string {
  const end = Math.min(to, tokens.length);
  let joined = '';
  for (let k = from; k < end; k += 1) joined += k === from ? (tokens[k]?.lower ?? '') : ` ${tokens[k]?.lower ?? ''}`;
  return joined;
}

/** Whether a comma comes right before tokens[k], or inside the closing quotation mark right before it ('“...,” adding'). */
export function commaBefore(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.text === ',' || (isQuoteMark(tokens[k - 1]) && tokens[k - 2]?.text === ',');
}

/** Whether a token is a dash that sets off an aside ("—", "–", or "-" as written for "--"). */
export function isDash(token: { text: string } | undefined): boolean {
  return token !== undefined && (token.text === '—' || token.text === '–' || token.text === '-');
}

/**
 * The index of the dash that opens the aside closed by the dash at tokens[close] ("-- who has ... --",
 * "— on Twitter —"), looking back at most `span` tokens; -1 when there is none.
 */
export function asideOpening(tokens: readonly { text: string }[], close: number, floor: number, span = 30): number {
  let k = close;
  while (k > floor && isDash(tokens[k - 1])) k -= 1;
  for (let i = k - 1; i > Math.max(floor, k - span); i -= 1) {
    if (!isDash(tokens[i])) continue;
    while (i > floor && isDash(tokens[i - 1])) i -= 1;
    return i;
  }
  return -1;
}

/** The index after the dash that closes the aside opened at tokens[open], at most `span` tokens on; -1 when there is none. */
export function asideClosing(tokens: readonly { text: string }[], open: number, limit: number, span = 20): number {
  let k = open;
  while (k < limit && isDash(tokens[k])) k += 1;
  for (let i = k; i < Math.min(limit, k + span); i += 1) {
    if (tokens[i]?.text === '.') return -1;
    if (!isDash(tokens[i])) continue;
    while (i < limit && isDash(tokens[i])) i += 1;
    return i;
  }
  return -1;
}

/** The first comma from tokens[from] up to tokens[last], `last` included; -1 when there is none. */
export function nextComma(tokens: readonly { text: string }[], from: number, last: number): number {
  let k = from;
  while (k < last && tokens[k]?.text !== ',') k += 1;
  return tokens[k]?.text === ',' ? k : -1;
}

/** Whether a comma comes in tokens[from, to). */
export function commaBetween(tokens: readonly { text: string }[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]?.text === ',') return true;
  return false;
}
