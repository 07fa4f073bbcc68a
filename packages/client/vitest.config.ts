import { defineConfig } from 'vitest/config';

// The tests start a real API server process (PGlite, parser pool), and one packs the client and
// installs it with npm in a project outside the repository: allow for a loaded CI machine.
export default defineConfig({
  test: {
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
