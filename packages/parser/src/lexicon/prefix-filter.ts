/** Slot of a word's first three letters (a-z, then a-z or "other", twice) in a prefix table. */
function prefixSlot(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) - 97 : 26;
  const third = word.length > 2 ? word.charCodeAt(2) - 97 : 26;
  return ((word.charCodeAt(0) - 97) * 27 + (second >= 0 && second < 26 ? second : 26)) * 27 + (third >= 0 && third < 26 ? third : 26);
}

/**
 * A test that answers "no" for most words not in `words`, by their first three letters, without a look-up in the list:
 * the first look-up of a token's string hashes it, and rules that ask every token of every sentence ("is it a claim
 * noun?", "a speech act?") hashed nearly every token of the corpus. False only when the word is surely not in the list.
 */
export function prefixFilter(words: Iterable<string>): (word: string) => boolean {
  const table = new Uint8Array(26 * 27 * 27);
  let otherStart = false;
  for (const w of words) {
    const first = w.charCodeAt(0);
    if (first >= 97 && first <= 122) table[prefixSlot(w)] = 1;
    else otherStart = true;
  }
  return (word) => {
    const first = word.charCodeAt(0);
    if (!(first >= 97 && first <= 122)) return otherStart;
    return table[prefixSlot(word)] === 1;
  };
}
