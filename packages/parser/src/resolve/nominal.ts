import type { Mention } from '../document';
import { ROLE_NOUNS, isPeoplePlural, isPluralInMen } from '../lexicon/role-nouns';
import type { ResolveContext } from './context';
import { words } from './name-words';
import { hasProperWord } from './positions';
import { addEntity } from './registry';
import { hasUpper } from '../tokens';
import { recent } from './recent';
import { bodyNoun } from './refiners/body-noun';
import { newsOutlet } from './refiners/news-outlet';
import { personNoun } from './refiners/person-noun';
import { properDescription } from './refiners/proper-description';
import { statementAuthor } from './refiners/statement-author';

/** One step of nominal resolution: the entity the description names, or null to let the next step try. */
export type NominalRefiner = (ctx: ResolveContext, m: Mention, head: string) => number | null;

/**
 * The refiners in order, after chrono: what a statement speaks for, a news outlet, a person by
 * role, a body by its noun, a proper description of the person in focus.
 */
export const NOMINAL_REFINERS: readonly NominalRefiner[] = [statementAuthor, newsOutlet, personNoun, bodyNoun, properDescription];

/** "the agency", "the Kremlin leader", "the ministry", "a statement": an epithet for someone named before, else its own source. */
export function resolveNominal(ctx: ResolveContext, m: Mention): number {
  const head = headNoun(m.text);
  // "Local media reported ...", "Russian state media have questioned ...": the press at large, a group, never the body
  // or person named before it.
  if (head === 'media') return addEntity(ctx, m.name, 'anonymous', m.start, m.text, null);
  for (const refine of NOMINAL_REFINERS) {
    const found = refine(ctx, m, head);
    if (found !== null) return found;
  }
  // "according to its website": a body's medium speaks for the body in focus.
  if (/^its\s/i.test(m.text)) {
    const body = recent(ctx, m.start, (c) => c.kind === 'organization' && c.subject);
    if (body !== null) return body;
  }
  // "health officials", "the experts": an unnamed group is anonymous, with its description; so is a group of people
  // with a body or a place before it ("Ventura officials", "Several Republican senators"), not a name ("Senate Democrats").
  // ("Bankers and businessmen": a plural in "-men" too.)
  const inMen = isPluralInMen(head);
  const group =
    (inMen || /[^s'’]s$/.test(head)) &&
    (!hasProperWord(ctx.doc, m) || ((inMen || isPeoplePlural(head, true)) && !hasUpper(finalWord(m.text))));
  return addEntity(ctx, m.name, group ? 'anonymous' : 'unknown', m.start, m.text, null);
}

const finalWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

/** The head noun of a description; of a compound, its first part when that is a role ("sergeant-at-arms" -> "sergeant"). */
export function headNoun(text: string): string {
  const lastWord = text.toLowerCase().split(/\s+/).at(-1) ?? '';
  const compound = lastWord.split('-')[0] ?? '';
  return lastWord.includes('-') && ROLE_NOUNS.has(compound) ? compound : (words(text).at(-1) ?? '');
}
