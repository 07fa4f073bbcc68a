import { isPlaceName } from '../../lexicon/places';
import { isGivenName } from '../../lexicon/given-names';
import { pastDateline } from '../../subject';
import { words } from '../name-words';
import { firstNameFrom } from '../recent';
import type { ResolveContext } from '../context';
import type { NameOccurrence } from '../name-occurrence';
import { capitalizedRunBefore } from '../capitalized-run';
import { isDash, startsLower, withoutPossessive } from '../../tokens';
import { classifyMention } from '../../classify-mention';
import { CALENDAR_WORDS } from '../../lexicon/calendar';
import { PREPOSITIONS } from '../../lexicon/function-words';
import { isVerbFormOpener } from '../../lexicon/name-context';
import { ordinary } from '../not-a-name';
import { nameKind } from '../name-kind';
import { genderOf } from '../registry';
import { opensSentence, sentenceIndexAt } from '../positions';
import { isHeadlineCase } from '../headline-names';

/** The organization named first in the claim being resolved, when it opens the claim as its subject; null otherwise. */
export function claimOpeningBody(ctx: ResolveContext, business: boolean): NameOccurrence | null {
  const { start } = ctx.exclude;
  // (Found by binary search: an article with thousands of "the company said" stays linear.)
  const n = ctx.names[firstNameFrom(ctx.names, start)];
  if (n === undefined || n.at > start + 4) return null;
  return n.kind === 'organization' && n.subject && !(business && isPlaceName(n.name)) ? n : null;
}

/**
 * The one organization named inside the claim being resolved whose name holds the body's noun ("Starting Friday, all
 * 25,000 United Airlines flight attendants will be required to wear masks, the airline said"); null when none or several.
 */
export function claimBodyOfNoun(ctx: ResolveContext, head: string): NameOccurrence | null {
  const { start, end } = ctx.exclude;
  let found: NameOccurrence | null = null;
  for (let i = firstNameFrom(ctx.names, start); i < ctx.names.length; i += 1) {
    const n = ctx.names[i];
    if (n === undefined || n.at >= end) break;
    if (n.kind !== 'organization' || ctx.inQuotation(n.at)) continue;
    const w = words(n.name);
    if (!w.includes(head) && !w.includes(`${head}s`)) continue;
    if (found !== null && found.name !== n.name) return null;
    found = n;
  }
  return found;
}

/**
 * "P.H. Glatfelter said its board increased its quarterly dividend ... The company said": the speaker before, taken for
 * a person because no list knows its name, is the company when it is the article's first name, "the company" follows
 * it and nothing made it a person (no "he" or "she", no title or role, no given name first). Its kind becomes
 * organization; returns its index, or null.
 */
export function unlistedBodyBefore(ctx: ResolveContext, at: number): number | null {
  for (let t = ctx.touched.length - 1; t >= Math.max(0, ctx.touched.length - 5); t -= 1) {
    const index = ctx.touched[t] ?? -1;
    const e = ctx.entities[index];
    if (e === undefined || e.lastAt >= at) continue;
    const first = words(e.name)[0] ?? '';
    // The article's first name, its lede's subject ("P.H. Glatfelter said its board ..."): not a name met later ("...,
    // Wall Street analysts said. ... he added. The company ...").
    const lede = ctx.names[0]?.name === e.name;
    const unlisted =
      lede && e.kind === 'person' && e.gender === null && e.roles.length === 0 && words(e.name).length >= 2 && !isGivenName(first);
    if (!unlisted) return null;
    e.kind = 'organization';
    return index;
  }
  return null;
}

/**
 * "Uber's food delivery platform is launching a tool ... The ride-hailing giant announced": the capitalized word in "'s"
 * that opens the article's first sentence, before `at`, is the business its lede is about; null when there is none.
 */
export function ledePossessor(ctx: ResolveContext, at: number): { name: string; at: number } | null {
  const tokens = ctx.doc.paragraphs[0]?.tokens ?? [];
  const first = tokens[pastDateline(tokens, 0, tokens.length)];
  if (first === undefined || first.start >= at || !first.cap || !POSSESSIVE_NAME.test(first.text)) return null;
  const name = withoutPossessive(first.text);
  return isPlaceName(name) || isGivenName(name) ? null : { name, at: first.start };
}

/** "the Reagan administration", "Trump’s administration": a government named by its leader or its country. */
const ADMINISTRATION = /\badministration\b/g;

/** The last administration the text names before `at` ("Reagan administration"), or null. */
export function namedAdministrationBefore(text: string, at: number): { name: string; at: number } | null {
  const from = Math.max(0, at - 6000);
  let last: { name: string; at: number } | null = null;
  for (const match of text.slice(from, at).matchAll(ADMINISTRATION)) {
    const leader = capitalizedRunBefore(text, from + (match.index ?? 0), 3);
    if (leader !== null) last = { name: `${withoutPossessive(leader.name)} administration`, at: leader.at };
  }
  return last;
}

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
/** A capitalized name in "'s" ("Moody's", "AT&T's"). */
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.&-]*['’]s$/u;

/** Sentences before a business noun searched for the business that opens one as its subject. */
const SUBJECT_SENTENCES = 3;

/**
 * "Tesla temporarily shut down its Fremont plant ... The company argued", "Bandcamp is used by hundreds of thousands of
 * artists ... The platform says": the name that opens one of the few sentences before `at` (in its paragraph or the one
 * before) as its subject, a verb in lowercase after it, is the business "the company" stands for, when nothing makes it a
 * person, a place or an outlet (no given name, no "he" or "she", no person of that surname in the article). A sentence
 * opened by a person stops the search: the paragraph is about them. Null when there is none.
 */
export function subjectBodyBefore(ctx: ResolveContext, at: number): { name: string; at: number } | null {
  const { doc } = ctx;
  const index = sentenceIndexAt(doc, at);
  const paragraph = doc.sentences[index]?.paragraph ?? Infinity;
  for (let k = index - 1; k >= Math.max(0, index - SUBJECT_SENTENCES); k -= 1) {
    const sentence = doc.sentences[k];
    if (sentence === undefined || paragraph - sentence.paragraph > 1) return null;
    const tokens = doc.paragraphs[sentence.paragraph]?.tokens ?? [];
    const first = pastDateline(tokens, sentence.first, sentence.last);
    let end = first;
    while (end < sentence.last && end - first < 4 && tokens[end]?.cap === true && tokens[end]?.word === true) end += 1;
    const next = tokens[end];
    // (Not "Shares of Amazon rose": a noun a preposition completes; nor "Turnover 827 mln": a table's row.)
    if (end === first || next === undefined || !startsLower(next.text) || PREPOSITIONS.has(next.lower)) continue;
    // Nor a common word opening the sentence ("A group of ...", "Carrying signs, ..."): the article writes it in lowercase
    // too, or it is a verb's form; a name is capitalized inside a sentence as well, such a word only where it opens one
    // ("Three", "Proven").
    const opener = tokens[first]?.text ?? '';
    if (ordinary(doc, opener) || isVerbFormOpener(opener, true) || opener.includes('-') || !writtenInside(doc, opener)) continue;
    const mention = classifyMention(doc.text, tokens, first, end);
    if (mention === null) continue;
    if (mention.kind !== 'name' || mention.role !== null) return null;
    const name = withoutPossessive(mention.name);
    const last = words(name).at(-1) ?? '';
    const person =
      isGivenName(name.split(/\s+/)[0] ?? '') ||
      genderOf(ctx, name) !== null ||
      ctx.personal.has(last) ||
      (ctx.namesByWord.get(last) ?? []).some((n) => n.kind === 'person' && n.name !== name && n.name.endsWith(` ${name}`));
    const kind = nameKind(name);
    if (person || kind === 'media' || isPlaceName(name) || CALENDAR_WORDS.has(name.toLowerCase())) return null;
    return { name, at: mention.start };
  }
  return null;
}

/** Whether the article writes `word` capitalized somewhere other than at the opening of a sentence. */
function writtenInside(doc: ResolveContext['doc'], word: string): boolean {
  for (const { tokens } of doc.paragraphs) {
    // (A headline capitalizes every word: "Three Killed In Clash At Refinery".)
    if (isHeadlineCase(tokens)) continue;
    // (Nor is a word after a dateline's dash inside: "JOHANNESBURG, March 3 - Three black workers".)
    for (let i = 1; i < tokens.length; i += 1)
      if (withoutPossessive(tokens[i]?.text ?? '') === word && !opensSentence(tokens, i) && !isDash(tokens[i - 1])) return true;
  }
  return false;
}
