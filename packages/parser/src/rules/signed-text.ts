import type { Paragraph } from '../document';
import { addClaim, isClaimed, type RuleContext } from '../claims';
import { embeddedPost } from './embedded-post';

// A pull quote signed with a bare name: "... constitute an emergency. Linda Lamoureux". Linear: one start (^), and
// the name's classes ([\p{Ll}’'-], space, \p{Lu}) and the marks before it ([.!?], quotes, \s) never overlap, so
// each position "[.!?]" that `.*` backs off to tries one name, which stops at the next space or mark.
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
  // Cheap necessary conditions first: almost no paragraph holds a handle "(@" or ends in a lowercase letter of a
  // name (PULL's last character).
  const post = text.includes('(@') ? embeddedPost(text) : null;
  const pull = post === null && PULL_END.test(text.slice(-2)) ? PULL.exec(text) : null;
  const said = post?.said ?? pull?.[1];
  const name = post?.name ?? pull?.[2];
  if (said === undefined || name === undefined || said.split(/\s+/).length < 6) return;
  const nameAt = paragraph.start + text.lastIndexOf(name);
  const span = { start: paragraph.start, end: paragraph.start + said.length };
  if (isClaimed(ctx, span)) return;
  const mention = { text: name, start: nameAt, end: nameAt + name.length, kind: 'name' as const, name, role: null };
  addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'signed-text', confidence: 0.7 });
}
