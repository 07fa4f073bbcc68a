import type { Token } from '../document';
import { cueAt } from '../lexicon/cue-verbs';
import { KINSHIP_GENDER } from '../lexicon/name-context';
import { isOwner } from './relative-name';
import { COUNTING_WORDS, NOT_BETWEEN, PERSON_VERBS, SAYING_FORMS } from '../lexicon/person-signs';

// Signs, in the words after it, that a single capitalized word names a man or a woman rather than a body: "his" as the
// object of its verb, or "he" or "she" opening its reported speech or the next sentence.

/** Whether the word after a name is something only people do ("Trump mused", "Tom joked"). */
export function onlyPeopleDo(word: string): boolean {
  return PERSON_VERBS.has(word);
}

/**
 * "Trump has repeatedly compared his pandemic response", "Modly defended his decision": the subject of a
 * verb whose object is "his" is a man. Up to three lowercase words between, none a speech verb ("The
 * hospital confirmed his death" is said of someone else).
 */
export function ownsHisAfterVerb(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.cap || t.word !== true) return false;
    if (t.lower === 'his' || t.lower === 'himself') return k > i + 1;
    if (cueAt(tokens, k) !== undefined || NOT_BETWEEN.has(t.lower)) return false;
  }
  return false;
}

/** "he" or "she", alone or contracted ("he’s", "she'd"). */
const HE_OR_SHE = /^(?:he|she)(?:['’](?:s|d|ll))?$/;

/**
 * "Trump said this week he was taking ...", "Trump emphasized he was instructing ...": a speech verb right after the
 * word, then "he" or "she" within three lowercase words, as a person's reported speech begins (a body says "it").
 */
export function saysHeAfter(tokens: readonly Token[], i: number): boolean {
  if (cueAt(tokens, i + 1) === undefined) return false;
  for (let k = i + 2; k <= i + 5; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.word !== true) return false;
    // ("Trump says he’s taking ...": a contraction keeps the pronoun.)
    if (HE_OR_SHE.test(t.lower)) return true;
    if (t.cap) return false;
  }
  return false;
}

/**
 * "Pritzker has said the state is asking for volunteers. He said ...": the next sentence opens with "he" or "she", and
 * no other name comes between (the pronoun is then the subject's, as a body's would be "it").
 */
export function heOpensNext(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 40); k += 1) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.text === '.' || t.text === '?' || t.text === '!') {
      const next = tokens[k + 1];
      return next !== undefined && (next.text === 'He' || next.text === 'She');
    }
    if (t.cap && t.word === true) return false;
  }
  return false;
}

/**
 * "Wu admitted it was highly unlikely ... . “The World Health Organization ... ,” he told me.": a speech verb right after
 * the word, and the next sentence a quotation that "he" or "she" closes with a cue of their own (a body's would be "it").
 */
export function quotedByHeNext(tokens: readonly Token[], i: number): boolean {
  // (A verb that only says, not "Allied-Lyons maintains control of ...", nor a number's "One said".)
  if (!SAYING_FORMS.has(tokens[i + 1]?.lower ?? '') || COUNTING_WORDS.has(tokens[i]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < Math.min(tokens.length, i + 60) && !SENTENCE_END.has(tokens[k]?.text ?? '')) k += 1;
  if (!OPENING_MARKS.has(tokens[k + 1]?.text ?? '')) return false;
  for (let c = k + 2; c < Math.min(tokens.length, k + 80); c += 1) {
    if (!CLOSING_MARKS.has(tokens[c]?.text ?? '')) continue;
    return HE_OR_SHE.test(tokens[c + 1]?.lower ?? '') && cueAt(tokens, c + 2) !== undefined;
  }
  return false;
}
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '?', '!']);
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"']);

/**
 * "Erik, Cristian's 13-year-old brother,", "Jean, his wife": a description of a relative from tokens[from], a possessive
 * and up to three more words before the kinship noun.
 */
export function relativeAfter(tokens: readonly Token[], from: number): boolean {
  const owner = tokens[from];
  if (owner === undefined || !isOwner(owner)) return false;
  for (let k = from + 1; k <= from + 4; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.word !== true || t.cap) return false;
    if (KINSHIP_GENDER.has(t.lower)) return true;
  }
  return false;
}
