import type { Token } from '../document';
import { occurrence, type NameOccurrence } from './name-occurrence';
import { withoutPossessive } from '../tokens';

/**
 * Whether a paragraph is a headline in title case ("Bolton and Gorka Slam ‘Neocons For Hillary’"):
 * short, with every word of four letters or more capitalized. Its capitalized runs glue verbs and nouns to
 * names ("Gorka Slam"), so a name read there counts only where the body writes it too.
 */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4) continue;
    if (!t.cap || words === 25) return false;
    words += 1;
  }
  return words >= 4;
}

/**
 * The names inside a headline's run that the body writes too, longest first from the left
 * ("Francois Hollande Says Donald Trump": Francois Hollande, Donald Trump); a run of two words
 * whose second the body writes ("Cecile Richards" before "Richards said") when none is.
 */
export function headlineNames(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
  paragraph: { start: number; end: number },
): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  for (let a = i; a < end - 1;) {
    // Capitalized words only: "Bolton and Gorka" is two people.
    let b = a;
    while (b < end && tokens[b]?.cap === true) b += 1;
    const name = (to: number) => withoutPossessive(text.slice(tokens[a]?.start ?? 0, tokens[to - 1]?.end ?? 0));
    while (b - a >= 2 && !writtenElsewhere(text, name(b), paragraph)) b -= 1;
    if (b - a < 2) {
      a += 1;
      continue;
    }
    found.push(occurrence(tokens, a, a, b, name(b), null, tokens[a]?.start ?? 0));
    a = b;
  }
  const last = tokens[end - 1];
  if (
    found.length === 0 &&
    end - i === 2 &&
    last !== undefined &&
    new RegExp(`\\b${escapeRegExp(last.text)}\\b`).test(text.slice(paragraph.end))
  ) {
    const first = tokens[i];
    if (first !== undefined) found.push(occurrence(tokens, i, i, end, text.slice(first.start, last.end), null, first.start));
  }
  return found;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `name` occurs in the text outside `paragraph`. */
export function writtenElsewhere(text: string, name: string, paragraph: { start: number; end: number }): boolean {
  const before = paragraph.start - name.length;
  return (before >= 0 && text.lastIndexOf(name, before) >= 0) || text.indexOf(name, paragraph.end) >= 0;
}
