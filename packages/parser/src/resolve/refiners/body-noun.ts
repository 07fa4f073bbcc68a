import { COLLECTIVE_NOUNS } from '../../lexicon/statement-nouns';
import {
  BODY_DOMAINS,
  BUSINESS_NOUNS,
  LABOR_UNION_WORDS,
  ORGANIZATION_WORDS,
  PUBLIC_BODY_WORDS,
  isPeoplePlural,
} from '../../lexicon/role-nouns';
import { LEGAL_FORMS } from '../../lexicon/company-endings';
import { PARTY_MEMBERS } from '../../lexicon/parties';
import { words } from '../name-words';
import type { NominalRefiner } from '../nominal';
import { hasProperWord } from '../positions';
import { recent } from '../recent';
import { addEntity } from '../registry';
import {
  claimBodyOfNoun,
  claimOpeningBody,
  ledePossessor,
  namedAdministrationBefore,
  subjectBodyBefore,
  unlistedBodyBefore,
} from './body-before';
import { countryInFocus } from './country-in-focus';
import { isPlaceName } from '../../lexicon/places';
import { introducedBodyNoun } from '../introduced-body';
import { startsUpper } from '../../tokens';

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
    .filter((w) => startsUpper(w) && !/-based$/i.test(w))
    .flatMap((w) => words(w));
  // "the local police department" is not the Department of Homeland Security: a lowercase noun for what a body
  // does must be in its name too ("the health department", the Department of Health).
  // (A business by its trade is the company in focus: "the bank holding company", "the giant automaker".)
  const domains = BUSINESS_NOUNS.has(head) ? [] : words(m.text.slice(0, m.text.lastIndexOf(' ') + 1)).filter((w) => BODY_DOMAINS.has(w));
  // ("The central bank said" after "the Federal Reserve on Thursday took action": a central bank by its own name.)
  const central = head === 'bank' && /\bcentral\s+bank$/i.test(m.text);
  // ("The union said" after "The United Auto Workers said": a union by the members it is named for.)
  const union = head === 'union';
  const before = recent(
    ctx,
    m.start,
    (c) =>
      c.kind === 'organization' &&
      // ("The airline" is Canadian Airlines too.)
      (words(c.name).includes(head) ||
        words(c.name).includes(`${head}s`) ||
        (central && isCentralBank(c.name)) ||
        (union && words(c.name).some((w) => LABOR_UNION_WORDS.has(w)))) &&
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
  // "A commission set up to unravel the affairs of debt-ridden Air Lanka says ... The commission said": the unnamed body
  // of that noun introduced before, not the company in focus its description names.
  if (head !== 'group' && modifiers.length === 0 && domains.length === 0) {
    const unnamed = recent(ctx, m.start, (c) => c.kind === 'anonymous' && introducedBodyNoun(c.name) === head, 0);
    if (unnamed !== null) return unnamed;
  }
  // ("..., all 25,000 United Airlines flight attendants will be required to wear masks, the airline said": a body the
  // claim itself names by the noun, when none before does.)
  const inClaim = claimBodyOfNoun(ctx, head);
  if (inClaim !== null) return addEntity(ctx, inClaim.name, inClaim.kind, inClaim.at, inClaim.name, inClaim.role);
  // "The administration" is the one the story named ("the Reagan administration"), never the agency or committee in focus.
  if (head === 'administration' && modifiers.length === 0 && domains.length === 0) {
    const named = namedAdministrationBefore(ctx.doc.text, m.start);
    return addEntity(ctx, named?.name ?? m.name, named === null ? 'anonymous' : 'organization', named?.at ?? m.start, m.text, null);
  }
  // "the company" is the body in focus; a collective ("the military", "the union") is its own body.
  // ("the health ministry" of no ministry named before is its own: the country in focus is often not its country.)
  if (!COLLECTIVE_NOUNS.has(head) && modifiers.length === 0 && domains.length === 0) {
    // A place speaks as its government, never as "the company" or "the insurer"; nor does a public body ("The company
    // said" after "a permit ... from the Health Services department").
    const business = BUSINESS_NOUNS.has(head);
    // Nor is it a party's members ("House Democrats"): "A spokesman for the agency said" is the agency.
    const org = recent(
      ctx,
      m.start,
      (c) => c.kind === 'organization' && c.subject && !(business && (isPlaceName(c.name) || isPublicBody(c.name))) && !isMembers(c.name),
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
    // (One business: "The partners said" are the partners of a group, not the company that opened a sentence.)
    const subject = business && !head.endsWith('s') ? subjectBodyBefore(ctx, m.start) : null;
    if (subject !== null) return addEntity(ctx, subject.name, 'organization', subject.at, subject.name, null);
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

/** Central banks whose names do not say "bank": the Federal Reserve, the Fed, the Bundesbank. */
function isCentralBank(name: string): boolean {
  return words(name).some((w) => w === 'reserve' || w === 'fed' || w === 'bundesbank');
}

/** Whether a body's name names its members ("House Democrats", "Senate Republicans"), whom a singular noun does not name. */
function isMembers(name: string): boolean {
  const last = words(name).at(-1) ?? '';
  return PARTY_MEMBERS.has(last) || isPeoplePlural(last, false);
}

/** A group introduced unnamed: "A group", "An investor group", "group of Boston investors" ("A group of ..." without its "A"). */
const INTRODUCED_GROUP = /^(?:(?:an?\s+(?:[\w-]+\s+){0,2})?group|group\s+of\s.*)$/i;

/**
 * Whether a body's name is a public body's ("Office and Department of Health Services", "Commerce Department"); not a
 * company's with its legal form ("Federated Department Stores Inc", "Agency Rent-A-Car Inc").
 */
function isPublicBody(name: string): boolean {
  const w = words(name);
  return w.some((x) => PUBLIC_BODY_WORDS.has(x)) && !w.some((x) => LEGAL_FORMS.has(x) || x === 'stores');
}
