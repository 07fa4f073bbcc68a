import type { Source } from '@claimline/schema';

/** Folds case, accents and punctuation so "Vladimír  Putin" and "vladimir putin" compare equal. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The identity a source is stored under across articles. Named people and organizations with a
 * name of two or more words are shared across articles ("Vladimir Putin" is one record however
 * many articles quote him). A one-word person name ("Smith") could be anyone, and an anonymous
 * source ("a senior official") is a different person in each article, so those are scoped to the
 * article (its content hash) and only an analyst's sources.merge joins them to another record.
 */
export function sourceKey(source: Pick<Source, 'name' | 'kind'>, contentHash: string): string {
  const name = normalizeName(source.name);
  switch (source.kind) {
    case 'organization':
    case 'media':
      return `${source.kind}:${name}`;
    case 'person':
    case 'unknown':
      return name.includes(' ') ? `person:${name}` : `${source.kind}:${name}@${contentHash}`;
    case 'anonymous':
      return `anonymous:${name}@${contentHash}`;
  }
}
