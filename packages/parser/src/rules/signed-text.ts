import type { Paragraph } from '../document';
import { addClaim, isClaimed, type RuleContext } from '../claims';
import { embeddedPost } from './embedded-post';
import { TITLES } from '../lexicon/role-nouns';

// A pull quote signed with a bare name: "... constitute an emergency. Linda Lamoureux". Linear: one start (^), and
// the name's classes ([\p{Ll}’'-], space, \p{Lu}) and the marks before it ([.!?], quotes, \s) never overlap, so
// each position "[.!?]" that `.*` backs off to tries one name, which stops at the next space or mark.
const PULL = /^(.*[.!?]["”’)]?)\s+(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2})$/u;
/** A title abbreviation ending what PULL took for the quotation ("... war.” Sen."): its word without the period. */
const TRAILING_TITLE = /\s(\p{Lu}\p{Ll}{1,4})\.$/u;
/** Quotation marks, or a first or second person: what a pull quote's words have and a caption's have not. */
const SPOKEN = /["“”]|\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]ou|[Yy]our)\b/;
/** The last character PULL can end on: tested on the last two code units (a surrogate pair at most), it rules out most paragraphs without a scan. */
const PULL_END = /[\p{Ll}’'-]$/u;

// A signature line under a quotation: "—Jessica, New York", "– Tom Reyes, 45, Ohio". The name is one to three
// capitalized words; what follows the comma (a place, an age) is not part of it.
// A full stop may end the line ("- Sanders.", "- Hillary Clinton."), and is no part of the name.
const SIGNATURE = /^[—–-]\s*(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'.-]*){0,2})\.?(?:,[^\n]{0,60})?$/u;

/** A name without the full stop that ends its line, but with an initial's or "Jr."'s period. */
function withoutFinalStop(name: string): string {
  return name.endsWith('.') && !/(?:\b\p{Lu}|\bJr|\bSr)\.$/u.test(name) ? name.slice(0, -1) : name;
}

/** A paragraph that is one quotation, signed by the dash line after it ("“...”" / "—Jessica, New York"): that name's words. */
function signedBelow(ctx: RuleContext, paragraph: Paragraph, text: string): boolean {
  const next = ctx.doc.paragraphs[paragraph.index + 1];
  const trimmed = text.trim();
  if (next === undefined || !/^[“"]/.test(trimmed) || !/[”"]$/.test(trimmed)) return false;
  const line = ctx.doc.text.slice(next.start, next.end).trim();
  const signature = SIGNATURE.exec(line);
  const name = signature?.[1] === undefined ? undefined : withoutFinalStop(signature[1]);
  if (name === undefined) return false;
  const lead = text.length - text.trimStart().length;
  const span = { start: paragraph.start + lead, end: paragraph.start + lead + trimmed.length };
  if (isClaimed(ctx, span)) return false;
  const nameAt = next.start + ctx.doc.text.slice(next.start, next.end).indexOf(name);
  const mention = { text: name, start: nameAt, end: nameAt + name.length, kind: 'name' as const, name, role: null };
  addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'signed-below', confidence: 0.7 });
  return true;
}

// What follows the dash of a quotation signed on its own line: "Robert Schloss, chef, Saluda, N.C.". Anchored, and the
// name's words and the rest after the comma share no character class that could backtrack between them.
// A reader's handle signs too ("— @coop2804 on Twitter").
const INLINE_SIGNATURE =
  /^\s*(?:(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'.-]*){1,2})(?:, ([^\n]{0,100}))?|(@\w{1,30})(?: on \p{Lu}\p{L}{1,20})?)$/u;

/**
 * A paragraph that is one quotation signed after a dash on the same line ("“There are no plans.” — Robert Schloss, chef,
 * Saluda, N.C."): that name's words; the description after the name, when it opens in lowercase, is the role.
 */
function signedInline(ctx: RuleContext, paragraph: Paragraph, text: string): boolean {
  const trimmed = text.trim();
  if (!/^[“"]/.test(trimmed) || trimmed.length > 1500) return false;
  const dash = Math.max(trimmed.lastIndexOf('—'), trimmed.lastIndexOf('–'));
  if (dash < 0) return false;
  const quoted = trimmed.slice(0, dash).trimEnd();
  if (!/[”"]$/.test(quoted)) return false;
  const signature = INLINE_SIGNATURE.exec(trimmed.slice(dash + 1));
  const name = signature?.[1] ?? signature?.[3];
  if (name === undefined) return false;
  const lead = text.length - text.trimStart().length;
  const span = { start: paragraph.start + lead, end: paragraph.start + lead + quoted.length };
  if (isClaimed(ctx, span)) return false;
  const nameAt = paragraph.start + lead + dash + 1 + trimmed.slice(dash + 1).indexOf(name);
  const described = signature?.[2]?.split(',')[0]?.trim() ?? '';
  const role = /^\p{Ll}/u.test(described) ? described : null;
  const mention = { text: name, start: nameAt, end: nameAt + name.length, kind: 'name' as const, name, role };
  addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'signed-inline', confidence: 0.7 });
  return true;
}

/**
 * Whether the name a paragraph ends with is a photo caption's glued to it: the text around it writes the name out
 * ("... wrote in an op-ed. Former FDA Commissioner Dr. Scott Gottlieb", "... in the past. Dr. Francis Collins" / "Dr.
 * Francis Collins, the director"). Then it signs nothing.
 */
function captionName(ctx: RuleContext, paragraph: Paragraph, text: string, name: string): boolean {
  if (text.indexOf(name) < text.lastIndexOf(name)) return true;
  const next = ctx.doc.paragraphs[paragraph.index + 1];
  return next !== undefined && ctx.doc.text.slice(next.start, Math.min(next.end, next.start + 80)).includes(name);
}

/**
 * Rule: a paragraph signed by its author: an embedded social-media post ("— Name (@handle) date")
 * or a pull quote followed by the bare name of who said it, or a quotation with a dash line under it
 * ("—Jessica, New York") or after it ("“...” — Robert Schloss, chef, Saluda, N.C."). The text is a direct claim of that name.
 */
export function signedText(ctx: RuleContext, paragraph: Paragraph): void {
  const text = ctx.doc.text.slice(paragraph.start, paragraph.end);
  if (text.length > 2000) return;
  if (signedBelow(ctx, paragraph, text) || signedInline(ctx, paragraph, text)) return;
  // Cheap necessary conditions first: almost no paragraph holds a handle "(@" or ends in a lowercase letter of a
  // name (PULL's last character).
  const post = text.includes('(@') ? embeddedPost(text) : null;
  const pull = post === null && PULL_END.test(text.slice(-2)) ? PULL.exec(text) : null;
  let said = post?.said ?? pull?.[1];
  const name = post?.name ?? pull?.[2];
  if (said === undefined || name === undefined || said.split(/\s+/).length < 6) return;
  if (pull !== null && captionName(ctx, paragraph, text, name)) return;
  // A photo's caption and its credit have the pull quote's shape ("Nurses and doctors in the surgical ICU prepare to
  // ... Gilad Thaler"): words someone said are quoted, or say "I", "we" or "you".
  if (pull !== null && !SPOKEN.test(said)) return;
  // "“... in this war.” Sen. Lindsey Graham": a title's period is no end of the quotation; the title is the role.
  const title = pull === null ? undefined : TRAILING_TITLE.exec(said);
  const role = title !== undefined && title !== null && TITLES.has(title[1]?.toLowerCase() ?? '') ? (title[1] ?? null) : null;
  if (role !== null) said = said.slice(0, said.length - role.length - 1).trimEnd();
  const nameAt = paragraph.start + text.lastIndexOf(name);
  const span = { start: paragraph.start, end: paragraph.start + said.length };
  if (isClaimed(ctx, span)) return;
  const mention =
    role === null
      ? { text: name, start: nameAt, end: nameAt + name.length, kind: 'name' as const, name, role: null }
      : {
          text: `${role}. ${name}`,
          start: nameAt - role.length - 2,
          end: nameAt + name.length,
          kind: 'name' as const,
          name,
          role: `${role}.`,
        };
  addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'signed-text', confidence: 0.7 });
}
