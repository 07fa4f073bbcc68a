/**
 * Stage 1: offset-preserving normalization. Every replacement is one character for one, so the
 * normalized text indexes exactly like the raw input.
 */

// Spaces that are not U+0020 (NBSP, narrow NBSP, figure space, tab) and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
const ODD_SPACE = /[\u00a0\u2007\u202f\t\u000b\u000c\u0000-\u0008\u000e-\u001f\u007f\u200b]/g;

/** Whether lines are hard-wrapped at a fixed width (Reuters wire copy wraps at about 65 columns). */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 4) return false;
  let long = 0;
  let open = 0;
  let max = 0;
  for (const line of lines) {
    const length = line.trimEnd().length;
    max = Math.max(max, length);
    if (length >= 40) long += 1;
    if (!/[.!?:"”'’)]$/.test(line.trimEnd())) open += 1;
  }
  return max <= 100 && long / lines.length >= 0.6 && open / lines.length >= 0.4;
}

/** Normalizes spaces and line ends, and unwraps hard-wrapped lines into their paragraphs. */
export function normalize(raw: string): string {
  let text = raw.replace(ODD_SPACE, ' ').replace(/[\u2028\u2029]/g, '\n').replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
  if (isHardWrapped(text)) {
    // A line break inside a paragraph becomes a space; an indented or blank next line starts a new paragraph.
    text = text.replace(/([^\n])\n(?=[^\s])/g, '$1 ');
  }
  return text;
}
