import type { Mention, ParseDocument, Range, Token } from '../document';
import { DETERMINERS } from '../lexicon/function-words';
import { subjectForm } from '../lexicon/pronouns';
import { ROLE_NOUNS, isPeoplePlural, isSpeakerNoun } from '../lexicon/role-nouns';
import { nameKind } from './name-kind';
import { sentenceSubject } from '../subject';
import { claimOverlaps, sentenceIndexAt } from './positions';
import { GROUP_NOUNS } from '../lexicon/pronouns';

/**
 * The subject of the pronoun's own sentence, when it stands before the pronoun and outside the claim:
 * "Morneau was clutching at straws when he said ...", "Republican senators are eager ..., and they say
 * ...". A pronoun prefers the subject of its own sentence to anyone named in sentences before it.
 */
export function sentenceAntecedent(doc: ParseDocument, pronoun: Mention, claim: Range): Mention | null {
  const lower = subjectForm(pronoun.text);
  if (lower !== 'he' && lower !== 'she' && lower !== 'they') return null;
  const sentence = sentenceAt(doc, pronoun.start);
  if (sentence === null) return null;
  const tokens = doc.paragraphs[sentence.paragraph]?.tokens ?? [];
  const k = Math.min(sentence.last, firstTokenFrom(tokens, pronoun.start));
  // A subject is near its pronoun: and a sentence of thousands of words stays linear.
  if (k === sentence.first || k - sentence.first > 80) return null;
  // The subject of the clause the pronoun is in ("... and Baxter was clutching at straws when he
  // said"), else of its sentence.
  let clause = k - 1;
  while (clause > sentence.first && !/^(?:and|but|;)$/.test(tokens[clause]?.lower ?? '')) clause -= 1;
  const starts = clause > sentence.first ? [clause + 1, sentence.first] : [sentence.first];
  for (const start of starts) {
    const subject = subjectFrom(doc, tokens, start, k, pronoun, claim);
    if (subject !== null) return subject;
  }
  return null;
}

/**
 * "The experts were particularly worried about testing. They said ...": with no one else to point back to, "they" is the
 * plural subject of the sentence before its own, in the same paragraph or the one before.
 */
export function previousSentenceAntecedent(doc: ParseDocument, pronoun: Mention, claim: Range): Mention | null {
  if (subjectForm(pronoun.text) !== 'they') return null;
  const index = sentenceIndexAt(doc, pronoun.start);
  const own = doc.sentences[index];
  const before = doc.sentences[index - 1];
  if (own === undefined || own.start > pronoun.start || before === undefined || before.paragraph < own.paragraph - 1) return null;
  // ("Libyan troops are evacuating ..., military sources said. They said ...": a sentence with a claim of its own
  // hands "they" to its speaker, not to its subject.)
  if (claimOverlaps(doc, before)) return null;
  const tokens = doc.paragraphs[before.paragraph]?.tokens ?? [];
  const subject = subjectFrom(doc, tokens, before.first, Math.min(before.last, before.first + 80), pronoun, claim);
  // People, not things ("The transfers would allow ...").
  const head = subject?.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return subject !== null && (isPeoplePlural(head, false) || GROUP_NOUNS.has(head)) ? subject : null;
}

function subjectFrom(
  doc: ParseDocument,
  tokens: readonly Token[],
  start: number,
  k: number,
  pronoun: Mention,
  claim: Range,
): Mention | null {
  const lower = subjectForm(pronoun.text);
  const found = sentenceSubject(doc.text, tokens, start, k);
  if (found === null) return null;
  let subject = found.mention;
  if (subject.kind === 'pronoun' || subject.start >= pronoun.start) return null;
  // A subject is followed by its verb: "Mostly, though, he says" and "..., N.B., he said" have none,
  // and "Their meeting" is a possessive, not a speaker.
  const next = tokens[firstTokenFrom(tokens, subject.end)];
  if (next === undefined || !next.word || next.cap) return null;
  // Nor is a name that goes on as a title ("Story Casino manager Yin") or a possessive ("Marzio's family").
  if (ROLE_NOUNS.has(next.lower) || /['’]s$/.test(subject.text) || /^['’]s$/.test(next.text)) return null;
  const first = subject.text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (DETERMINERS.has(first) && first !== 'the') return null;
  // A subject inside the claim's own words is talked about, not talking ("Macharia ... hid, he said").
  if (subject.end > claim.start && subject.start < claim.end) return null;
  if (lower === 'they') {
    // "Republican senators": a capitalized modifier and the plural noun after it.
    if (
      next.start <= subject.end + 1 &&
      next.start < pronoun.start &&
      isPlural(next.lower) &&
      isSpeakerNoun(next.lower.replace(/s$/, ''))
    ) {
      const text = doc.text.slice(subject.start, next.end);
      subject = { text, start: subject.start, end: next.end, kind: 'nominal', name: text.replace(/^(?:the|a|an)\s+/i, ''), role: null };
    }
    const head = subject.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    return isPlural(head) || GROUP_NOUNS.has(head) ? subject : null;
  }
  // "he" and "she": a named person, not a body or a plural.
  return subject.kind === 'name' && nameKind(subject.name) === 'person' ? subject : null;
}

/** Index of the first token starting at or after `at` (binary search). */
function firstTokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isPlural(word: string): boolean {
  return /[^s'’]s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

export function sentenceAt(doc: ParseDocument, at: number): ParseDocument['sentences'][number] | null {
  const s = doc.sentences[sentenceIndexAt(doc, at)];
  return s !== undefined && s.start <= at ? s : null;
}
