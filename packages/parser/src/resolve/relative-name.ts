import type { Token } from '../document';
import { KINSHIP_GENDER } from '../lexicon/name-context';
import { isPossessive } from '../tokens';
import { OWNERS } from '../lexicon/pronouns';

/** The gender a relative's noun right before tokens[i] gives ("his wife Donna", "her son, Jack,"), or undefined. */
export function kinGender(tokens: readonly Token[], i: number): 'm' | 'f' | undefined {
  return KINSHIP_GENDER.get(tokens[kinNounAt(tokens, i)]?.lower ?? '');
}

/**
 * The gender a relative's noun set in apposition after the name ending at tokens[end) gives ("Rebecca Patterson, Wilkins'
 * longtime girlfriend", "Patterson, his longtime girlfriend,"), or undefined: the owner's "his" there is someone else's.
 */
export function appositiveKinGender(tokens: readonly Token[], end: number): 'm' | 'f' | undefined {
  const owner = tokens[end + 1];
  // (Not "Pedro Sánchez, whose wife has tested positive": the name is the owner there.)
  if (tokens[end]?.text !== ',' || owner === undefined || !isOwner(owner) || owner.lower === 'whose') return undefined;
  for (let k = end + 2; k < Math.min(tokens.length, end + 5); k += 1) {
    // (Closed by a comma or a stop: "Laura Evans, her husband and their three kids" names three people.)
    const gender = KINSHIP_GENDER.get(tokens[k]?.lower ?? '');
    if (gender !== undefined) return tokens[k + 1]?.word === true ? undefined : gender;
    if (tokens[k]?.word !== true) return undefined;
  }
  return undefined;
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
