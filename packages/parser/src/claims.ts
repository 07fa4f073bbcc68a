import type { Claim, CueMatch, Mention, ParseDocument, Range, Token } from './document';

/** What the attribution rules share while they run: which characters are quoted, claimed, and which cues are used. */
export interface RuleContext {
  doc: ParseDocument;
  /** 1 where a character is inside quotation marks. */
  quoted: Uint8Array;
  /** 1 where a character already belongs to a claim. */
  claimed: Uint8Array;
  usedCues: Set<number>;
  /** Offsets of "ccording" in the text, listed on first need by the according-to rule. */
  accordingAt: number[] | null;
}

/** The memory of `quoted` and `claimed`, reused from article to article (see ruleContext); up to 1 MB is kept. */
let marks = new ArrayBuffer(1 << 16);
const MARKS_KEPT = 1 << 20;

function marksFor(bytes: number): ArrayBuffer {
  if (bytes <= marks.byteLength) return marks;
  const buffer = new ArrayBuffer(bytes);
  if (bytes <= MARKS_KEPT) marks = buffer;
  return buffer;
}

/**
 * Builds the shared context for the attribution rules. Its two arrays are views of one buffer kept
 * across calls and cleared here: a fresh pair of typed arrays for every article cost 1% of a parse.
 * The context lives only while `attribute` runs (synchronously), so no two contexts share it.
 */
export function ruleContext(doc: ParseDocument): RuleContext {
  const n = doc.text.length;
  const buffer = marksFor(2 * n);
  const quoted = new Uint8Array(buffer, 0, n);
  const claimed = new Uint8Array(buffer, n, n);
  quoted.fill(0);
  claimed.fill(0);
  for (const q of doc.quotations) quoted.fill(1, q.inner.start, q.inner.end);
  return { doc, quoted, claimed, usedCues: new Set(), accordingAt: null };
}

/** Whether any character of the range is already claimed. */
export function isClaimed(ctx: RuleContext, range: Range): boolean {
  const limit = Math.min(range.end, range.start + 4000);
  for (let i = range.start; i < limit; i += 1) if (ctx.claimed[i] === 1) return true;
  return false;
}

/** The cue of a token, as a span with its lemma. */
export function cueOf(token: Token, lemma: string): CueMatch {
  return { text: token.text, lemma, start: token.start, end: token.end };
}

/** Records a claim found by a rule, marks its characters and its cue as taken, and returns it. */
export function addClaim(
  ctx: RuleContext,
  claim: {
    span: Range;
    kind: Claim['kind'];
    cue: CueMatch | null;
    mention: Mention | null;
    rule: string;
    confidence: number;
    inherits?: boolean;
    relay?: Mention | null;
  },
): Claim {
  // Listed rather than spread from `claim`: spreading copies slowly, and every claim passes here.
  const full: Claim = {
    span: claim.span,
    kind: claim.kind,
    cue: claim.cue,
    mention: claim.mention,
    rule: claim.rule,
    confidence: claim.confidence,
    inherits: claim.inherits ?? false,
    relay: claim.relay ?? null,
    entity: null,
    via: null,
  };
  ctx.doc.claims.push(full);
  ctx.claimed.fill(1, claim.span.start, claim.span.end);
  if (claim.cue !== null) ctx.usedCues.add(claim.cue.start);
  const quotes = ctx.doc.quotations;
  for (let i = firstQuotationFrom(quotes, claim.span.start); i < quotes.length; i += 1) {
    const q = quotes[i];
    if (q === undefined || q.start >= claim.span.end) break;
    q.used = true;
  }
  return full;
}

/** Index of the first quotation starting at or after `offset` (quotations are in text order). */
export function firstQuotationFrom(quotes: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Trims spaces and end punctuation off a content range of the text ("... needs work." -> "... needs work"). */
export function trimContent(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /[\s,:;—–-]/.test(text[start] ?? '')) start += 1;
  // (An opening parenthesis too: "... victims (the actual number is ..., according to ...)" ends the claim before it.)
  while (end > start && /[\s,.;:—–(-]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * Whether a claim's cue lies in text[from, to): a participle or a coordinated cue after it ('“...,” she said, adding,
 * “...”', '“...,” McCain said, citing low growth') goes on with the same speaker, whom its claim inherits.
 */
export function claimedCueIn(ctx: RuleContext, from: number, to: number): boolean {
  for (const claim of ctx.doc.claims) if (claim.cue !== null && claim.cue.start >= from && claim.cue.start < to) return true;
  return false;
}

/** The speaker's mention of the claim whose cue starts at `cueStart`, or null (none, or no mention). */
export function speakerOfCue(ctx: RuleContext, cueStart: number): Mention | null {
  for (const claim of ctx.doc.claims) if (claim.cue?.start === cueStart) return claim.mention;
  return null;
}
