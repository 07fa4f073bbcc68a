/**
 * Stage 1: offset-preserving normalization. Every replacement is one character for one, so the
 * normalized text indexes exactly like the raw input.
 */

// Spaces that are not U+0020 (NBSP, narrow NBSP, figure space, tab) and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
const ODD_SPACE = /[\u00a0\u2007\u202f\t\u000b\u000c\u0000-\u0008\u000e-\u001f\u007f\u200b]/g;

/** Whether lines are hard-wrapped at a fixed width (Reuters wire copy wraps at about 65 columns). */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let long = 0;
  let open = 0;
  // Lines that break a sentence at the wire's width: in a table or a list the lines that end without a stop are short.
  let openLong = 0;
  let widest = 0;
  // Lines that go on in lowercase at the margin after a line that stopped mid-sentence at the wire's width ("build a\n
  // multi-million dollar plant"): a sentence wrapped, which no table or list has.
  let carried = 0;
  let openBefore = false;
  let start = 0;
  // By character codes, line by line, without splitting: this runs on every article.
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let last = end;
    while (last > start && text.charCodeAt(last - 1) <= 32) last -= 1;
    let first = start;
    while (first < last && text.charCodeAt(first) <= 32) first += 1;
    if (last > first) {
      const length = last - start;
      // A line longer than any wire column: not hard-wrapped.
      if (length > 100) return false;
      lines += 1;
      if (length > widest) widest = length;
      if (length >= 40) long += 1;
      if (openBefore && first === start && isLowercaseAt(text, first)) carried += 1;
      openBefore = false;
      if (!LINE_END.includes(text[last - 1] ?? '')) {
        open += 1;
        if (length >= 40) {
          openLong += 1;
          openBefore = true;
        }
      }
    } else openBefore = false;
    start = end + 1;
  }
  if (lines >= 4 && long / lines >= 0.6 && open / lines >= 0.4) return true;
  // Else every line within a wire's columns, and either a short wire story ("... Magma Copper Co, a subsidiary of
  // Newmont\nMining Corp, said ...": two or three lines) or one of short paragraphs, whose last lines are short: the
  // lines that stop mid-sentence (nearly all of them) run to that width (but not a headline over short paragraphs, its
  // one open line); or a wire story of short sentences and a table's indented rows ("State Commerce Secretary Claude\n
  // Pope said ... build a\nmulti-million dollar ... plant here.\n    He said ..."): few lines stop mid-sentence, but
  // one goes on in lowercase.
  if (lines < 2 || widest > WIRE_WIDTH) return false;
  return (openLong >= 1 && openLong >= 0.75 * open && open >= 0.4 * lines) || carried >= 1;
}

/** Whether the character at `i` is a lowercase letter (ASCII, as wire copy is). */
function isLowercaseAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** The widest line of wire copy wrapped at about 65 columns, with room to spare. */
const WIRE_WIDTH = 80;

const LINE_END = '.!?:"”\'’)';
/**
 * A line break after a lowercase letter or a comma and before a lowercase letter or a number that opens no list item;
 * or after an abbreviation and before a lowercase letter ("a U.S.\ngovernment agency", "Jaguar Cars Inc.\nsaid").
 */
const MID_SENTENCE_BREAK =
  /(?<=[\p{Ll},])\n(?=\p{Ll}|\d+(?:st|nd|rd|th)?[ ,%\p{Ll}])|(?<=\b\p{Lu}\.\p{Lu}\.|\b(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Jr|Sr)\.)\n(?=\p{Ll})/gu;

/** Normalizes spaces and line ends, and unwraps hard-wrapped lines into their paragraphs. */
export function normalize(raw: string): string {
  let text = raw
    .replace(ODD_SPACE, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    // "Other prominent Republicans ― three former George W. Bush administration big shots ― have": a horizontal bar
    // written for a dash (The Huffington Post) sets off an aside as the em dash does.
    .replace(/\u2015/g, '—')
    .replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
  if (isHardWrapped(text)) {
    // A line break inside a paragraph becomes a space; an indented or blank next line starts a new paragraph.
    // (The break is matched first and the character before it looked behind at from after it, not captured and written
    // back: a third faster on Reuters than the capture, and a lookbehind before the break was slower than both.)
    text = text.replace(/\n(?<=[^\n]\n)(?=[^\s])/g, ' ');
  } else {
    // Too short to tell by its lines ("... said it has opened its\n101st store, ..."): a break between a lowercase
    // word, a comma or an abbreviation and a lowercase word, or a number that is no list item's ("1.", "2)"), is
    // inside a sentence.
    text = text.replace(MID_SENTENCE_BREAK, ' ');
  }
  return text;
}
