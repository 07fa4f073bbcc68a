import type { SourceKind } from '@claimline/schema';
import { ROLE_NOUNS } from '../../lexicon/role-nouns';
import { isMediaNoun } from '../name-kind';
import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';
import { isOutletRole } from '../resolve-mention';

/**
 * "The agency", "the newspaper": the news outlet named last ("agency" may also be a government agency). Not "a Hong
 * Kong newspaper", "one paper": an outlet not named before, which stays a source of its own.
 */
export const newsOutlet: NominalRefiner = (ctx, m, head) => {
  if (!isMediaNoun(head) || ROLE_NOUNS.has(head) || /^(?:a|an|one|another)\s/i.test(m.text)) return null;
  const kinds: readonly SourceKind[] = head === 'agency' ? ['media', 'organization'] : ['media'];
  // (... or a name the text calls an outlet, whatever its words: "the newspaper La Repubblica", "the daily al-Riyadh".)
  return recent(ctx, m.start, (c) => kinds.includes(c.kind) || (c.kind === 'person' && c.roles.some(isOutletRole)));
};
