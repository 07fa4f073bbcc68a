/**
 * @claimline/parser: finds the quotations in raw news text, their cues and their speakers.
 * Pure and deterministic (given `ingestedAt`), no I/O; runs in Node and in the browser.
 *
 * @example
 * import { parseArticle } from '@claimline/parser';
 * const { quotes, sources } = parseArticle('"We will not give up," Peskov said.', { ingestedAt: '2024-05-24T00:00:00Z' });
 * // quotes[0].text === '"We will not give up,"', sources[0].name === 'Peskov'
 */
import type { ParseMeta, ParseResult } from '@claimline/schema';
import { assemble } from './assemble';
import { attribute } from './attribute';
import type { ParseDocument } from './document';
import { normalize } from './normalize';
import { resolve } from './resolve/index';
import { readDateline } from './rules/dateline';
import { segment } from './segment';
import { sentences } from './sentences';
import { quotations } from './quotations';

export { PARSER_VERSION } from './version';
export type { ParseMeta } from '@claimline/schema';

/** A parse result together with the map from article-text offsets back to the raw input. */
export interface ParseWithRawOffsets {
  result: ParseResult;
  /** The offset in the raw input of an offset in `result.article.text`. */
  toRaw: (offset: number) => number;
}

/** The document after the stages before resolution (normalize to attribute), for resolve and for training its scorer. */
export function attributedDocument(raw: string, meta: ParseMeta = {}): { doc: ParseDocument; ingestedAt: string } {
  const ingestedAt = validIso(meta.ingestedAt) ?? new Date().toISOString();
  const input = typeof raw === 'string' ? raw : '';
  const publishedAt = validIso(meta.publishedAt);
  // Meta from untyped callers is taken only where it has the right type: parsing never throws.
  const title = typeof meta.title === 'string' ? meta.title : undefined;
  const doc: ParseDocument = {
    raw: input,
    // The fields the stages read, listed: a spread copy of the caller's object cost 2% of the parse.
    meta: { title, outlet: meta.outlet, url: meta.url, authors: meta.authors, publishedAt, ingestedAt: meta.ingestedAt },
    normalized: normalize(input),
    text: '',
    map: { toRaw: (o) => o },
    title: null,
    removed: [],
    dateline: null,
    paragraphs: [],
    sentences: [],
    quotations: [],
    claims: [],
    entities: [],
  };
  segment(doc);
  sentences(doc);
  const firstParagraph = doc.paragraphs[0];
  if (firstParagraph !== undefined) {
    doc.dateline = readDateline(doc.text.slice(firstParagraph.start, firstParagraph.end), publishedAt ?? ingestedAt);
  }
  quotations(doc);
  attribute(doc);
  return { doc, ingestedAt };
}

/** Parses raw article text and also returns the offset map back to `raw` (for evaluation against raw offsets). */
export function parseWithRawOffsets(raw: string, meta: ParseMeta = {}): ParseWithRawOffsets {
  const { doc, ingestedAt } = attributedDocument(raw, meta);
  resolve(doc);
  return { result: assemble(doc, ingestedAt), toRaw: (o) => doc.map.toRaw(o) };
}

/**
 * Parses one article: returns the clean article, its speakers (sources) and their quotes, every
 * span indexing `article.text`. `meta` gives what is known (title, outlet, url, authors,
 * publishedAt) and `ingestedAt` (default: now). Never throws.
 */
export function parseArticle(raw: string, meta: ParseMeta = {}): ParseResult {
  return parseWithRawOffsets(raw, meta).result;
}

let lastIsoInput: string | null = null;
let lastIsoOutput: string | undefined;

function validIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // A batch passes the same ingestedAt to every article: remember the last answer instead of parsing dates again.
  if (value === lastIsoInput) return lastIsoOutput;
  const time = new Date(value).getTime();
  lastIsoInput = value;
  lastIsoOutput = Number.isNaN(time) ? undefined : new Date(time).toISOString();
  return lastIsoOutput;
}
