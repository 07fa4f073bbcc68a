import type { SourceKind } from '@claimline/schema';
import type { ResolveContext } from './context';
import type { Gender } from './name-occurrence';
import { isInCapitals } from '../tokens';
import { initialLetters, isAcronym, isSlashInitials, sameNameWords, words } from './name-words';
import { companyOfFirstWord, companyOfInitials, companyOfShortName } from './company-short-form';
import { nearSpelling } from './near-spelling';
import { isPlaceName } from '../lexicon/places';
import { givenNameGender } from '../lexicon/given-names';

/** A name's fullest form in the article and the roles written with it. */
export interface FullName {
  name: string;
  roles: string[];
  /** The gender of the fullest form's mention (its title or the pronoun after it), or null. */
  gender: Gender;
}

/** The fullest name in the article that the short one is part of ("Peskov" -> "Dmitry Peskov"). */
export function fullest(ctx: ResolveContext, name: string, kind: SourceKind, gender: Gender = null): FullName {
  // (By kind and gender, then by the name itself: no key string built and hashed per look-up.)
  const of = gender === null ? kind : `${kind}:${gender}`;
  let byName = ctx.fullestCache.get(of);
  if (byName === undefined) {
    byName = new Map();
    ctx.fullestCache.set(of, byName);
  }
  let found = byName.get(name);
  if (found === undefined) {
    found = findFullest(ctx, name, kind, gender);
    byName.set(name, found);
  }
  // "Moody's said" after "Moody's Investors Service Inc said": the name index cuts a name at its "'s", so the company is
  // looked for among the speakers found so far too (not cached: they grow claim by claim).
  if (kind === 'organization' && found.name === name && !name.includes(' ') && !isInCapitals(name)) {
    const first = words(name)[0] ?? '';
    const long = companyOfFirstWord(ctx.entities, first);
    if (long !== null) return { name: long, roles: found.roles, gender: null };
  }
  // "S/P said" after "Standard and Poor's Corp said" (a name the index cuts at its "'s" too): a company by its initials.
  // (Only a name with its "and": "S and P" is no "Security Pacific Corp".)
  if (found.name === name && isSlashInitials(name)) {
    const long = companyOfInitials(
      ctx.entities.filter((e) => JOINED_NAME.test(e.name)),
      initialLetters(name),
    );
    if (long !== null) return { name: long, roles: found.roles, gender: null };
  }
  // "Data General said" after "Data General Corp said": a company's name without its legal form.
  if (kind === 'organization' && found.name === name && name.includes(' ')) {
    const long = companyOfShortName(ctx, name);
    if (long !== null) return { name: long, roles: found.roles, gender: null };
  }
  // A person speaking as "I" by first name ("says Michael") is the one full name the article gives with it.
  if (kind === 'person' && found.name === name && !name.includes(' ') && ctx.firstPerson) {
    const full = byFirstName(ctx, name);
    if (full !== null) return { name: full, roles: found.roles, gender: found.gender };
  }
  return found;
}

/** A name of two parts joined by "and" or "&", which initials with a slash or "and" stand for ("Standard and Poor's Corp"). */
const JOINED_NAME = / (?:and|&) /;

/** The fullest form of a person's name in the article. */
export function fullestName(ctx: ResolveContext, name: string): string {
  return fullest(ctx, name, 'person').name;
}

/** The one full name of a person in the article that starts with `first`, or null (none, or several). */
function byFirstName(ctx: ResolveContext, first: string): string | null {
  const cached = ctx.firstNameCache.get(first);
  if (cached !== undefined) return cached;
  const key = words(first)[0] ?? '';
  let match: string | null = null;
  let count = 0;
  // (Read in place, not from a copied slice; a name's words, a memo look-up each, only for another person's name.)
  const sharing = ctx.namesByWord.get(key) ?? [];
  for (let k = 0; k < Math.min(sharing.length, 200); k += 1) {
    const n = sharing[k];
    if (n === undefined || n.kind !== 'person' || n.name === match) continue;
    const nw = words(n.name);
    if (nw.length < 2 || nw.length > 3 || nw[0] !== key) continue;
    match = n.name;
    count += 1;
  }
  const found = count === 1 ? match : null;
  ctx.firstNameCache.set(first, found);
  return found;
}

function findFullest(ctx: ResolveContext, name: string, kind: SourceKind, gender: Gender): FullName {
  let best = name;
  let bestGender: Gender = null;
  let otherGender = false;
  const roles: string[] = [];
  const w = words(name);
  let bestLength = w.length;
  // An acronym stands for the name whose initials it is ("the PBO", "S/P").
  if (isAcronym(name) || isSlashInitials(name)) {
    const long = ctx.byInitials.get(initialLetters(name));
    if (long !== undefined && (!isSlashInitials(name) || JOINED_NAME.test(long.name)))
      return { name: long.name, roles: long.role === null ? [] : [long.role], gender: long.gender };
  }
  // "Burundi is kicking out ..." beside "SOS Medias Burundi": a country speaks for itself, not for a body named after it.
  if (kind === 'organization' && isPlaceName(name)) return { name, roles: [], gender: null };
  // The first couple of hundred mentions sharing the word: full names come early, and long texts stay linear.
  // (Read in place, not from a copied slice: this runs for every name resolved.)
  const sharing = ctx.namesByWord.get(w.at(-1) ?? '') ?? [];
  for (let k = 0; k < Math.min(sharing.length, 200); k += 1) {
    const n = sharing[k];
    if (n === undefined) continue;
    // "Wang" -> "Wang Qishan" (family name first) only for a person the text gives a title or pronoun.
    const nw = words(n.name);
    const familyFirst = w.length === 1 && nw[0] === w[0] && nw.length <= 3 && (n.role !== null || n.gender !== null);
    const same = sameNameWords(n.name, nw, name, w) || familyFirst;
    if (!same) continue;
    // "Ms. Rose" beside "Max Rose ... he" or "Mr. Rose": a spouse, not the same person. (With no pronoun or title to
    // tell, the given name does: "Mr. Clinton" is not "Hillary Clinton"; not a family name written first, "Kim Jong Un".)
    // (The given name first: the gender an occurrence carries is its surname's, shared by the couple.)
    const known = (gender !== null && !familyFirst && nw.length >= 2 ? givenNameGender(nw[0] ?? '') : null) ?? n.gender;
    if (gender !== null && known !== null && known !== gender) {
      otherGender = true;
      continue;
    }
    if (n.role !== null && roles.length < 5 && !roles.includes(n.role)) roles.push(n.role);
    if (n.kind === kind && (nw.length > bestLength || (n.name === best && bestGender === null))) {
      best = n.name;
      bestLength = nw.length;
      bestGender = known;
    }
  }
  // With both a "Mr." and a "Ms." of the name in the article, a full name of no known gender is neither's.
  if (otherGender && bestGender !== gender) return { name, roles: [], gender };
  // "said Albert Melknikov, deputy trade representative ... Melnikov said": a surname misspelt once is the one full name
  // a letter away from it.
  if (kind === 'person' && best === name && w.length === 1) {
    const near = nearSpelling(ctx, w[0] ?? '');
    if (near !== null) return { name: near.name, roles: near.role === null ? [] : [near.role], gender: near.gender };
  }
  // "Chrysler said" after "Chrysler Motors Corp said": a company's first word (not an acronym's: "FDNY", "FDA").
  if (kind === 'organization' && best === name && w.length === 1 && !isInCapitals(name)) {
    const long = companyOfFirstWord(ctx.namesByWord.get(w[0] ?? '') ?? [], w[0] ?? '');
    if (long !== null) return { name: long, roles, gender: null };
  }
  return { name: best, roles, gender: bestGender };
}
