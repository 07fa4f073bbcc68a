/**
 * `text` without the run of `chars` at its end. A scan from the end: `text.replace(/[chars]+$/, '')` looks like the
 * same thing but V8 tries the run from every position, so a long run that does not reach the end takes n² steps.
 *
 * @example
 * trimEnd('https://claimline.example///', '/'); // 'https://claimline.example'
 */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
