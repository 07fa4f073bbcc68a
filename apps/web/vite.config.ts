import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In dev the API runs beside Vite (pnpm --filter @claimline/api dev); in production the API serves dist/ itself.
const api = process.env.CLAIMLINE_API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': api,
      '/export': api,
      '/feeds/searches': api,
      '/feeds/speakers': api,
    },
  },
  // The live preview's parser runs in a module worker, which may itself split into chunks.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    sourcemap: false,
    reportCompressedSize: true,
  },
});
