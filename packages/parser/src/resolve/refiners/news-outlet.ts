import type { SourceKind } from '@claimline/schema';
import { ROLE_NOUNS } from '../../lexicon/role-nouns';
import { AGENCY_HEADS, AGENCY_INITIALS, NEWS_AGENCY_NAMES, RATING_AGENCIES } from '../../lexicon/agencies';
import { withoutLastLegalForm } from '../../lexicon/company-endings';
import type { ResolveContext } from '../context';
import { isMediaNoun } from '../name-kind';
import type { NominalRefiner } from '../nominal';
import { recent, type Candidate } from '../recent';
import { words } from '../name-words';
import { isOutletRole } from '../business-role';
import { addEntity } from '../registry';

/**
 * "The agency", "the newspaper": the news outlet named last ("agency" may also be a government agency). Not "a Hong
 * Kong newspaper", "one paper": an outlet not named before, which stays a source of its own.
 */
export const newsOutlet: NominalRefiner = (ctx, m, head) => {
  // "The cable program said", "the television show": a broadcast's noun after its medium is an outlet's, not a body's.
  const broadcast = BROADCAST_HEADS.has(head) && BROADCAST_MEDIUM.test(m.text);
  if ((!isMediaNoun(head) && !broadcast) || ROLE_NOUNS.has(head) || /^(?:a|an|one|another)\s/i.test(m.text)) return null;
  if (broadcast) return recent(ctx, m.start, (c) => c.kind === 'media') ?? addEntity(ctx, m.name, 'anonymous', m.start, m.text, null);
  // "the FDA has authorized fewer than 10. The agency has taken ...", "IRNA referred to ... The agency yesterday said": a
  // news agency or a public agency before any other body (not the White House or the House committee named since).
  // (Not "the German statistics agency": a body the words describe, not one named before.)
  if (head === 'agency' && !CAPITALIZED_WORD.test(m.text.slice(m.text.indexOf(' ') + 1))) {
    const agency = recent(ctx, m.start, (c) =>
      c.kind === 'media' ? c.subject && isNewsAgency(c) : c.kind === 'organization' && isAgency(ctx, c.name),
    );
    if (agency !== null) return agency;
  }
  const kinds: readonly SourceKind[] = head === 'agency' ? ['media', 'organization'] : ['media'];
  // (... or a name the text calls an outlet, whatever its words: "the newspaper La Repubblica", "the daily al-Riyadh".)
  return recent(ctx, m.start, (c) => kinds.includes(c.kind) || (c.kind === 'person' && c.roles.some(isOutletRole)));
};

/** Nouns of a broadcast that name its outlet after a medium ("the cable program"); alone, "program" is a body's. */
const BROADCAST_HEADS: ReadonlySet<string> = new Set(['program', 'programme', 'show']);
/** A broadcast's medium right before its noun, the last word ("the cable program"). */
const BROADCAST_MEDIUM = /\b(?:cable|television|tv|radio|news)\s+\S+$/i;

/**
 * Whether a body's name is an agency's, written in full or by initials ("Census Bureau", "FDA", "Centers for Disease
 * Control and Prevention", "Moody's Investors Service Inc").
 */
function isAgency(ctx: ResolveContext, name: string): boolean {
  const full = ctx.byInitials.get(name)?.name ?? name;
  if (RATING_AGENCIES.test(full)) return true;
  // (A company is none, whatever its words: "Public Service Electric and Gas Co", "Investors Service Inc".)
  if (withoutLastLegalForm(full) !== full) return false;
  return AGENCY_INITIALS.has(name) || words(full).some((w) => AGENCY_HEADS.has(w));
}

/** Whether an outlet is a news agency ("Reuters", "the official Xinhua news agency"), not a paper or a network's desk. */
function isNewsAgency(c: Candidate): boolean {
  return NEWS_AGENCY_NAMES.test(c.name) || c.roles.some((r) => /\bagency\b/i.test(r));
}
const CAPITALIZED_WORD = /(?:^|\s)\p{Lu}/u;
