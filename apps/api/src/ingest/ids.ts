import { createHash } from 'node:crypto';

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 24);
}

/** An article's id follows from its content hash, so concurrent ingests of one text agree on it. */
export const articleId = (contentHash: string): string => `art_${contentHash.slice(0, 24)}`;

/** A source's id follows from its key (see source-key.ts), so concurrent ingests create one record. */
export const sourceId = (key: string): string => `src_${digest(key)}`;

/** A quote's id follows from its article and span, which is what makes it the same quote after a reparse. */
export const quoteId = (article: string, start: number, end: number): string => `q_${digest(`${article}:${start}:${end}`)}`;
