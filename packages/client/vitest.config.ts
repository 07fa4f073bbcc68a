import { defineConfig } from 'vitest/config';

// The test starts a real API server process (PGlite, parser pool): allow for a loaded CI machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
