import { claimTextKey, claimWords } from './claim-words';
import { minHashBands } from './min-hash-bands';

/** A quote text as claims compare it: its normalized words, its text key and its MinHash bands. */
export interface ClaimText {
  words: string[];
  key: string;
  bands: string[];
}

/** The claim text of one quote text (claimWords, claimTextKey, minHashBands). */
export function claimText(text: string): ClaimText {
  const words = claimWords(text);
  return { words, key: claimTextKey(words), bands: minHashBands(words) };
}

/**
 * The claim texts of many quote texts, keyed by the text: pure work a batch does before its
 * transaction (storeParsedMany), so the time it holds its locks is spent on the database. In a
 * profile of 8,000 Reuters articles stored on PostgreSQL these words, keys and bands were 0.53 s of
 * the 2.26 s assignClaimKeys took inside the transaction.
 */
export function claimTexts(texts: Iterable<string>): Map<string, ClaimText> {
  const out = new Map<string, ClaimText>();
  for (const text of texts) if (!out.has(text)) out.set(text, claimText(text));
  return out;
}
