import { defineConfig } from 'vitest/config';

// End-to-end: a real Chromium against the real API server; one file at a time, generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
