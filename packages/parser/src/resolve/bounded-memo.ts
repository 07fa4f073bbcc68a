/**
 * How many keys a memo keeps before it starts again. Most look-ups (a million a pass over Reuters) are of names of the
 * same article, so a few thousand serve as well as 20,000, in a fifth of the memory and more of it in the processor's
 * cache; bounded, so that a long run of parses keeps flat memory.
 */
const MEMO_BOUND = 4_000;

/** `read`, memoized by its string argument in a map cleared whenever it holds more than MEMO_BOUND keys. */
export function boundedMemo<T>(read: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let found = memo.get(key);
    if (found === undefined) {
      found = read(key);
      if (memo.size > MEMO_BOUND) memo.clear();
      memo.set(key, found);
    }
    return found;
  };
}
