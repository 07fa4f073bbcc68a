import { defineConfig } from 'vitest/config';

// Every test runs the real claimline process (a bundle build, PGlite, the parse pool, sometimes a
// server): generous timeouts for a loaded 2-core machine, and one file at a time.
export default defineConfig({
  test: {
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
