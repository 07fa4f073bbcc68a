import type { Token } from './document';
import { NAME_STOP_WORDS } from './lexicon/name-context';
import { CAPITAL_TITLES, ROLE_NOUNS, isTitle } from './lexicon/role-nouns';
import { isQuoteMark } from './tokens';

/** A given name or initials before a nickname: a capitalized word that is no title, role or function word ("C.J.", "John"). */
function isGivenPart(t: Token | undefined): boolean {
  if (t?.cap !== true || t.word !== true) return false;
  const bare = t.lower.replace(/\.$/, '');
  return !ROLE_NOUNS.has(bare) && !isTitle(bare) && !CAPITAL_TITLES.has(t.text) && !NAME_STOP_WORDS.has(bare);
}

/**
 * Where the given names of a name with a nickname in quotation marks start, when its surname starts at tokens[i]
 * ('C.J. "Pete" Silas', 'John “Jack” Taylor': the index of "C.J.", "John"); -1 when no nickname comes before it. The
 * marks are glued to the nickname: a quotation ending before a name is no nickname.
 */
export function nicknamedNameStart(tokens: readonly Token[], i: number): number {
  const close = tokens[i - 1];
  const nick = tokens[i - 2];
  const open = tokens[i - 3];
  if (open === undefined || close === undefined || nick === undefined || !isQuoteMark(close) || !isQuoteMark(open)) return -1;
  if (nick.cap !== true || nick.word !== true || nick.start !== open.end || close.start !== nick.end) return -1;
  let g = i - 3;
  while (g > 0 && i - 3 - g < 3 && isGivenPart(tokens[g - 1])) g -= 1;
  return g < i - 3 && tokens[i]?.cap === true ? g : -1;
}
