import { defineConfig } from 'vitest/config';

// End-to-end: a real Chromium against the real API server; one file at a time, generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    // Sized for a loaded, shared 2-core CI machine (load averages of 25 seen): a bound catches a hang, not a slow machine.
    // The first hook builds the web app and starts the API server (65 s alone at load 27; waitUntilUp allows 300 s).
    testTimeout: 300_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
