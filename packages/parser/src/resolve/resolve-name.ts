import { isGivenName } from '../lexicon/given-names';
import type { Mention } from '../document';
import type { ResolveContext } from './context';
import { nameKind } from './name-kind';
import { cleanName } from './clean-name';
import { opensSentenceAt } from './positions';
import { fullestName } from './name-lookup';
import { companyOfShortName } from './company-short-form';
import { LEGAL_FORM_IN_S } from '../lexicon/company-endings';
import { isUnnamedOffice } from './unnamed-office';
import { COORDINATED_ROLE, coordinatedFirm } from './coordinated-name';
import { addEntity, genderOf } from './registry';
import { words } from './name-words';
import { isPersonRole } from './role-text';
import { isOutletRole, oneOfBusinesses, OWNED_HEAD, OWNED_ROLE } from './business-role';
import { takesNameInS } from '../lexicon/cue-verbs';
import { COUNTRY_OF_DEMONYM, PLACES } from '../lexicon/places';
import { ROLE_NOUNS, isPersonHead } from '../lexicon/role-nouns';
import { withoutPossessive } from '../tokens';

/** The entity a name mention names, with the kind its name, its role and the article decide. */
export function resolveName(ctx: ResolveContext, m: Mention): number {
  // "Rival Hillary Clinton said", "CNN Tuesday": words glued to the name are not part of it.
  // ("Moody's said", "McDonald’s announced": a business's name in "'s" before its verb keeps it.)
  const inS = /['’]s$/.test(m.name) && takesNameInS(/^\s*([a-z]+)/.exec(ctx.doc.text.slice(m.end, m.end + 20))?.[1] ?? '');
  // The name opens its sentence when its own first word does: a role before it does not ("President X"); one after it
  // does ("Yesterday Robert Ortner, Undersecretary of Commerce, said").
  const nameAt = m.text.indexOf(m.name);
  const opens = (m.role === null || nameAt === 0) && opensSentenceAt(ctx.doc, m.start);
  const name = cleanName(ctx.doc, inS ? m.name : withoutPossessive(m.name), opens);
  // "The Greek statement", "the French said": the adjective of a people speaks as its country (not a bare "German",
  // which is as often a surname, nor "American", a company's short name).
  const country = m.text === name ? undefined : COUNTRY_OF_DEMONYM.get(name);
  if (country !== undefined) return addEntity(ctx, country, 'organization', m.start, m.text, m.role);
  // "Duff and Phelps said": two names the article never writes apart are one firm.
  const firm = m.role === null ? null : coordinatedFirm(ctx, m.role, name, m.start + m.text.indexOf(m.role));
  if (firm !== null) return addEntity(ctx, firm, 'organization', m.start, m.text, null);
  // A name in "'s" is a business's, never a person's ("Standard and Poor's").
  let kind = nameKind(name);
  // "England said" after "A.W. “Tony” England": a place's name that is the surname of a person the article names in full
  // is that person.
  if (kind === 'organization' && !name.includes(' ') && PLACES.has(name.toLowerCase()) && surnameOfPerson(ctx, name)) kind = 'person';
  if (inS && kind === 'person' && /['’]s$/.test(name)) kind = 'organization';
  // "Data General said" after "Data General Corp said": the company without its legal form.
  // ("Electronic Mail said" after "Electronic Mail Corp of America": no outlet either.)
  if ((kind === 'person' || kind === 'media') && name.includes(' ') && companyOfShortName(ctx, name) !== null) kind = 'organization';
  // "General Motors Corp's Pontiac": what a company owns is a business too (not "Discount Corp's McGroarty" after "Jim
  // McGroarty of Discount Corp").
  if (kind === 'person' && m.role !== null && LEGAL_FORM_IN_S.test(m.role) && fullestName(ctx, name) === name) kind = 'organization';
  // "General Electric said" after "General Electric Co said": a title word read as a role opens the company's name.
  const titled = m.role !== null && !m.role.includes(' ') ? `${m.role} ${name}` : null;
  if (kind === 'person' && titled !== null && companyOfShortName(ctx, titled) !== null)
    return addEntity(ctx, titled, 'organization', m.start, m.text, null);
  // "the government newspaper New Vision", "the weekly magazine Der Spiegel": the role says it is an outlet.
  if (kind !== 'media' && m.role !== null && isOutletRole(m.role)) kind = 'media';
  // "the Federal Reserve", "the Treasury": a name written with "the" is no person's (but "the AHDB's Clayton" is).
  if (
    kind === 'person' &&
    /^the\s/i.test(m.text) &&
    (m.role === null || /^the$/i.test(m.role)) &&
    !isPersonHead(words(name).at(-1) ?? '') &&
    !/['’]s\s/.test(name)
  )
    kind = 'organization';
  // "Walmart, the country’s largest grocer, said": a role that names a business makes a one-word name one (not
  // "Rafat Ali, founder of Skift, a travel news company": a role with "of" describes something else).
  // ("Intel, one of the world’s largest computer chip makers, said": one of a kind of business is one too.)
  if (
    kind === 'person' &&
    !name.includes(' ') &&
    m.role !== null &&
    (oneOfBusinesses(m.role) || OWNED_ROLE.test(m.role) || (!/\bof\b/.test(m.role) && !isPersonRole(m.role)))
  )
    kind = 'organization';
  // ... and a longer name the same way ("New Hampshire Yankee, a consortium of utility companies,").
  // (Its head, not a phrase inside it: "president of the Association of Coffee Exporters" is a person's; nor a person's
  // name with a body's description after it: "George Miller, ..., an association of major Canadian shipping companies".)
  if (
    kind === 'person' &&
    name.includes(' ') &&
    m.role !== null &&
    OWNED_HEAD.test(m.role) &&
    !isGivenName(name.split(/\s+/)[0] ?? '') &&
    // (Nor "Electronic Industries Association of Japan (EIAJ) Chairman Shoichi Saba": a person's title in it.)
    !words(m.role).some((w) => ROLE_NOUNS.has(w))
  )
    kind = 'organization';
  // A one-word name the article never gives in full, with no title or pronoun for it, is a body ("Google said").
  // Unless its own words say "I": a body speaks as "we" ("I met this sassy woman," says Michael); or the article
  // writes it as a person's ("Kunin, who ...", "Koutsoukosta and her team"); or a person of that name was found
  // before with a role or a pronoun ("Kunin, a former governor, said"), not merely speaking as "I".
  // (Its last word read only for such a name: a memo look-up for every name resolved.)
  const last = () => words(name).at(-1) ?? '';
  if (
    kind === 'person' &&
    !name.includes(' ') &&
    // ("Apple and Google said": the first of two names is no role of the second.)
    (m.role === null || COORDINATED_ROLE.test(m.role)) &&
    fullestName(ctx, name) === name &&
    genderOf(ctx, name) === null &&
    !ctx.firstPerson &&
    !transcriptLabel(ctx.doc.text, m) &&
    !ctx.personal.has(last()) &&
    !describedPerson(ctx, last()) &&
    // "“If we don’t work, we can’t survive,” Sandra said": a given name, unless the article writes it with "it"
    // ("Apple said it ...", "Ford workers") or in a longer name ("Ford Motor Co", "Elton Yates").
    !(isGivenName(name) && !ctx.writtenAsBody(name.toLowerCase()) && !inLongerName(ctx, last()))
  )
    kind = 'organization';
  // "The White House Press Secretary said": an office with no name is someone the article does not name.
  if (kind === 'person' && isUnnamedOffice(ctx, name)) return addEntity(ctx, name, 'anonymous', m.start, m.text, m.role);
  return addEntity(ctx, name, kind, m.start, m.text, m.role);
}

/**
 * Whether the mention is a transcript's label in capitals, a paragraph's first word before its colon ('"RAMOS:
 * Secretary Clinton, did you lie to them?'): a person taking a turn, not a body.
 */
function transcriptLabel(text: string, m: Mention): boolean {
  if (text[m.end] !== ':' || !IN_CAPITALS.test(m.text)) return false;
  return m.start === 0 || PARAGRAPH_OPENING.test(text.slice(Math.max(0, m.start - 2), m.start));
}
// Module constants: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const IN_CAPITALS = /^\p{Lu}{3,}$/u;
const PARAGRAPH_OPENING = /(?:^|\n)["“]?$/;

/**
 * Whether a person the article names in full ends in `word` ("Tony England", "A.W. England" for "England"): a given name
 * or initials first, or a role before it ("marketing manager Deogracias Madrid"); not "South Vietnam", "Friday Iran".
 */
function surnameOfPerson(ctx: ResolveContext, word: string): boolean {
  return (ctx.namesByWord.get(word.toLowerCase()) ?? []).some((n) => {
    if (n.kind !== 'person' || !n.name.endsWith(` ${word}`)) return false;
    const first = n.name.slice(0, n.name.indexOf(' '));
    return n.role !== null || isGivenName(first) || INITIALS.test(first);
  });
}
/** Initials written as a given name ("A.W.", "J."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Whether the article writes `word` in a name of several words ("Ford Motor Co", "Elton Yates", "L.C. Duncan Jr."). */
function inLongerName(ctx: ResolveContext, word: string): boolean {
  return ctx.names.some((n) => n.name.includes(' ') && words(n.name).includes(word));
}

/** Whether a person with this last word was found before with a role or a gender: stronger than a quote saying "I". */
function describedPerson(ctx: ResolveContext, last: string): boolean {
  return (ctx.byKey.get(`person:${last}`) ?? []).some((i) => {
    const e = ctx.entities[i];
    return e !== undefined && (e.roles.length > 0 || e.gender !== null);
  });
}
