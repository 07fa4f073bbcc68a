import { defineConfig } from 'vitest/config';

// The one API suite runs twice when a PostgreSQL server is given (CI): on in-memory PGlite and on
// that server. The pglite project blanks TEST_DATABASE_URL so its test databases are embedded.
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    // Every test file opens a real database (PGlite in WebAssembly, or PostgreSQL) and a parser pool;
    // on a loaded 2-core CI machine that can take longer than vitest's 5-10 s defaults.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true as const, test: { name: 'pglite', env: { TEST_DATABASE_URL: '' } } },
      ...(postgresUrl ? [{ extends: true as const, test: { name: 'postgres', env: { TEST_DATABASE_URL: postgresUrl } } }] : []),
    ],
  },
});
