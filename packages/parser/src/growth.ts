/**
 * Test helper: how the CPU time of a function grows with its input. CPU time of this process, not wall-clock time,
 * and the fastest of several runs, so that a busy machine moves the figure little.
 */

/** CPU milliseconds (user + system) of one call. */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** How much larger the large input of `growth` is than the small one. */
export const GROWTH_FACTOR = 16;

/** What `growth` measured: the fastest CPU time at the small and the large size, and their ratio. */
export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/**
 * The ratio of the fastest CPU times of `fn` on `make(16 * n)` and on `make(n)`, each call repeated `repeat` times so
 * that a sample is long enough to measure. Linear code gives about 16, quadratic about 256: a factor this wide keeps
 * the two apart even when caches and a busy machine make the large input two or three times dearer per character. Times under `floorMs`
 * count as `floorMs`, so that timer noise on tiny inputs cannot make a large ratio.
 */
export function growth(fn: (text: string) => unknown, make: (n: number) => string, n: number, repeat = 1, floorMs = 2): Growth {
  const small = make(n);
  const large = make(GROWTH_FACTOR * n);
  const sample = (text: string) =>
    cpuMs(() => {
      for (let i = 0; i < repeat; i += 1) fn(text);
    });
  // Both sizes warmed first (the JIT settles on the first calls), then sampled in turn so that a burst of load hits
  // both alike; the fastest sample of each is the one least disturbed by other work on the machine.
  // A collection owed by earlier work is paid before, not billed to the input.
  (globalThis as { gc?: () => void }).gc?.();
  sample(small);
  sample(large);
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < 2; i += 1) {
    smallTimes.push(sample(small));
    largeTimes.push(sample(large));
  }
  const s = Math.min(...smallTimes);
  const l = Math.min(...largeTimes);
  return { small: s, large: l, ratio: l / Math.max(s, floorMs) };
}

/** `unit` repeated up to `n` characters (cut at a code point boundary). */
export function repeatTo(unit: string, n: number): string {
  const text = unit.repeat(Math.ceil(n / Math.max(unit.length, 1)));
  const cut = text.slice(0, n);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
