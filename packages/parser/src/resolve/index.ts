import type { Mention, ParseDocument } from '../document';
import { anonymousPhrases } from './anonymous-antecedent';
import { ResolveContext } from './context';
import { indexNames } from './name-index';
import { answererOf, askedByWriter, narrator, turnSpeaker } from './narrator';
import { resolveThrough } from './pronoun';
import { paragraphIndexAt } from './positions';
import { recent } from './recent';
import { resolveMention } from './resolve-mention';
import { previousSentenceAntecedent, sentenceAntecedent } from './sentence-antecedent';
import { carriedSpeakers, speakerCases, speaksAsI } from './speaker-cases';
import { bestCase } from './speaker-model';

/**
 * Stage 6: resolve every claim's speaker to an entity (names, surnames, pronouns, epithets), and
 * the outlet that relays anonymous sources. The learned scorer first picks who speaks among the
 * rule's mention, the speaker carried over, the subjects near the claim and the names before it.
 * Fills `claim.mention`, `claim.entity`, `claim.via` and `doc.entities`.
 */
export function resolve(doc: ParseDocument): void {
  // Most wire stories quote nobody: the name index is built only for articles with claims.
  if (doc.claims.length === 0) return;
  const lastClaim = doc.claims.reduce((end, c) => Math.max(end, c.span.end), 0);
  const ctx = new ResolveContext(doc, indexNames(doc, lastClaim), () => anonymousPhrases(doc, doc.claims));
  const claims = doc.claims;
  const carried = carriedSpeakers(claims);
  // (A loop, not map(): see lowerJoin in tokens.ts.)
  const ruleMentions: (Mention | null)[] = [];
  for (const c of claims) ruleMentions.push(c.mention);
  for (let i = 0; i < claims.length; i += 1) {
    const claim = claims[i];
    if (claim === undefined) continue;
    const firstPerson = speaksAsI(doc, claim);
    ctx.startClaim(claim.span, () => firstPerson);
    const cases = speakerCases(doc, claims, i, carried, ctx.names, firstPerson);
    const pick = cases[bestCase(cases)]?.candidate;
    if (pick === undefined) claim.entity = null;
    else if (pick.origin === 'previous') {
      // The speaker's mention is shown for a quote running on in its paragraph ("“A,” he said. “B.”"),
      // not across paragraphs, where no words near the quote name anyone.
      claim.mention = paragraphIndexAt(doc, pick.mention.start) === paragraphIndexAt(doc, claim.span.start) ? pick.mention : null;
      const from = pick.from ?? -1;
      claim.entity = askedByWriter(ctx, claims[from]) ? answererOf(ctx, claims, from) : (claims[from]?.entity ?? null);
    } else {
      claim.mention = pick.mention;
      // A pronoun's antecedent: the subject of its own sentence, else for "they" the plural subject of the sentence before
      // ("The scientists were widely criticized. “...,” they responded"), else whoever spoke or was named last.
      const pronoun = pick.mention.kind === 'pronoun';
      const antecedent =
        (pronoun ? sentenceAntecedent(doc, pick.mention, claim.span) : null) ??
        (pronoun ? previousSentenceAntecedent(doc, pick.mention, claim.span) : null);
      // ("Robert Serio: First thing I would do, ... I might ask you, “...”": an "I" in a transcript's turn is its speaker.)
      const turn = turnSpeaker(ctx, pick.mention);
      claim.entity =
        turn ??
        (antecedent !== null
          ? resolveThrough(ctx, pick.mention, antecedent)
          : (narrator(ctx, pick.mention, claim) ?? resolveMention(ctx, pick.mention)));
    }
    if (claim.entity !== null) ctx.lastSpoken = claim.entity;
    const entity = claim.entity === null ? undefined : ctx.entities[claim.entity];
    // "Nakasone agreed that ..., central bank sources said.": the closing attribution names who relays the claim.
    if (claim.relay !== null) claim.via = resolveMention(ctx, claim.relay);
    else if (entity?.kind === 'anonymous') claim.via = recent(ctx, claim.span.start, (c) => c.kind === 'media');
    if (entity !== undefined) entity.lastAt = Math.max(entity.lastAt, ruleMentions[i]?.start ?? claim.span.start);
  }
  doc.entities = ctx.entities;
}
