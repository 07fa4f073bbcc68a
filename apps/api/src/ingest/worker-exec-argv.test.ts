import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './worker-exec-argv';

describe('workerExecArgv', () => {
  it('should leave out the loaders tsx starts Node with, and keep the other flags', () => {
    // process.execArgv of `tsx scripts/bench.ts` run under `node --cpu-prof`.
    const parent = [
      '--cpu-prof',
      '--require',
      '/repo/node_modules/tsx/dist/preflight.cjs',
      '--import',
      'file:///repo/node_modules/tsx/dist/loader.mjs',
      '--max-old-space-size=4096',
    ];
    expect(workerExecArgv(parent)).toEqual(['--cpu-prof', '--max-old-space-size=4096']);
  });

  it('should leave out a loader given with = and keep the flag after it', () => {
    expect(workerExecArgv(['--import=tsx', '-r', 'dotenv/config', '--max-old-space-size=2048'])).toEqual(['--max-old-space-size=2048']);
  });

  it('should leave out --expose-gc, which a worker refuses (pnpm bench:api runs with it)', () => {
    // new Worker(..., { execArgv: ['--expose-gc'] }) throws ERR_WORKER_INVALID_EXEC_ARGV: the pool could not start.
    expect(workerExecArgv(['--expose-gc', '--import', 'tsx', '--cpu-prof'])).toEqual(['--cpu-prof']);
  });
});
