import type { Source } from '@claimline/schema';
import { isAcronym, orgBaseName, orgShortForm } from '../identity/org-name';
import { normalizeName } from '../identity/normalize-name';
import { parsePersonName } from '../identity/person-name';
import { trimEnd } from '@claimline/schema';

export { normalizeName };

/**
 * How a source's name takes part in identity resolution: `full` a person with a first name and
 * surname, `initial` a surname with one initial, `bare` a surname alone (titled or not),
 * `acronym` an organization written as its short form, `org` an organization's full name,
 * `none` anything resolution leaves alone (anonymous sources, media).
 */
export type NameForm = 'full' | 'initial' | 'bare' | 'acronym' | 'org' | 'none';

/** A source's identity: its stored key, the block of records it is resolved against, and its name form. */
export interface SourceIdentity {
  key: string;
  /** Records that may be one entity share a block: `p:<surname>` for people, `o:<short form>` for organizations. */
  block: string | null;
  form: NameForm;
  /** The title words taken off a person's name ("mayor"); they are kept as roles. */
  titles: string[];
}

/**
 * The identity a source is stored under. A person with a first name is keyed by surname, canonical
 * first name and generation ("Andrew M. Cuomo", "Gov. Andrew Cuomo" -> person:cuomo|andrew|), one
 * record across articles. A bare surname or an initial ("Trump", "Pres. Trump", "D. Trump") could
 * be anyone and an anonymous source is a different person in each article, so those are scoped to
 * the article (its content hash); identity resolution (identity/) links the former to the one person
 * they fit. Organizations are one record per name; their acronym links them to their short form.
 */
export function sourceIdentity(source: Pick<Source, 'name' | 'kind'>, contentHash: string): SourceIdentity {
  const name = normalizeName(source.name);
  switch (source.kind) {
    case 'organization': {
      // A lone capitalized word the parser took for a body ("said Cuomo" with no first person) may be
      // a surname: it is resolved with the people of that surname, and stays an organization if none fits.
      if (/^(?:(?:De|Van|Von|Di|Da|Del|Le|La|Du)\s+)?\p{Lu}\p{Ll}+$/u.test(source.name.trim()))
        return { key: `organization:${name}`, block: `p:${name.split(' ').at(-1) ?? name}`, form: 'bare', titles: [] };
      const short = orgShortForm(source.name);
      const form = isAcronym(source.name) ? 'acronym' : 'org';
      return { key: `organization:${orgBaseName(source.name) || name}`, block: short ? `o:${short}` : null, form, titles: [] };
    }
    case 'media':
      return { key: `media:${name}`, block: null, form: 'none', titles: [] };
    case 'person':
    case 'unknown': {
      if (source.kind === 'unknown' && isAcronym(source.name))
        return { key: `unknown:${name}@${contentHash}`, block: `o:${orgShortForm(source.name)}`, form: 'acronym', titles: [] };
      const person = parsePersonName(source.name);
      // A description the parser took for a name ("one Republican close to the president", "A spokesperson") is not
      // resolved, and is someone else in every article.
      if (person && !looksLikeName(source.name))
        return { key: `${source.kind}:${name}@${contentHash}`, block: null, form: 'none', titles: [] };
      if (!person) return { key: `${source.kind}:${name}@${contentHash}`, block: null, form: 'none', titles: [] };
      // Blocked by the surname's last word: "de Blasio" and a "Blasio" that lost its particle meet there.
      const block = `p:${person.surname.split(' ').at(-1) ?? person.surname}`;
      if (person.first.length > 1) {
        return { key: `person:${person.surname}|${person.first}|${person.generation}`, block, form: 'full', titles: person.titles };
      }
      const form = person.first ? 'initial' : 'bare';
      const local = trimEnd([person.surname, person.first, person.generation].join('|'), '|');
      return { key: `${source.kind}:${local}@${contentHash}`, block, form, titles: person.titles };
    }
    case 'anonymous':
      return { key: `anonymous:${name}@${contentHash}`, block: null, form: 'none', titles: [] };
  }
}

const LOWER_PARTS = /^(?:de|da|di|del|della|van|von|der|den|le|la|du|bin|ibn|al|el|dos|das|ter|st)$/;

/** Whether every word of a name is capitalized, or a surname particle ("Bill de Blasio"). */
function looksLikeName(name: string): boolean {
  return name
    .trim()
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\p{N}]/u.test(w) || LOWER_PARTS.test(w));
}

/** The key alone (see sourceIdentity). */
export function sourceKey(source: Pick<Source, 'name' | 'kind'>, contentHash: string): string {
  return sourceIdentity(source, contentHash).key;
}
