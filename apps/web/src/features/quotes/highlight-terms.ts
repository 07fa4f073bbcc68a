/** A run of text, marked when it is a word the search matched. */
export interface TextRun {
  text: string;
  match: boolean;
}

// English endings PostgreSQL's stemmer folds away ("talks", "talked", "talking" all match "talk").
const ENDINGS = /(?:ing|ed|es|s|ly)$/;

/**
 * The words of a search as `websearch_to_tsquery` reads it, to mark in results: quoted phrases give
 * their words, `or` is an operator and a `-word` is excluded, so neither is marked.
 */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'or' && !w.startsWith('-'))
    .map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''))
    .filter((w) => w.length >= 2);
  return [...new Set(words)];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` into runs, marking each word that starts with a search term's stem ("talk" marks
 * "talks" and "talking"), as the full-text search matched it; case and accents of the text are kept.
 */
export function markTerms(text: string, terms: readonly string[]): TextRun[] {
  const stems = terms.map((t) => (t.length > 4 ? t.replace(ENDINGS, '') : t)).filter((t) => t.length > 0);
  if (stems.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index;
    if (at > last) runs.push({ text: text.slice(last, at), match: false });
    runs.push({ text: m[0], match: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}
