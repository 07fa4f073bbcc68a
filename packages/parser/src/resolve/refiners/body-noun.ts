import { COLLECTIVE_NOUNS } from '../../lexicon/statement-nouns';
import { COUNTRY_OF_DEMONYM, PLACES } from '../../lexicon/places';
import { BODY_DOMAINS, BUSINESS_NOUNS, ORGANIZATION_WORDS, isPeoplePlural } from '../../lexicon/role-nouns';
import { PARTY_MEMBERS } from '../../lexicon/parties';
import { words } from '../name-words';
import type { NominalRefiner } from '../nominal';
import { hasProperWord } from '../positions';
import { firstNameFrom, recent } from '../recent';
import type { ResolveContext } from '../context';
import type { NameOccurrence } from '../name-occurrence';
import { addEntity } from '../registry';
import { isGivenName } from '../../lexicon/given-names';
import { pastDateline } from '../../subject';
import { capitalizedRunBefore } from '../capitalized-run';

/**
 * A body by its noun: "police said" is the police; "the ministry", "the company" the body of that
 * name named before ("the Canadian government" is not the Australian Government), else the body in focus.
 */
export const bodyNoun: NominalRefiner = (ctx, m, head) => {
  if (!ORGANIZATION_WORDS.has(head)) return null;
  // "Acme Bank said" names a body; "company said", "government officials" describe one they do not name, and so does
  // "a Japanese refiner" or "one Tokyo bank" (a body of that kind, unnamed).
  const named = hasProperWord(ctx.doc, m) && !/^(?:a|an|one|another)\s/i.test(m.text);
  if (!/^(?:the|its|their)\b/i.test(m.text)) return addEntity(ctx, m.name, named ? 'organization' : 'anonymous', m.start, m.text, null);
  const modifiers = m.text
    .split(/\s+/)
    .slice(1, -1)
    // "The Calgary-based railway": where a body sits is no part of its name.
    .filter((w) => /^\p{Lu}/u.test(w) && !/-based$/i.test(w))
    .flatMap((w) => words(w));
  // "the local police department" is not the Department of Homeland Security: a lowercase noun for what a body
  // does must be in its name too ("the health department", the Department of Health).
  // (A business by its trade is the company in focus: "the bank holding company", "the giant automaker".)
  const domains = BUSINESS_NOUNS.has(head) ? [] : words(m.text.slice(0, m.text.lastIndexOf(' ') + 1)).filter((w) => BODY_DOMAINS.has(w));
  // ("The central bank said" after "the Federal Reserve on Thursday took action": a central bank by its own name.)
  const central = head === 'bank' && /\bcentral\s+bank$/i.test(m.text);
  const before = recent(
    ctx,
    m.start,
    (c) =>
      c.kind === 'organization' &&
      // ("The airline" is Canadian Airlines too.)
      (words(c.name).includes(head) || words(c.name).includes(`${head}s`) || (central && isCentralBank(c.name))) &&
      modifiers.every((w) => words(c.name).includes(w)) &&
      domains.every((w) => words(c.name).includes(w)),
    0,
  );
  if (before !== null) return before;
  // "A group of Boston investors told the SEC ... The group, which includes ..., said": the unnamed group of investors
  // introduced with "a" (not "the company" after "company said": a business is named, a group of investors seldom).
  if (head === 'group' && modifiers.length === 0) {
    const unnamed = recent(ctx, m.start, (c) => c.kind === 'anonymous' && INTRODUCED_GROUP.test(c.name), 0);
    if (unnamed !== null) return unnamed;
  }
  // "The administration" is the one the story named ("the Reagan administration"), never the agency or committee in focus.
  if (head === 'administration' && modifiers.length === 0 && domains.length === 0) {
    const named = namedAdministrationBefore(ctx.doc.text, m.start);
    return addEntity(ctx, named?.name ?? m.name, named === null ? 'anonymous' : 'organization', named?.at ?? m.start, m.text, null);
  }
  // "the company" is the body in focus; a collective ("the military", "the union") is its own body.
  // ("the health ministry" of no ministry named before is its own: the country in focus is often not its country.)
  if (!COLLECTIVE_NOUNS.has(head) && modifiers.length === 0 && domains.length === 0) {
    // A place speaks as its government, never as "the company" or "the insurer".
    const business = BUSINESS_NOUNS.has(head);
    // Nor is it a party's members ("House Democrats"): "A spokesman for the agency said" is the agency.
    const org = recent(
      ctx,
      m.start,
      (c) => c.kind === 'organization' && c.subject && !(business && isPlaceName(c.name)) && !isMembers(c.name),
    );
    if (org !== null) return org;
    // "PPG Industries Inc will continue to show earnings growth ..., the company said": with no body before the claim,
    // the body its own words open with (the names inside a claim are no antecedent of a pronoun, but this one is).
    // (Only "the company", "the agency": "the governor’s office says" is another body than the one the claim names.)
    const opening = m.text.trim().split(/\s+/).length === 2 ? claimOpeningBody(ctx, business) : null;
    if (opening !== null) return addEntity(ctx, opening.name, opening.kind, opening.at, opening.name, opening.role);
    const unlisted = business ? unlistedBodyBefore(ctx, m.start) : null;
    if (unlisted !== null) return unlisted;
    const possessor = business ? ledePossessor(ctx, m.start) : null;
    if (possessor !== null) return addEntity(ctx, possessor.name, 'organization', possessor.at, possessor.name, null);
  }
  // "the government" of no government named before: the government of the country the article is about ("Japanese
  // government"), one record across the store's articles, not one anonymous "government" in each.
  if (head === 'government' && modifiers.length === 0 && domains.length === 0) {
    const demonym = countryInFocus(ctx.doc.text, m.start);
    if (demonym !== null) return addEntity(ctx, `${demonym} government`, 'organization', m.start, m.text, null);
  }
  // "the company" with no company named before, "the government", "police": a body the text does not name, one
  // of many in a store of articles (each article's government is its own), so an anonymous source of this article.
  return addEntity(ctx, m.name, modifiers.length > 0 ? 'organization' : 'anonymous', m.start, m.text, null);
};

/** The organization named first in the claim being resolved, when it opens the claim as its subject; null otherwise. */
function claimOpeningBody(ctx: ResolveContext, business: boolean): NameOccurrence | null {
  const { start } = ctx.exclude;
  // (Found by binary search: an article with thousands of "the company said" stays linear.)
  const n = ctx.names[firstNameFrom(ctx.names, start)];
  if (n === undefined || n.at > start + 4) return null;
  return n.kind === 'organization' && n.subject && !(business && isPlaceName(n.name)) ? n : null;
}

/**
 * "P.H. Glatfelter said its board increased its quarterly dividend ... The company said": the speaker before, taken for
 * a person because no list knows its name, is the company when it is the article's first name, "the company" follows
 * it and nothing made it a person (no "he" or "she", no title or role, no given name first). Its kind becomes
 * organization; returns its index, or null.
 */
function unlistedBodyBefore(ctx: ResolveContext, at: number): number | null {
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
function ledePossessor(ctx: ResolveContext, at: number): { name: string; at: number } | null {
  const tokens = ctx.doc.paragraphs[0]?.tokens ?? [];
  const first = tokens[pastDateline(tokens, 0, tokens.length)];
  if (first === undefined || first.start >= at || !first.cap || !/^\p{Lu}[\p{L}.&-]*['’]s$/u.test(first.text)) return null;
  const name = first.text.replace(/['’]s$/, '');
  return isPlaceName(name) || isGivenName(name) ? null : { name, at: first.start };
}

/** "the Reagan administration", "Trump’s administration": a government named by its leader or its country. */
const ADMINISTRATION = /\badministration\b/g;

/** The last administration the text names before `at` ("Reagan administration"), or null. */
function namedAdministrationBefore(text: string, at: number): { name: string; at: number } | null {
  const from = Math.max(0, at - 6000);
  let last: { name: string; at: number } | null = null;
  for (const match of text.slice(from, at).matchAll(ADMINISTRATION)) {
    const leader = capitalizedRunBefore(text, from + (match.index ?? 0), 3);
    if (leader !== null) last = { name: `${leader.name.replace(/['’]s$/, '')} administration`, at: leader.at };
  }
  return last;
}

/** Central banks whose names do not say "bank": the Federal Reserve, the Fed, the Bundesbank. */
function isCentralBank(name: string): boolean {
  return words(name).some((w) => w === 'reserve' || w === 'fed' || w === 'bundesbank');
}

/** Whether a body's name names its members ("House Democrats", "Senate Republicans"), whom a singular noun does not name. */
function isMembers(name: string): boolean {
  const last = words(name).at(-1) ?? '';
  return PARTY_MEMBERS.has(last) || isPeoplePlural(last, false);
}

/** Whether a body's name is a place's ("China", "U.S."): a place speaks as its government, never as "the company". */
function isPlaceName(name: string): boolean {
  return PLACES.has(name.toLowerCase().replace(/\.$/, ''));
}

/** Countries by their names and their people's adjectives, with the adjective a government is named by. */
const DEMONYM_OF_WORD: ReadonlyMap<string, string> = new Map([
  ...[...COUNTRY_OF_DEMONYM].map(([demonym, country]): [string, string] => [country, demonym]),
  ...[...COUNTRY_OF_DEMONYM].map(([demonym]): [string, string] => [demonym, demonym]),
  ['U.S.', 'American'],
  ['United States', 'American'],
  ['Britain', 'British'],
  ['U.K.', 'British'],
  // Countries COUNTRY_OF_DEMONYM does not hold, by name only: a story on them names them, and without them their
  // government would be the next country's ("Hong Kong's government ... South Korea and Taiwan").
  ...[
    ...['Hong Kong', 'New Zealand', 'Zimbabwe', 'Kenya', 'Ecuador', 'Bangladesh', 'Sri Lanka', 'Zambia', 'Ghana'],
    ...['Morocco', 'Algeria', 'Tunisia', 'Libya', 'Lebanon', 'Bolivia', 'Uruguay', 'Paraguay', 'Cuba', 'Nicaragua'],
    ...['Panama', 'Costa Rica', 'Hungary', 'Romania', 'Bulgaria', 'Yugoslavia', 'Czechoslovakia', 'Luxembourg'],
    ...['Iceland', 'Cyprus', 'Qatar', 'Oman', 'Bahrain', 'Nepal', 'Burma', 'Sudan', 'Ethiopia', 'Tanzania', 'Uganda'],
    ...['Cameroon', 'Ivory Coast', 'Senegal', 'Brunei', 'Fiji', 'Papua New Guinea', 'Cambodia', 'Jamaica'],
    ...['Guatemala', 'Honduras', 'El Salvador', 'Dominican Republic', 'Haiti', 'Afghanistan', 'Burundi', 'Rwanda'],
  ].map((country): [string, string] => [country, country]),
]);
/** A country's name, or its people's adjective before a lowercase word ("Japanese officials", not "American Express"). */
const COUNTRY_WORD = new RegExp(
  `(?<![\\p{L}.])(${[...DEMONYM_OF_WORD.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replaceAll('.', '\\.'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * The people's adjective of the country the text before `at` names most ("Japanese" in a story on Japan's trade
 * surplus), the first named on a tie; null when it names none. An adjective counts before a lowercase word only.
 */
function countryInFocus(text: string, at: number): string | null {
  const counts = new Map<string, number>();
  let first: string | null = null;
  for (const match of text.slice(Math.max(0, at - 6000), at).matchAll(COUNTRY_WORD)) {
    const word = match[1] ?? '';
    const demonym = DEMONYM_OF_WORD.get(word);
    if (demonym === undefined) continue;
    // ("Japanese officials", "the Greek statement": an adjective before a word in lowercase, not a name's first word.)
    if (
      COUNTRY_OF_DEMONYM.has(word) &&
      !/^\s+\p{Ll}/u.test(text.slice((match.index ?? 0) + word.length, (match.index ?? 0) + word.length + 3))
    )
      continue;
    first ??= demonym;
    counts.set(demonym, (counts.get(demonym) ?? 0) + 1);
  }
  let best = first;
  for (const [demonym, n] of counts) if (n > (counts.get(best ?? '') ?? 0)) best = demonym;
  return best;
}

/** A group introduced unnamed: "A group", "An investor group", "group of Boston investors" ("A group of ..." without its "A"). */
const INTRODUCED_GROUP = /^(?:(?:an?\s+(?:[\w-]+\s+){0,2})?group|group\s+of\s.*)$/i;
