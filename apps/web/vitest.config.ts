import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests: happy-dom, colocated under src/. The browser e2e run has its own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // One happy-dom window and module graph for all files (each cleans up its renders after each
    // test): a fresh one a file was four fifths of the suite's time (51 to 11 s on an idle machine).
    isolate: false,
    // Sized for a busy shared 2-core CI machine, above the 10 s testing-library waits of test-setup.ts.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
