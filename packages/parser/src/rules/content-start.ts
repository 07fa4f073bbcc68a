import type { Token } from '../document';
import { CLAUSE_OPENERS, PREPOSITIONS, TIME_WORDS } from '../lexicon/function-words';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { isCapitalized, isWord } from '../tokens';

/** Lemmas that report speech whatever follows ("said the plan failed"); the others need "that" or a clause. */
const STRONG = new Set(['say', 'tell', 'write', 'tweet', 'post']);
/** Lemmas with a hearer between the cue and the content ("told reporters", "assured them"). */
const HEARER = new Set(['tell', 'assure', 'remind', 'inform', 'warn', 'urge', 'ask', 'promise']);
/** Words that cannot open reported content. */
const NOT_CONTENT = new Set([
  ...PREPOSITIONS, ...TIME_WORDS, 'so', 'as', 'when', 'while', 'goodbye', 'hello', 'yes', 'no', 'more', 'much',
  'nothing', 'something', 'anything', 'little', 'too', 'why', 'how', 'what', 'ago', 'online', 'out', 'up', 'down',
  'off', 'back', 'goodbye', 'sorry', 'thanks', 'thank',
]);

/** Whether a word cannot open reported content ("said in a statement", "said later"). */
export function cannotOpenContent(word: string): boolean {
  return NOT_CONTENT.has(word);
}

/** Skips a phrase of place or time after the cue ("in July", "in his New Year's speech", "by email") up to a clause opener. */
function skipPhrase(tokens: readonly Token[], i: number, limit: number): number | null {
  for (let k = i; k < Math.min(limit, i + 9); k += 1) {
    const t = tokens[k];
    if (t === undefined || (!isWord(t) && t.text !== '.' && t.text !== '’' && t.text !== "'")) return null;
    if (k > i && (CLAUSE_OPENERS.has(t.lower) || t.lower === 'that')) return k;
  }
  return null;
}

/**
 * Where the reported clause after the cue at tokens[cue] starts, or null when none does:
 * "said that ...", "said: ...", "told reporters ...", "said in July it ...", "said Thursday one ...".
 */
export function contentStart(tokens: readonly Token[], cue: number, limit: number, lemma: string): number | null {
  let i = cue + 1;
  if (tokens[i]?.text === ':') return i + 1;
  // "that" within a short stretch of words ("said on Tuesday that", "told CBC News that").
  for (let k = i; k < Math.min(limit, i + 8); k += 1) {
    const t = tokens[k];
    if (t === undefined || !isWord(t)) break;
    if (t.lower === 'that') return k;
  }
  let hearer = false;
  if (HEARER.has(lemma)) {
    // Skip the hearer: "told reporters", "told him", "told The Canadian Press".
    hearer = true;
    if (OBJECT_PRONOUNS.has(tokens[i]?.lower ?? '')) i += 1;
    else if (tokens[i]?.lower === 'the' || isCapitalized(tokens[i])) {
      i += 1;
      while (i < limit && isCapitalized(tokens[i])) i += 1;
    } else if (isWord(tokens[i])) i += 1;
  }
  // A weekday alone ("said Thursday one of ...").
  if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'yesterday' || tokens[i]?.lower === 'today') i += 1;
  const first = tokens[i];
  if (first === undefined || !isWord(first)) return null;
  if (hearer && first.lower === 'to' && lemma !== 'say') return i;
  if (first.lower === 'about' && /^\d/.test(tokens[i + 1]?.text ?? '')) return i;
  if (NOT_CONTENT.has(first.lower)) return skipPhrase(tokens, i, limit);
  if (!STRONG.has(lemma) && !CLAUSE_OPENERS.has(first.lower)) return null;
  return i;
}
