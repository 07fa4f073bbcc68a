// Flags that load module hooks or preloads: tsx's, when the API runs under tsx (`pnpm start`, the bench, vitest).
const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
// Flags a worker refuses (ERR_WORKER_INVALID_EXEC_ARGV): `pnpm bench:api` runs with --expose-gc to read the heap it keeps.
const PROCESS_FLAGS = new Set(['--expose-gc', '--expose_gc']);

/**
 * The parent's Node flags for a parse worker, less those that load modules into it: the worker runs a plain .mjs
 * bundle (bundleWorker) and needs no loader. With tsx's, each worker start cost 1.2-1.6 s of CPU (tsx and esbuild
 * loaded and run in the thread) against 0.3-0.5 s without, and piscina starts workers again after idling or a
 * deadline. Other flags (--cpu-prof, --max-old-space-size) still reach the workers.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < execArgv.length; k += 1) {
    const flag = execArgv[k] ?? '';
    const name = flag.split('=', 1)[0] ?? '';
    if (PROCESS_FLAGS.has(name)) continue;
    if (!LOADER_FLAGS.has(name)) out.push(flag);
    // The value given as the next argument ("--import tsx") goes with its flag.
    else if (!flag.includes('=')) k += 1;
  }
  return out;
}
