/**
 * Test helper: how the CPU time of a function grows with its input. CPU time of this process, not wall-clock time,
 * and medians of several runs, so that a busy machine (8 helpers on 2 cores) moves the figure little.
 */

/** CPU milliseconds (user + system) of one call. */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** What `growth` measured: medians at the small and the large size, and their ratio. */
export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/**
 * The ratio of median CPU times of `fn` on `make(8 * n)` and on `make(n)`, each call repeated `repeat` times so
 * that a sample is long enough to measure. Linear code gives about 8; quadratic about 64. Times under `floorMs`
 * count as `floorMs`, so that timer noise on tiny inputs cannot make a large ratio.
 */
export function growth(fn: (text: string) => unknown, make: (n: number) => string, n: number, repeat = 1, floorMs = 2): Growth {
  const small = make(n);
  const large = make(8 * n);
  const sample = (text: string) =>
    cpuMs(() => {
      for (let i = 0; i < repeat; i += 1) fn(text);
    });
  sample(small);
  const smallTimes = [sample(small), sample(small), sample(small), sample(small), sample(small)];
  const largeTimes = [sample(large), sample(large), sample(large)];
  const s = median(smallTimes);
  const l = median(largeTimes);
  return { small: s, large: l, ratio: l / Math.max(s, floorMs) };
}

/** `unit` repeated up to `n` characters (cut at a code point boundary). */
export function repeatTo(unit: string, n: number): string {
  const text = unit.repeat(Math.ceil(n / Math.max(unit.length, 1)));
  const cut = text.slice(0, n);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
