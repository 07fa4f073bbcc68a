import type { Claim, Mention, ParseDocument, Token } from '../document';
import type { ResolveContext } from './context';
import { classifyMention } from '../classify-mention';
import { isCapitalized, isQuoteMark, tokenAt } from '../tokens';
import { paragraphIndexAt } from './positions';
import { addEntity } from './registry';
import { resolveMention } from './resolve-mention';

/**
 * The writer of the article, when the "I" who speaks is the writer: "I asked Fratella when ...", "“I’m so sorry,” I
 * said", "As I have written previously": an "I" outside any quotation, in a paragraph that is no labelled turn of a
 * transcript ("Robert Serio: First thing I would do ..."), in an article with one author. The entity's index, or null
 * when the "I" is no narrator's or the author is unknown (then the "I" resolves as any pronoun).
 */
export function narrator(ctx: ResolveContext, m: Mention, claim: Claim): number | null {
  if (m.kind !== 'pronoun' || m.text !== 'I' || ctx.inQuotation(m.start)) return null;
  const author = soleAuthor(ctx.doc);
  if (author === null || isTranscript(ctx.doc)) return null;
  const paragraph = ctx.doc.paragraphs[paragraphIndexAt(ctx.doc, m.start)];
  // (Nor after a quotation mark still open: a quotation running on over paragraphs, each opened again (“I started ...), or
  // one closed with the wrong mark.)
  if (paragraph === undefined || openQuoteBefore(paragraph.tokens, m.start)) return null;
  const index = addEntity(ctx, author, 'person', m.start, author, null);
  ctx.writers.add(index);
  // ("I asked Raoult if ... “It was me,” he told me.": the one asked is who "he" is next.)
  if (claim.cue?.lemma === 'ask') hearerOf(ctx, claim);
  return index;
}

/**
 * The speaker of the transcript turn holding an "I" ("Robert Serio: ... if you're even bigger than that, I might ask you,
 * “Do you have any children ...?”"): the label opening the mention's paragraph, resolved; null outside a labelled turn.
 */
export function turnSpeaker(ctx: ResolveContext, m: Mention): number | null {
  if (m.kind !== 'pronoun' || m.text !== 'I' || ctx.inQuotation(m.start)) return null;
  const tokens = ctx.doc.paragraphs[paragraphIndexAt(ctx.doc, m.start)]?.tokens ?? [];
  if (!opensWithLabel(tokens)) return null;
  // (The label ends at its colon, or before a show's name: "Matt Gaetz on “Tucker Carlson Tonight”:"; opensWithLabel
  // found the colon.)
  let end = 0;
  while (tokens[end]?.text !== ':' && tokens[end]?.lower !== 'on') end += 1;
  if ((tokens[end]?.start ?? Infinity) >= m.start) return null;
  const label = classifyMention(ctx.doc.text, tokens, 0, end);
  // (Not an interview's "A:": the answer's letter names no one.)
  return label === null || label.kind !== 'name' || label.name.length < 2 ? null : resolveMention(ctx, label);
}

/**
 * Who answers the writer's question claims[from] ("I asked Fratella when he realized Trump was going too far. “I think it
 * was kind of a slow build.”"): the quotation after it is not the writer's but the answer of the one asked, named right
 * after the cue; else the speaker of the last claim before it the writer did not speak; null when there is none.
 */
export function answererOf(ctx: ResolveContext, claims: readonly Claim[], from: number): number | null {
  const asked = hearerOf(ctx, claims[from]);
  if (asked !== null) return asked;
  for (let k = from - 1; k >= 0; k -= 1) {
    const entity = claims[k]?.entity ?? null;
    if (entity !== null && !ctx.writers.has(entity)) return entity;
  }
  return null;
}

/** Whether a claim is the writer's question ("I asked Fratella when ..."), after which the one asked answers. */
export function askedByWriter(ctx: ResolveContext, claim: Claim | undefined): boolean {
  return claim?.entity != null && ctx.writers.has(claim.entity) && claim.cue?.lemma === 'ask';
}

/** The person named right after a claim's cue ("asked Raoult if ..."), resolved; null when no name follows. */
function hearerOf(ctx: ResolveContext, claim: Claim | undefined): number | null {
  const cue = claim?.cue;
  if (cue == null) return null;
  const tokens = ctx.doc.paragraphs[paragraphIndexAt(ctx.doc, cue.start)]?.tokens ?? [];
  const first = tokenAt(tokens, cue.end);
  let end = first;
  while (end < tokens.length && end < first + 4 && isCapitalized(tokens[end])) end += 1;
  const mention = end > first ? classifyMention(ctx.doc.text, tokens, first, end) : null;
  return mention?.kind === 'name' ? resolveMention(ctx, mention) : null;
}

/** The article's one author ("By Lynn Sweet" as meta), or null with none or several (then "I" is not one of them for sure). */
function soleAuthor(doc: ParseDocument): string | null {
  const authors = Array.isArray(doc.meta.authors) ? doc.meta.authors.filter((a) => typeof a === 'string' && a.trim() !== '') : [];
  return authors.length === 1 ? (authors[0]?.trim() ?? null) : null;
}

const TRANSCRIPTS = new WeakMap<ParseDocument, boolean>();

/**
 * Whether any paragraph of the article opens with a speaker's label ("Robert Serio: First thing I would do", "Matt Gaetz
 * on “Tucker Carlson Tonight”: I have called"): in a transcript the "I" of a paragraph is its turn's speaker, whose
 * label may be paragraphs above. Once per article.
 */
function isTranscript(doc: ParseDocument): boolean {
  let found = TRANSCRIPTS.get(doc);
  if (found === undefined) {
    found = doc.paragraphs.some((p) => opensWithLabel(p.tokens));
    TRANSCRIPTS.set(doc, found);
  }
  return found;
}

/**
 * Whether a paragraph opens with a speaker's label: a word in capitals ("GROSS:", "Q:"), or capitalized words with at
 * most a show's name in quotation marks after "on" ("Robert Serio:", "Matt Gaetz on “Tucker Carlson Tonight”:"), then a
 * colon; not "More:", nor a headline "Restrictions aren't always safe:".
 */
function opensWithLabel(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || !first.cap) return false;
  if (tokens[1]?.text === ':') return first.text.length > 0 && first.text === first.text.toUpperCase();
  for (let k = 1; k < Math.min(tokens.length, 12); k += 1) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.text === ':') return true;
    if (!t.cap && !isQuoteMark(t) && t.lower !== 'on') return false;
  }
  return false;
}

/** Whether a double quotation mark before `at` in the paragraph is still open there. */
function openQuoteBefore(tokens: readonly Token[], at: number): boolean {
  let open = false;
  for (const t of tokens) {
    if (t.start >= at) break;
    // (Double marks only: a nested ‘heroes’ opens and closes with single marks, and ’ is also an apostrophe.)
    if (isQuoteMark(t) && t.text !== "'" && t.text !== '’' && t.text !== '‘') open = !open;
  }
  return open;
}
