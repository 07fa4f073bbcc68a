/** What an embedded post says and who signed it: `said` is a prefix of the paragraph, `name` its signature. */
export interface EmbeddedPost {
  said: string;
  name: string;
}

// The tail from the last "(@": "(@Rory_Medcalf) December 30, 2018". Anchored at both ends and free of
// overlapping quantifiers, so one pass.
const HANDLE_TAIL = /^\(@\w{1,30}\)(?:\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})?\s*$/u;
const NAME_CHAR = /^[\p{L}.'’ -]$/u;
const UPPER = /^\p{Lu}$/u;
// Every \s character is a single code unit, so one code unit at a time is enough.
const SPACE = /^\s$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const DASHES = '—–-';
const LINKS = ['pic.twitter.com', 'http://', 'https://'];
/** The longest name: one capital and 60 more characters, each at most a surrogate pair. */
const NAME_UNITS = 122;

/**
 * Reads an embedded social-media post: "text pic.twitter.com/x — Rory Medcalf (@Rory_Medcalf) December 30, 2018"
 * gives said "text" and name "Rory Medcalf". Linear in the text, by construction: it finds the handle from the end,
 * the few dashes a name can follow, and the links between text and dash in one backward pass. It returns exactly
 * what the pattern it replaced returned (the shortest text, then the last dash the links reach), without the
 * exponential backtracking of `(?:https?:\/\/\S*\s*)*` on a run of links.
 */
export function embeddedPost(text: string): EmbeddedPost | null {
  const handle = text.lastIndexOf('(@');
  if (handle < 0 || !HANDLE_TAIL.test(text.slice(handle))) return null;
  let spaces = handle;
  while (spaces > 0 && isSpace(text, spaces - 1)) spaces -= 1;
  const names = namesBefore(text, spaces, handle);
  if (names.size === 0) return null;
  const last = Math.max(...names.keys());
  // Backward pass over "\s*(?:(?:pic.twitter.com|https?://)\S*\s*)*" ending on a dash that a name follows:
  // betweenWords[x] (between links or before the first) and inLink[x] (inside one) hold the last dash reachable from x, or -1.
  const betweenWords = new Int32Array(last + 1);
  const inLink = new Int32Array(last + 1);
  for (let x = last; x >= 0; x -= 1) {
    const dash = names.has(x) ? x : -1;
    let between = dash;
    let inside = dash;
    if (x < last) {
      if (isSpace(text, x)) {
        between = Math.max(between, betweenWords[x + 1] ?? -1);
        inside = Math.max(inside, betweenWords[x + 1] ?? -1);
      } else {
        inside = Math.max(inside, inLink[x + 1] ?? -1);
        const link = linkAt(text, x);
        if (link > 0 && x + link <= last) between = Math.max(between, inLink[x + link] ?? -1);
      }
    }
    betweenWords[x] = between;
    inLink[x] = inside;
  }
  // The text is the shortest prefix ending in a non-space, within its first line, that the links and a dash follow.
  const lineBreak = text.search(LINE_BREAK);
  const lastEnd = Math.min(last, lineBreak < 0 ? last : lineBreak);
  for (let end = 1; end <= lastEnd; end += 1) {
    const dash = betweenWords[end] ?? -1;
    if (dash < 0 || isSpace(text, end - 1)) continue;
    const name = names.get(dash);
    if (name !== undefined) return { said: text.slice(0, end), name };
  }
  return null;
}

/** The dashes before the handle that a name follows ("— Rory Medcalf "), each with its name (one capital, then 1-60 name characters, the fewest that reach the spaces before the handle). */
function namesBefore(text: string, spaces: number, handle: number): Map<number, string> {
  const names = new Map<number, string>();
  for (let start = spaces - 1; start >= 0 && spaces - start <= NAME_UNITS; start -= 1) {
    if (isPairTail(text, start)) continue;
    const first = charAt(text, start);
    if (!NAME_CHAR.test(first)) break;
    if (!UPPER.test(first)) continue;
    const name = nameFrom(text, start, first.length, spaces, handle);
    if (name === null) continue;
    let dash = start;
    while (dash > 0 && isSpace(text, dash - 1)) dash -= 1;
    dash -= 1;
    if (dash >= 0 && DASHES.includes(text.charAt(dash))) names.set(dash, name);
  }
  return names;
}

function nameFrom(text: string, start: number, firstLength: number, spaces: number, handle: number): string | null {
  let at = start + firstLength;
  let count = 0;
  while (count === 0 || at < spaces) {
    if (at >= handle || count === 60) return null;
    const char = charAt(text, at);
    if (!NAME_CHAR.test(char)) return null;
    at += char.length;
    count += 1;
  }
  return text.slice(start, at);
}

function linkAt(text: string, at: number): number {
  for (const link of LINKS) if (text.startsWith(link, at)) return link.length;
  return 0;
}

function charAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at) ?? 0);
}

function isSpace(text: string, at: number): boolean {
  return SPACE.test(text.charAt(at));
}

/** Whether `at` is the second half of a surrogate pair (no match starts or ends there). */
function isPairTail(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}
