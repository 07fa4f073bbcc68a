import type { SourceKind } from '@claimline/schema';
import type { ResolveContext } from './context';
import type { Gender } from './name-index';
import { fullest } from './name-lookup';
import { nearestOfSurname } from './nearest-of-surname';
import { sameNameWords, words } from './name-words';
import { isPersonRole, isRole } from './role-text';
import { isPlaceName } from '../lexicon/places';

/** The gender the article's pronouns and titles give a name (by its last word), or null. */
export function genderOf(ctx: ResolveContext, name: string): Gender {
  const vote = ctx.genders.get(words(name).at(-1) ?? '') ?? 0;
  return vote > 0 ? 'm' : vote < 0 ? 'f' : null;
}

/** Records that a pronoun of `gender` referred to the entity named `name`, for later pronouns. */
export function noteGender(ctx: ResolveContext, name: string, gender: 'm' | 'f'): void {
  const key = words(name).at(-1) ?? '';
  ctx.genders.set(key, (ctx.genders.get(key) ?? 0) + (gender === 'm' ? 1 : -1));
}

/**
 * The entity a mention of `name` (of `kind`, at offset `at`, written `alias`, with `role`) names:
 * the one already found with the same name, else a new one under the fullest form of the name.
 */
/** The gender a courtesy title gives a mention ("Ms. Rose", role "Mrs."), or null. */
function courtesyGender(alias: string, role: string | null): Gender {
  const title = /^(?:Mr|Ms|Mrs|Miss)\b/.exec(role ?? alias)?.[0];
  return title === undefined ? null : title === 'Mr' ? 'm' : 'f';
}

export function addEntity(ctx: ResolveContext, name: string, kind: SourceKind, at: number, alias: string, role: string | null): number {
  const gender = kind === 'person' ? courtesyGender(alias, role) : null;
  const written = kind === 'anonymous' ? { name, roles: [], gender: null } : fullest(ctx, name, kind, gender);
  // (A titled surname, "President Trump", keeps the full name the title goes with.)
  const full = kind === 'person' && role === null ? nearestOfSurname(ctx, written, name, at) : written;
  const canonical = full.name;
  // (Its words read once: the key, each candidate's comparison and the fullest form below ask for them.)
  const canonicalWords = words(canonical);
  const key = `${kind}:${kind === 'anonymous' ? canonical : (canonicalWords.at(-1) ?? '')}`;
  const candidates = ctx.byKey.get(key) ?? [];
  let index = -1;
  // "Burundi" and "SOS Medias Burundi": a country is one with no body named after it, either way round.
  const body = kind === 'organization';
  const place = body && isPlaceName(canonical);
  // The most recent few with the same last word: enough for real text, and linear on pathological input.
  for (let c = candidates.length - 1; c >= Math.max(0, candidates.length - 50) && index < 0; c -= 1) {
    const e = ctx.entities[candidates[c] ?? -1];
    const otherGender = gender !== null && e?.gender != null && e.gender !== gender;
    if (
      e !== undefined &&
      !otherGender &&
      (kind === 'anonymous' || place || (body && isPlaceName(e.name))
        ? e.name === canonical
        : sameNameWords(e.name, words(e.name), canonical, canonicalWords))
    )
      index = candidates[c] ?? -1;
  }
  if (index < 0) {
    ctx.entities.push({
      name: canonical,
      kind,
      roles: full.roles.filter((r) => isRole(r) && (kind !== 'person' || isPersonRole(r))).slice(0, 5),
      aliases: [],
      descriptor: kind === 'anonymous' ? name : null,
      lastAt: at,
      gender: gender ?? full.gender,
    });
    index = ctx.entities.length - 1;
    candidates.push(index);
    ctx.byKey.set(key, candidates);
  }
  ctx.touched.push(index);
  const e = ctx.entities[index];
  if (e !== undefined) {
    if (canonicalWords.length > words(e.name).length) e.name = canonical;
    // Bounded lists: a source is shown with a few aliases and roles, and long texts stay linear.
    if (alias !== e.name && e.aliases.length < 20 && !e.aliases.includes(alias)) e.aliases.push(alias);
    if (role !== null && e.roles.length < 10 && !e.roles.includes(role) && isRole(role) && (kind !== 'person' || isPersonRole(role)))
      e.roles.push(role);
    e.lastAt = Math.max(e.lastAt, at);
    if (e.gender === null) e.gender = gender;
  }
  return index;
}
