import type { ResolveContext } from './context';
import type { NameOccurrence } from './name-occurrence';
import { words } from './name-words';

/**
 * The one full person name of the article whose last word is `surname` misspelt by one letter (one added, dropped,
 * changed or two swapped), or null (none, several, or a surname of fewer than six letters: "Cole" and "Cone" are two).
 */
export function nearSpelling(ctx: ResolveContext, surname: string): NameOccurrence | null {
  if (surname.length < 6) return null;
  // ("President Reagan" beside "Donald Regan": a surname the article writes with a title is someone of its own.)
  if ((ctx.namesByWord.get(surname) ?? []).some((n) => n.role !== null)) return null;
  let found: NameOccurrence | null = null;
  for (const [word, names] of ctx.namesByWord) {
    if (word === surname || word[0] !== surname[0] || Math.abs(word.length - surname.length) > 1 || !oneEditApart(word, surname)) continue;
    for (const n of names.slice(0, 50)) {
      const nw = words(n.name);
      if (n.kind !== 'person' || nw.length < 2 || nw.at(-1) !== word || n.name === found?.name) continue;
      if (found !== null) return null;
      found = n;
    }
  }
  return found;
}

/** Whether two words differ by one letter added, dropped or changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
