import type { Token } from '../document';
import { CUE_FORMS } from '../lexicon/cue-verbs';
import { PREPOSITIONS } from '../lexicon/function-words';
import { ORGANIZATION_WORDS } from '../lexicon/role-nouns';
import { namesDocument } from '../lexicon/statement-nouns';

/** Words after a name that are not a noun it modifies: verbs, auxiliaries and clause words. */
const NOT_MODIFIED =
  /^(?:who|whose|which|that|and|or|but|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|said|told|also|then|himself|herself|itself|themselves)$/;

/** Whether a token is a lowercase noun that a name before it modifies ("warehouse", "page"), not a verb ("said", "warned", "says"). */
export function modifiesNoun(t: Token | undefined): boolean {
  if (t === undefined || !t.word || t.cap) return false;
  // ("the Reagan administration's chief economic architect": a noun in "'s" is a noun, whatever its last letter.)
  const possessive = POSSESSIVE_END.test(t.lower);
  const word = possessive ? t.lower.slice(0, -2) : t.lower;
  // ("the Economics and Foreign ministries": a body's noun in the plural too.)
  if (ORGANIZATION_WORDS.has(word)) return true;
  return word.length > 2 && (possessive || !/(?:s|ed|ing|ly)$/.test(word)) && !NOT_MODIFIED.test(word) && !PREPOSITIONS.has(word);
}
const POSSESSIVE_END = /['’]s$/;

/**
 * Whether a lowercase word names a document, in the singular or the plural ("emails", "memo", "filings"), and is no
 * speech verb ("Anthony Kuhn reports", "Trump tweets").
 */
export function isDocumentNoun(lower: string): boolean {
  if (CUE_FORMS.has(lower)) return false;
  return namesDocument(lower);
}
