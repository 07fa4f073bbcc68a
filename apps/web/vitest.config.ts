import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests: happy-dom, colocated under src/. The browser e2e run has its own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
