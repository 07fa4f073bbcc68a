import type { ParseDocument } from '../document';
import { words } from './name-words';
import { onlyPeopleDo, ownsHisAfterVerb, quotedByHeNext, relativeAfter, saysHeAfter } from './person-signs';
import { WHO } from '../lexicon/pronouns';
import { withoutPossessive } from '../tokens';

/**
 * Last words of the one-word names the article writes as a person's: "said Kunin, who has been critical" ("who" is said
 * of a person, "which" of a body), "Koutsoukosta and her team". `body` tells the words the article writes as a body's,
 * whatever "he" follows them elsewhere; it is asked only when a word "says he".
 */
export function personalNames(doc: ParseDocument, body: (word: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of doc.paragraphs) {
    for (let i = 0; i + 2 < tokens.length; i += 1) {
      const name = tokens[i];
      if (name?.cap !== true || name.word !== true) continue;
      const next = tokens[i + 1]?.lower ?? '';
      const then = tokens[i + 2]?.lower ?? '';
      // (Not "X said he ...": "Amazon said he was fired for safety violations".)
      const personal =
        (next === ',' && WHO.has(then)) ||
        (next === 'and' && (then === 'his' || then === 'her')) ||
        // (Opening its sentence or a clause after a comma, "Instead, throughout the day, Trump simply defended his use of
        // the drug": "the N.Y.U. program had been his top choice" is not the school's.)
        ((i === 0 || /^[.?!"“”,]$/.test(tokens[i - 1]?.text ?? '')) && ownsHisAfterVerb(tokens, i)) ||
        // "said Erik, Cristian's 13-year-old brother": a relative set after the name.
        (next === ',' && relativeAfter(tokens, i + 2)) ||
        // "Trump mused that ...", "Tom joked": what only people do.
        onlyPeopleDo(next) ||
        // "Trump says he's taking ...", "Auerbach said she expects ...": a person's reported speech, of a word the
        // article never follows with "it" (not "Amazon said he was fired", where it writes "Amazon said it").
        (saysHeAfter(tokens, i) && !body(withoutPossessive(name.lower))) ||
        // "Wu admitted it was unlikely ... . “...,” he told me.": a quotation "he" closes right after its claim.
        quotedByHeNext(tokens, i);
      if (personal) found.add(words(name.text).at(-1) ?? '');
    }
  }
  return found;
}
