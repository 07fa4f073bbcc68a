import type { RemovedReason } from '@claimline/schema';

/**
 * Rule: the heading of a trailing block that is not the article ("Other News", "Related stories",
 * "Sign up for our newsletter"): it and everything after it are cut.
 */
const HEADINGS: readonly [RegExp, RemovedReason][] = [
  [
    /^(?:(?:other|more|latest|top|trending) (?:news|stories|headlines)|most (?:read|popular)|trending now|recommended(?: for you)?|you (?:may|might) also like)\s*:?$/i,
    'other-news',
  ],
  [
    /^(?:related(?: (?:stories|articles|coverage|content|news|links|reading))?|read (?:more|also|next)|see also|also read)\s*:?$|^more (?:from|on) [^.!?]{1,40}$/i,
    'related',
  ],
  [/^(?:sign up|subscribe|get (?:our|the) .{0,30}newsletter|newsletter)\b/i, 'newsletter'],
];

/** The reason a short paragraph heads a trailing non-article block, or null. */
export function trailingBlockReason(paragraph: string): RemovedReason | null {
  const text = paragraph.trim();
  if (text.length === 0 || text.length > 80) return null;
  for (const [pattern, reason] of HEADINGS) if (pattern.test(text)) return reason;
  return null;
}
