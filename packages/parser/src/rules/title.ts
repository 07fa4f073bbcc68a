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
  const words = text.split(/\s+/).length;
  return text.length <= 160 && words >= 2 && words <= 25 && !SENTENCE_END.test(text) && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

/** Whether two headlines are the same, ignoring case, spacing and the dash style. */
export function sameTitle(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s\u2013\u2014-]+/g, ' ')
      .trim();
  return key(a) === key(b);
}
