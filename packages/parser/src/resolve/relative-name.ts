import type { Token } from '../document';
import { KINSHIP_GENDER } from '../lexicon/name-context';
import { isPossessive } from '../tokens';
import { OWNERS } from '../lexicon/pronouns';

/** The gender a relative's noun right before tokens[i] gives ("his wife Donna", "her son, Jack,"), or undefined. */
export function kinGender(tokens: readonly Token[], i: number): 'm' | 'f' | undefined {
  return KINSHIP_GENDER.get(tokens[kinNounAt(tokens, i)]?.lower ?? '');
}

/** Whether tokens[i] follows a relative's noun and its owner: "his wife Donna", "Joyner's son, Jack,". */
export function isRelative(tokens: readonly Token[], i: number): boolean {
  const noun = kinNounAt(tokens, i);
  const owner = tokens[noun - 1];
  return owner !== undefined && kinGender(tokens, i) !== undefined && isOwner(owner);
}

/** Whether a token says whose a relative is: "his", "her", "their", "my", "our", "whose" or a name in "'s". */
export function isOwner(token: Token): boolean {
  return OWNERS.has(token.lower) || isPossessive(token.text);
}

/** Where a relative's noun before the name at tokens[i] would stand: right before it, or before its comma. */
function kinNounAt(tokens: readonly Token[], i: number): number {
  return tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
}
