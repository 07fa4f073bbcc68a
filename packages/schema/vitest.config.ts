import { defineConfig } from 'vitest/config';

// CI shares a 2-core machine with other work: vitest's 5 s default can pass for a slow machine, not a
// slow test. Hangs are still caught, just later.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
