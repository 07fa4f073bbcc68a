import type { Claim, ParseDocument } from '../document';
import { anonymousPhrases } from './anonymous-antecedent';
import { ResolveContext } from './context';
import { indexNames } from './name-index';
import { resolveThrough } from './pronoun';
import { recent } from './recent';
import { resolveMention } from './resolve-mention';
import { sentenceAntecedent } from './sentence-antecedent';

/** "I", "I'm", "my", "me" as words: a claim in the first person singular. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|my|me)\b/;

/** Whether text[start, end) speaks in the first person singular (end is bounded by the caller: linear). */
function firstPersonIn(text: string, start: number, end: number): boolean {
  return FIRST_PERSON.test(text.slice(start, end));
}

/**
 * Stage 6: resolve every claim's speaker to an entity (names, surnames, pronouns, epithets), and
 * the outlet that relays anonymous sources. Fills `claim.entity`, `claim.via` and `doc.entities`.
 */
export function resolve(doc: ParseDocument): void {
  // Most wire stories quote nobody: the name index is built only for articles with claims.
  if (doc.claims.length === 0) return;
  const lastClaim = doc.claims.reduce((end, c) => Math.max(end, c.span.end), 0);
  const ctx = new ResolveContext(doc, indexNames(doc, lastClaim), () => anonymousPhrases(doc, doc.claims));
  let previous: Claim | null = null;
  for (const claim of doc.claims) {
    ctx.startClaim(claim.span, () => firstPersonIn(doc.text, claim.span.start, Math.min(claim.span.end, claim.span.start + 2000)));
    if (claim.mention !== null) {
      const antecedent = claim.mention.kind === 'pronoun' ? sentenceAntecedent(doc, claim.mention, claim.span) : null;
      claim.entity = antecedent === null ? resolveMention(ctx, claim.mention) : resolveThrough(ctx, claim.mention, antecedent);
    } else if (claim.inherits && previous !== null && claim.span.start - previous.span.end < 1500) claim.entity = previous.entity;
    const entity = claim.entity === null ? undefined : ctx.entities[claim.entity];
    if (entity?.kind === 'anonymous') claim.via = recent(ctx, claim.span.start, (c) => c.kind === 'media');
    if (entity !== undefined) entity.lastAt = Math.max(entity.lastAt, claim.mention?.start ?? claim.span.start);
    previous = claim;
  }
  doc.entities = ctx.entities;
}
