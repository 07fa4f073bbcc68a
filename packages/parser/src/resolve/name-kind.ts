import type { SourceKind } from '@claimline/schema';
import { boundedMemo } from './bounded-memo';
import { readKind } from './read-kind';
import { MEDIA_WORDS } from '../lexicon/role-nouns';

/**
 * The kind of source a name is: a news outlet, an organization (by its head words or an acronym), else a person.
 * Memoized here, for every caller: the name index and the resolution of speakers ask about the same names (resolution
 * read again some 31k names a pass over Reuters that the index had just read, 6-7 µs each).
 */
export const nameKind: (name: string) => SourceKind = boundedMemo(readKind);

/** Whether a nominal head ("agency", "article") refers to a news outlet. */
export function isMediaNoun(head: string): boolean {
  return MEDIA_WORDS.has(head);
}
