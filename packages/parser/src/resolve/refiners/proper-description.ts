import { DOCUMENT_NOUNS, STATEMENT_NOUNS } from '../../lexicon/statement-nouns';
import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';

/**
 * "the Kentucky Republican": a description with a proper adjective names the person in focus; not a document's ("according
 * to the Oxford COVID-19 Government Response Tracker’s stringency index", "the Johns Hopkins tally").
 */
export const properDescription: NominalRefiner = (ctx, m, head) => {
  if (!/^the\s+\p{Lu}/u.test(m.text) || DOCUMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(head)) return null;
  return recent(ctx, m.start, (c) => c.kind === 'person' && c.subject);
};
