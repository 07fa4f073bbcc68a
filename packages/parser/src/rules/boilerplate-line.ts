import type { RemovedReason } from '@claimline/schema';

/**
 * Rule: a single line of page furniture inside the body ("READ MORE: ...", "WATCH: ...",
 * "Story continues below advertisement", "Also on HuffPost:"): a link or a video teaser, not the
 * article, so its headline-style "X says Y" is not a claim.
 */
const LINES: readonly [RegExp, RemovedReason][] = [
  // "Also on HuffPost:": the site's name runs to the colon, so no run of spaces can be matched two ways.
  [/^(?:(?:read more|related|more|see also|also read|recommended|top stories)\s*|also on [^:\n]{1,30}):/iu, 'related'],
  [/^(?:watch(?: below)?|listen|video|photos?|gallery)\s*:/i, 'related'],
  [
    /^(?:story continues below(?: advertisement)?|article continue[sd]? below|continue reading( below)?|advertisement|ad|click here to .{0,60}|sign up for .{0,80}newsletter.{0,40})$/i,
    'boilerplate',
  ],
];

/** The reason a paragraph is page furniture, or null when it is body text. */
export function boilerplateReason(paragraph: string): RemovedReason | null {
  const text = paragraph.trim();
  if (text.length === 0 || text.length > 300) return null;
  for (const [pattern, reason] of LINES) if (pattern.test(text)) return reason;
  return null;
}
