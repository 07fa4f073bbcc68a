// A sentence ends at . ! ? (and a closing quotation mark or bracket after it) before white space, or at a paragraph break.
const END = /[.!?]["'\u201D\u2019)\]]*(?=\s)|\n\s*\n/g;

/**
 * The sentence(s) a quote sits in, from the text around it (`start`, `end`: the quote's offsets in
 * `text`): from the last sentence end before the quote to the first one at or after its end.
 * Ends inside the quote do not cut it. White space is collapsed; the result is for exports and lists.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const at = m.index + m[0].length;
    if (at <= start) from = at;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
