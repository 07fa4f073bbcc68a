import type { Token } from '../document';
import { NAME_STOP_WORDS, SENTENCE_ADVERBS } from '../lexicon/name-context';
import { ROLE_NOUNS, TITLE_ACRONYMS, isPeoplePlural } from '../lexicon/role-nouns';
import { asBody, occurrence, type NameOccurrence } from './name-occurrence';
import { heOpensNext, ownsHisAfterVerb, quotedByHeNext, saysHeAfter } from './person-signs';
import { opensSentence } from './positions';
import { isRelative } from './relative-name';
import { withoutPossessive } from '../tokens';

// A module constant: a bundler targeting Node rewrites a \p{...} literal as `new RegExp(...)`.
/** A capitalized plural: "the Liberals". */
const PLURAL_NAME = /^\p{Lu}\p{Ll}+s$/u;

/** Single words named without a longer form ("Yuni, a resident of Lampung, ...", "the Liberals"): into `kept`. */
export function introducedSingles(
  singleTokens: { tokens: readonly Token[]; i: number }[],
  surnames: ReadonlySet<string | undefined>,
  kept: NameOccurrence[],
): void {
  // Built once an article, and only when a word needs them.
  let midSentence: Set<string> | null = null;
  let bodies: Set<string> | null = null;
  const inside = (word: string) => (midSentence ??= capitalizedInside(singleTokens)).has(word);
  const body = (word: string) => (bodies ??= writtenWithIt(singleTokens)).has(word);
  for (const { tokens, i } of singleTokens) {
    const token = tokens[i];
    if (token === undefined || surnames.has(token.lower)) continue;
    const before = tokens[i - 1]?.text;
    const opens = i === 0 || before === '.' || before === '?' || before === '!';
    // "Trump has repeatedly compared his pandemic response ...", "Trump said this week he was ...": a man, the subject
    // of his verb, when the article also capitalizes the word inside a sentence (not "Tears streamed down his face").
    // Not a sentence adverb ("Eventually, the team ..."), asked only of a word opening its sentence.
    const introduced =
      opens &&
      !isSentenceAdverb(token.lower) &&
      ((tokens[i + 1]?.text === ',' && /^(?:a|an|the|who)$/.test(tokens[i + 2]?.lower ?? '')) ||
        (ownsHisAfterVerb(tokens, i) && inside(token.lower)) ||
        // ("Amazon said he was fired": a body speaking of someone, when the article also writes "Amazon said it".)
        (saysHeAfter(tokens, i) && !body(token.lower)) ||
        // ("Pritzker has said ... . He said": only a word the article also capitalizes inside a sentence, not "Two", "Just".)
        (heOpensNext(tokens, i) && inside(token.lower) && !body(token.lower)) ||
        // ("Wu admitted it was unlikely ... . “...,” he told me.": whatever "it" follows the word elsewhere.)
        quotedByHeNext(tokens, i));
    const group = tokens[i - 1]?.lower === 'the' && PLURAL_NAME.test(token.text) && !NAME_STOP_WORDS.has(token.lower);
    // "his wife Donna", "her son, Jack,": a relative named by a first name only.
    const relative = !opens && isRelative(tokens, i);
    if (!introduced && !group && !relative) continue;
    const found = occurrence(tokens, i, i, i + 1, withoutPossessive(token.text), null, token.start);
    kept.push(group ? asBody(found, 'organization') : found);
  }
}

/** Whether a word is a function word or a sentence adverb ("Eventually", "However"), which opens sentences, not names. */
function isSentenceAdverb(lower: string): boolean {
  return NAME_STOP_WORDS.has(lower) || lower.endsWith('ly') || SENTENCE_ADVERBS.has(lower);
}

/** The words a text capitalizes inside its sentences, where no sentence start forces a capital. */
function capitalizedInside(singles: readonly { tokens: readonly Token[]; i: number }[]): Set<string> {
  const inside = new Set<string>();
  for (const { tokens, i } of singles) {
    const t = tokens[i];
    if (t !== undefined && !opensSentence(tokens, i)) inside.add(withoutPossessive(t.lower));
  }
  return inside;
}

/**
 * The words the text follows with "it" or "its" within three words ("Amazon said it", "Amazon and its"), or with its
 * people ("Amazon CEO Jeff Bezos", "Amazon executives", "an Amazon spokesperson"): bodies.
 */
export function writtenWithIt(singles: readonly { tokens: readonly Token[]; i: number }[]): Set<string> {
  const bodies = new Set<string>();
  for (const { tokens, i } of singles) {
    const next = tokens[i + 1];
    const people =
      next !== undefined &&
      (TITLE_ACRONYMS.has(next.text) || (!next.cap && (ROLE_NOUNS.has(next.lower) || isPeoplePlural(next.lower, true))));
    if (people || itWithin(tokens, i + 1, i + 3)) bodies.add(withoutPossessive(tokens[i]?.lower ?? ''));
  }
  return bodies;
}

/** Whether "it" or "its" comes in tokens[from, to], before anything that is not a word. */
function itWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.word !== true) return false;
    if (t.lower === 'it' || t.lower === 'its') return true;
  }
  return false;
}
