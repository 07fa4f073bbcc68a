import { defineConfig } from 'vitest/config';

// CI shares a 2-core machine with other work: vitest's 5 s default can pass for a slow machine, not a
// slow test. Hangs are still caught, just later.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The growth tests (growth.ts) collect garbage before each timed run and keep the collector on the test's own
    // thread, so that a collection owed by earlier work, or run by helper threads, is not billed to the input.
    execArgv: ['--expose-gc', '--single-threaded-gc'],
    // The parser is pure: files share its modules instead of loading them again each (a third of
    // the suite's time on a busy machine went to imports).
    isolate: false,
  },
});
