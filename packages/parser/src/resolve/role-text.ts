import { NAME_STOP_WORDS } from '../lexicon/name-context';
import { trimEnd } from '@claimline/schema';

/**
 * Whether words written before or beside a name are a role ("Putin's spokesman", "U.S. Secretary of
 * State", "26-year-old"): words with letters that do not end on a function word. Not a number or a
 * time ("73", "27 p.m."), a name cut off by a conjunction ("Musk and", "One of"), or a clause ("will
 * have to square what").
 */
export function isRole(role: string): boolean {
  const words = role.trim().split(/\s+/);
  const last = trimEnd((words.at(-1) ?? '').toLowerCase(), '.,;:');
  if (!/\p{L}{2}/u.test(role) || /^\d+(?:[:.]\d+)?$/.test(words[0] ?? '') || NAME_STOP_WORDS.has(last)) return false;
  return !/^\d+\s*(?:a\.m\.|p\.m\.)/i.test(role);
}
