import type { Token } from '../document';
import { KINSHIP_GENDER } from '../lexicon/name-context';
import { isPossessive } from '../tokens';

/** Whether tokens[i] follows a relative's noun and its owner: "his wife Donna", "Joyner's son, Jack,". */
export function isRelative(tokens: readonly Token[], i: number): boolean {
  const comma = tokens[i - 1]?.text === ',';
  const noun = tokens[comma ? i - 2 : i - 1];
  const owner = tokens[comma ? i - 3 : i - 2];
  if (noun === undefined || owner === undefined || !KINSHIP_GENDER.has(noun.lower)) return false;
  return OWNERS.has(owner.lower) || isPossessive(owner.text);
}
const OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'whose']);
