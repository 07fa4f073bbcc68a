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
    // Vitest's default of one worker fewer than the cores runs this suite, the longest of CI, file
    // by file on two cores; most of a file's time is waiting on its database and parser worker.
    maxWorkers: 2,
    // Every file imports the whole API (parser, router, drivers): isolated, each paid for that again,
    // 4 s a file on a busy machine. The files share no module state: each opens its own database and
    // parser pool.
    isolate: false,
    projects: [
      {
        extends: true as const,
        test: { name: 'pglite', env: { TEST_DATABASE_URL: '' }, globalSetup: ['./src/test/pglite-template.ts'] },
      },
      ...(postgresUrl ? [{ extends: true as const, test: { name: 'postgres', env: { TEST_DATABASE_URL: postgresUrl } } }] : []),
    ],
  },
});
