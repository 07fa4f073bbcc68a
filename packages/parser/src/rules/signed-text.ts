import type { Paragraph } from '../document';
import { addClaim, isClaimed, type RuleContext } from '../claims';

// An embedded post: "... text pic.twitter.com/x — Rory Medcalf (@Rory_Medcalf) December 30, 2018".
const POST =
  /^(.*?\S)\s*(?:(?:pic\.twitter\.com|https?:\/\/)\S*\s*)*[—–-]\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*\(@\w{1,30}\)(?:\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})?\s*$/u;
// A pull quote signed with a bare name: "... constitute an emergency. Linda Lamoureux".
const PULL = /^(.*[.!?]["”’)]?)\s+(\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+){1,2})$/u;
/** The last character PULL can end on: tested on the last two code units (a surrogate pair at most), it rules out most paragraphs without a scan. */
const PULL_END = /[\p{Ll}’'-]$/u;

/**
 * Rule: a paragraph signed by its author: an embedded social-media post ("— Name (@handle) date")
 * or a pull quote followed by the bare name of who said it. The text is a direct claim of that name.
 */
export function signedText(ctx: RuleContext, paragraph: Paragraph): void {
  const text = ctx.doc.text.slice(paragraph.start, paragraph.end);
  if (text.length > 2000) return;
  // Cheap necessary conditions first: the two patterns scan the whole paragraph with backtracking, and
  // almost no paragraph holds a handle "(@" or ends in a lowercase letter of a name (PULL's last character).
  const match = (text.includes('(@') ? POST.exec(text) : null) ?? (PULL_END.test(text.slice(-2)) ? PULL.exec(text) : null);
  if (match === null) return;
  const [, said, name] = match;
  if (said === undefined || name === undefined || said.split(/\s+/).length < 6) return;
  const nameAt = paragraph.start + text.lastIndexOf(name);
  const span = { start: paragraph.start, end: paragraph.start + said.length };
  if (isClaimed(ctx, span)) return;
  const mention = { text: name, start: nameAt, end: nameAt + name.length, kind: 'name' as const, name, role: null };
  addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'signed-text', confidence: 0.7 });
}
