import { MONTHS } from './calendar';
import { UNNAMED_DETERMINERS } from './anonymous';
import { DETERMINERS, TIME_WORDS } from './function-words';

/** Nouns for what a speaker issues, standing for its author ("A statement said ..."). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'letter',
  'memo',
  'email',
  'e-mail',
  'post',
  'tweet',
  'notice',
  'report',
  'study',
  'survey',
  'analysis',
  // "..., the announcement said": the company that made it.
  'announcement',
]);

/** Documents that speak for whoever issued them ("according to the study", "according to court documents"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'study',
  'studies',
  'report',
  'reports',
  'survey',
  'analysis',
  'database',
  'data',
  'document',
  'documents',
  'records',
  'figures',
  'estimates',
  'estimate',
  'poll',
  'census',
  'filing',
  'filings',
  'statistics',
  'research',
  'review',
  'audit',
  'summary',
  'transcript',
  'memo',
  'index',
  'tally',
  'count',
  'numbers',
  'tracker',
]);

/** Capitalized words before a statement noun that do not name its author ("One post", "Thursday's report"). */
export const NOT_AUTHOR: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...UNNAMED_DETERMINERS,
  ...TIME_WORDS,
  'new',
  'latest',
  'last',
  'recent',
  'annual',
  'final',
  'joint',
  'weekly',
  'monthly',
  // "Current estimates suggest", "Preliminary data show": how far along the figures are, not who made them.
  ...['current', 'early', 'earlier', 'initial', 'preliminary', 'previous', 'prior', 'updated', 'revised', 'official'],
  ...['internal', 'separate', 'other', 'further', 'additional', 'unpublished', 'leaked', 'draft', 'local', 'conservative'],
  // "Industry reports estimated", "Market estimates": a trade's reports, no one's.
  ...['industry', 'market', 'trade'],
  ...MONTHS,
]);

/** Singular nouns for a body of people, as collective nouns and as antecedents of "they" (GROUP_NOUNS). */
export const BODIES_OF_PEOPLE: readonly string[] = [
  ...['staff', 'police', 'public', 'family', 'team', 'government', 'military', 'board', 'council', 'committee', 'panel'],
  ...['jury', 'union'],
];

/** Nouns for many people at once: "city staff said" is the staff, never the last person named. */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([...BODIES_OF_PEOPLE, 'crowd', 'audience', 'youth']);

/** Whether a lowercase word names a statement or a document, in the singular or the plural ("letters", "memo", "data"). */
export function namesDocument(word: string): boolean {
  return STATEMENT_NOUNS.has(word) || STATEMENT_NOUNS.has(word.replace(/s$/, '')) || DOCUMENT_NOUNS.has(word);
}

/**
 * Whether a document is its own source when the text names no author with it ("court filings revealed", "a new
 * study estimates", "the data"): records and research, not a statement, letter or report, whose issuer speaks.
 */
export function speaksForItself(head: string): boolean {
  return DOCUMENT_NOUNS.has(head) && (!STATEMENT_NOUNS.has(head) || head === 'study' || head === 'survey');
}
