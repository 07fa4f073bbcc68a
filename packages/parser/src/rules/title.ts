/**
 * Rule: is the first line of a paste its headline? It is when it equals the title the user gave,
 * or when it reads like one: a single short line, more follows, and it does not end a sentence
 * ("Putin is ready to end the war ..., but has his own conditions – Reuters").
 */

const SENTENCE_END = /[.:;,"”’'»)]$/;

/** Whether `line` (the first paragraph) is the article's title, given the title from meta if any. */
export function isTitleLine(line: string, metaTitle: string | undefined, hasMore: boolean): boolean {
  const text = line.trim();
  if (text.length === 0 || !hasMore) return false;
  if (metaTitle !== undefined && metaTitle.trim().length > 0) return sameTitle(text, metaTitle);
  // The length first: a first paragraph of wire copy is the whole lead, and splitting it into words was wasted.
  if (text.length > 160) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 25 && !SENTENCE_END.test(text) && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

/** A headline ignoring case, spacing and the dash style. */
function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\u2013\u2014-]+/g, ' ')
    .trim();
}

/** Whether two headlines are the same, ignoring case, spacing and the dash style. */
export function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

/**
 * `sameTitle(line, title)` for every line of an article, with the title's key made once. A line
 * more than four times the title's length is not it (that would take a line three-quarters
 * spaces), so the paragraphs of the body are not lowercased and rewritten just to be compared.
 */
export function repeatsTitle(title: string): (line: string) => boolean {
  const key = titleKey(title);
  const longest = 4 * title.length + 40;
  // The key only drops characters, and starts at the line's first character that is no space or dash:
  // most lines fail on length or that character without being lowercased and rewritten.
  return (line) => line.length <= longest && line.length >= key.length && firstKeyChar(line) === key[0] && titleKey(line) === key;
}

/** The first character of `line` that is no space or dash, lowercased: the first character of its key. */
function firstKeyChar(line: string): string | undefined {
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] ?? '';
    if (!/[\s\u2013\u2014-]/.test(c)) return c.toLowerCase();
  }
  return undefined;
}
