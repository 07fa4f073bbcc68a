import type { Mention, Paragraph, Sentence, Token } from '../document';
import { type RuleContext } from '../claims';
import { classifyMention } from '../classify-mention';
import { MONTHS } from '../lexicon/calendar';
import { prefixFilter } from '../lexicon/prefix-filter';
import { cueAt } from '../lexicon/cue-verbs';
import { subjectForm } from '../lexicon/pronouns';
import { FINITE_AFTER_SUBJECT } from '../subject';
import { isPossessive, isQuoteMark, withoutPossessive, wordsIn } from '../tokens';
import { contentEnd, emitClaim } from './reported-speech';

/** Nouns of what a speaker asserts, whose "that" clause is what they said ("Trump's claim that Obama founded ISIS"). */
const CLAIM_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['claim', 'claims', 'assertion', 'assertions', 'contention', 'insistence', 'allegation', 'allegations'].map((w): [string, string] => [
    w,
    w.replace(/s$/, ''),
  ]),
  ...['argument', 'suggestion', 'warning', 'warnings', 'promise', 'pledge', 'comment', 'comments', 'remark', 'remarks'].map(
    (w): [string, string] => [w, w.replace(/s$/, '')],
  ),
  ['statement', 'statement'],
]);
/** CLAIM_NOUNS's first letters: the rule asks every lowercase word of every sentence. */
const mayBeClaimNoun = prefixFilter(CLAIM_NOUNS.keys());
/** Nouns after which "that" opens a relative clause as often as what was said ("the comments that stand out"). */
const OFTEN_RELATIVE = new Set([
  'comment',
  'comments',
  'remark',
  'remarks',
  'statement',
  'promise',
  'pledge',
  'warning',
  'warnings',
  'argument',
]);
/** Words that open a clause with its subject. */
const CLAUSE_SUBJECTS = new Set([
  ...['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
  ...['the', 'a', 'an', 'this', 'these', 'those', 'some', 'many', 'most', 'all', 'no', 'every', 'each', 'any', 'if', 'when'],
]);
/** Words between the possessor and the noun ("Trump's earlier claim", "her March comment"). */
const MODIFIERS: ReadonlySet<string> = new Set([
  ...MONTHS,
  'earlier',
  'recent',
  'latest',
  'repeated',
  'false',
  'new',
  'previous',
  'frequent',
  'oft-repeated',
  'widely',
  'public',
]);
const MAX_SENTENCE_CHARS = 3000;
/** Tokens between the noun and "that" at the most ("his claim in a recent Fox News interview that"). */
const MAX_GAP = 8;

/** The possessor of the noun at tokens[k] ("Donald Trump’s", "the campaign's", "his") as a mention, or null. */
function possessor(text: string, tokens: readonly Token[], k: number, floor: number): Mention | null {
  let end = k;
  while (end > floor && MODIFIERS.has(tokens[end - 1]?.lower ?? '')) end -= 1;
  const owner = tokens[end - 1];
  if (owner === undefined || end - 1 < floor) return null;
  // A possessive pronoun's claim is its speaker's ("his claim in a recent interview that ...").
  if (subjectForm(owner.lower) !== owner.lower)
    return { text: owner.text, start: owner.start, end: owner.end, kind: 'pronoun', name: owner.text, role: null };
  if (!isPossessive(owner.text)) return null;
  // The possessor's phrase: its capitalized words ("Donald Trump’s"), or a determiner's phrase ("the campaign's").
  let start = end - 1;
  while (start > floor && start > end - 6 && (tokens[start - 1]?.cap === true || /^(?:the|a|an)$/.test(tokens[start - 1]?.lower ?? '')))
    start -= 1;
  // (Not "the campaign's": a determiner opens the phrase only at its first word.)
  while (start < end - 1 && tokens[start]?.cap === false && !/^(?:the|a|an)$/.test(tokens[start]?.lower ?? '')) start += 1;
  const mention = classifyMention(text, tokens, start, end);
  if (mention === null || mention.kind === 'pronoun') return null;
  // The speaker is the possessor without its "'s": "the campaign", not "the campaign's".
  return {
    text: withoutPossessive(mention.text),
    start: mention.start,
    end: mention.end - (mention.text.length - withoutPossessive(mention.text).length),
    kind: mention.kind,
    name: withoutPossessive(mention.name),
    role: mention.role,
  };
}

/**
 * Rule: a claim named by a noun and its possessor, with what was claimed in a "that" clause: "Donald Trump’s claim that
 * President Barack Obama founded ISIS", "the campaign's earlier claim that Sanders wanted ...", "his claim in a recent
 * Fox News interview that he had done so". The content is the clause to its end; the speaker the possessor.
 */
export function claimNoun(ctx: RuleContext, paragraph: Paragraph, sentence: Sentence): void {
  // (A "sentence" of thousands of characters is a list or a table: each noun would scan it to its end.)
  if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) return;
  const { tokens } = paragraph;
  const text = ctx.doc.text;
  for (let k = sentence.first + 1; k < sentence.last - 3; k += 1) {
    const token = tokens[k];
    if (
      token === undefined ||
      token.cap ||
      !mayBeClaimNoun(token.lower) ||
      !CLAIM_NOUNS.has(token.lower) ||
      ctx.quoted[token.start] === 1 ||
      ctx.claimed[token.start] === 1
    )
      continue;
    let that = k + 1;
    while (that < Math.min(sentence.last, k + MAX_GAP) && tokens[that]?.lower !== 'that') {
      const t = tokens[that];
      // ("the claims he made that ...": a verb between makes "that" no complement of the noun.)
      if (t === undefined || !t.word || FINITE_AFTER_SUBJECT.test(t.lower) || cueAt(tokens, that) !== undefined) break;
      that += 1;
    }
    if (tokens[that]?.lower !== 'that') continue;
    // ("the claim that was made": a relative clause's verb right after "that".)
    let from = that + 1;
    if (tokens[from]?.text === ',') from += 1;
    if (FINITE_AFTER_SUBJECT.test(tokens[from]?.lower ?? '') || wordsIn(tokens, from, sentence.last) < 3) continue;
    // "Trump's comments that stand in contrast to ...": after a noun as often followed by a relative clause, the
    // clause must open with its own subject (a name, a pronoun, a determiner's phrase or a quotation).
    const opener = tokens[from];
    if (OFTEN_RELATIVE.has(token.lower) && !(opener?.cap === true || isQuoteMark(opener) || CLAUSE_SUBJECTS.has(opener?.lower ?? '')))
      continue;
    const speaker = possessor(text, tokens, k, sentence.first);
    if (speaker === null) continue;
    const end = mainVerbIn(tokens, from, contentEnd(ctx, tokens, from, sentence.last, sentence.first));
    const first = tokens[from];
    const last = tokens[end - 1];
    if (first === undefined || last === undefined || end <= from) continue;
    emitClaim(ctx, token, CLAIM_NOUNS.get(token.lower) ?? token.lower, { start: first.start, end: last.end }, speaker, 'claim-noun', false);
  }
}

/** Words that open or join a clause, after which a second finite verb is that clause's own. */
const CLAUSE_LINKS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'because', 'if', 'when', 'while', 'as', 'than', ',', ';', '—']);

/**
 * Where the clause in tokens[from, end) ends when the sentence's own verb follows it: "McConnell's suggestion that
 * states would use the relief to bail out their pensions is badly off-base" (a second finite verb, no link between).
 */
function mainVerbIn(tokens: readonly Token[], from: number, end: number): number {
  let finite = -1;
  for (let i = from; i < end; i += 1) {
    const t = tokens[i];
    if (t === undefined) break;
    if (CLAUSE_LINKS.has(t.lower)) finite = -1;
    else if (FINITE_AFTER_SUBJECT.test(t.lower)) {
      if (finite >= 0 && i > finite + 1 && tokens[i - 1]?.lower !== 'not') return i;
      finite = i;
    }
  }
  return end;
}
