import type { Claim, Mention, ParseDocument, Range, Sentence, Token } from '../document';
import { sentenceSubject, type LeftSubject } from '../subject';
import type { NameOccurrence } from './name-index';
import { words } from './name-words';
import { readName } from './not-a-name';
import { opensSentenceAt, sentenceIndexAt } from './positions';
import { firstNameFrom } from './recent';

/** Where a candidate speaker of a claim comes from. */
export type CandidateOrigin = 'rule' | 'previous' | 'subject' | 'name';

/** A mention that may speak a claim, for the learned scorer to rank. */
export interface SpeakerCandidate {
  mention: Mention;
  origin: CandidateOrigin;
  /** For a 'previous' candidate: the claim whose speaker it is (its entity is taken as it stands). */
  from: number | null;
  /** For a written name: whether it stood as a subject, and opened its sentence. */
  subject: boolean;
  focus: boolean;
}

/** How far back the speaker of the claim before still carries over (characters). */
const CARRY = 1500;
/** How far before a claim written names are candidates (characters). */
const NAME_WINDOW = 400;

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * The candidate speakers of claims[i]: the mention its rule found, the speaker carried over from the
 * claim before ("“A,” he said. “B.”"), the subjects of its sentence and of the sentence before, and
 * the nearest names written before it. `carried[k]` is the speaker claim k carries over (its own
 * mention, else the one it carried), with the claim it comes from. Duplicates keep the first.
 */
export function speakerCandidates(
  doc: ParseDocument,
  claims: readonly Claim[],
  i: number,
  carried: readonly ({ mention: Mention; from: number } | null)[],
  names: readonly NameOccurrence[],
): SpeakerCandidate[] {
  const claim = claims[i];
  if (claim === undefined) return [];
  const out: SpeakerCandidate[] = [];
  const inFull = (word: string) => fullNameWords(names).has(word.toLowerCase());
  const add = (mention: Mention, origin: CandidateOrigin, from: number | null, subject = true, focus = false) => {
    if (overlaps(mention, claim.span) && origin !== 'rule') return;
    if (out.some((c) => overlaps(c.mention, mention))) return;
    // A hard constraint before scoring: a capitalized word that is no name never speaks, and an
    // ordinary noun ("Voters said") speaks as a description, not as a name.
    const reading = mention.kind === 'name' ? readName(doc, mention.name, opensSentenceAt(doc, mention.start), inFull) : 'name';
    if (reading === 'none') return;
    const read: Mention =
      reading === 'description'
        ? { text: mention.text, start: mention.start, end: mention.end, kind: 'nominal', name: mention.name, role: null }
        : mention;
    out.push({ mention: read, origin, from, subject, focus });
  };
  if (claim.mention !== null) add(claim.mention, 'rule', null);
  const previous = claims[i - 1];
  const carry = carried[i - 1];
  if (previous !== undefined && carry != null && claim.span.start - previous.span.end < CARRY) add(carry.mention, 'previous', carry.from);
  const s = sentenceIndexAt(doc, claim.span.start);
  for (const k of [s, s - 1]) {
    const sentence = doc.sentences[k];
    const tokens = sentence === undefined ? undefined : doc.paragraphs[sentence.paragraph]?.tokens;
    if (sentence === undefined || tokens === undefined || sentence.start >= claim.span.end) continue;
    const subject = subjectOf(doc, k, tokens, sentence);
    if (subject !== null && subject.mention.kind !== 'anonymous') add(subject.mention, 'subject', null);
  }
  let taken = 0;
  for (let n = lastBefore(names, claim.span.start); n >= 0 && taken < 2; n -= 1) {
    const o = names[n];
    if (o === undefined || o.at < claim.span.start - NAME_WINDOW) break;
    // The name ends its mention, a role or title before it: searched in a bounded window, so long texts stay linear.
    // A plan, a venue, a day or an illness ("Obstructive Lung Disease") is named, but never speaks.
    if (o.kind === 'unknown') continue;
    // (As indexOf in the slice of 80 characters past the name's length would find it, without copying the slice.)
    const end = doc.text.indexOf(o.name, o.at);
    if (end < 0 || end - o.at > 80) continue;
    const mention: Mention = {
      text: doc.text.slice(o.at, end + o.name.length),
      start: o.at,
      end: end + o.name.length,
      kind: 'name',
      name: o.name,
      role: o.role,
    };
    add(mention, 'name', null, o.subject, o.focus);
    taken += 1;
  }
  return out;
}

/**
 * What the claims of the article being resolved share: the subjects of its sentences by index, once per article (each
 * claim asks for its own sentence's and the one before, so claims in consecutive sentences asked for the same ones
 * again: 5% of a parse on Reuters), and the words of its names of several words. One slot, for the one article
 * resolved at a time, not WeakMaps by document and by names: their entries, set once per article, cost 0.5% of a parse
 * on Reuters, and weigh on every collection. (The slot keeps the last article until the next.)
 */
const article = {
  doc: null as ParseDocument | null,
  subjects: new Map<number, LeftSubject | null>(),
  names: null as readonly NameOccurrence[] | null,
  fullNameWords: null as Set<string> | null,
};

/** The subject of the document's sentence k, once per article. */
function subjectOf(doc: ParseDocument, k: number, tokens: readonly Token[], sentence: Sentence): LeftSubject | null {
  if (article.doc !== doc) {
    article.doc = doc;
    article.subjects = new Map();
  }
  let subject = article.subjects.get(k);
  if (subject === undefined) {
    subject = sentenceSubject(doc.text, tokens, sentence.first, sentence.last);
    article.subjects.set(k, subject);
  }
  return subject;
}

/** The words of the article's names of several words, once per article ("target" after "Target Corp."). */
function fullNameWords(names: readonly NameOccurrence[]): Set<string> {
  if (article.names !== names || article.fullNameWords === null) {
    const found = new Set<string>();
    for (const n of names) if (n.name.includes(' ')) for (const w of words(n.name)) found.add(w);
    article.names = names;
    article.fullNameWords = found;
  }
  return article.fullNameWords;
}

/** Index of the last name written before `at`, or -1. */
function lastBefore(names: readonly NameOccurrence[], at: number): number {
  return firstNameFrom(names, at) - 1;
}
