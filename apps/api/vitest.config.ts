import { defineConfig } from 'vitest/config';

// Every test file opens a real database (PGlite in WebAssembly, or PostgreSQL) and a parser pool;
// on a loaded 2-core CI machine that can take longer than vitest's 5-10 s defaults.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
