import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The API's configuration, read once from the environment; every setting has a default that runs locally. */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Port to listen on. */
    PORT: z.coerce.number().int().min(0).max(65535, { error: 'PORT must be a port number (0-65535)' }).default(3000),
    /** Address to listen on; anything but loopback needs CLAIMLINE_API_TOKEN. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Where embedded PGlite keeps its files (ignored when DATABASE_URL is set). */
    CLAIMLINE_DATA_DIR: z.string().min(1).default('./data'),
    /** postgres://... switches from embedded PGlite to a PostgreSQL server. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must start with postgres:// (or leave it unset for embedded PGlite)' })
      .optional(),
    /** When set, writes need `Authorization: Bearer <token>`. */
    CLAIMLINE_API_TOKEN: z.string().min(16, { error: 'CLAIMLINE_API_TOKEN must be at least 16 characters' }).optional(),
    /** The web app's origin, the only one CORS lets call the API from a browser (Vite dev server by default). */
    CLAIMLINE_WEB_ORIGIN: z.string().default('http://localhost:5173'),
    /** The built web app served in production. */
    CLAIMLINE_WEB_DIST: z.string().default(webDist),
    /** Parser worker threads; 0 picks one per core, at most 4. */
    CLAIMLINE_PARSE_THREADS: z.coerce.number().int().min(0).max(64).default(0),
    /** Longest one article's parse may run in its worker before the worker is replaced and the article answers 422. */
    CLAIMLINE_PARSE_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(10, { error: 'CLAIMLINE_PARSE_TIMEOUT_MS must be at least 10 (milliseconds)' })
      .default(5000),
    /** Longest a request may take before it is answered with a timeout error. */
    CLAIMLINE_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** 1 lets articles.ingestUrl fetch loopback and private addresses (tests, an intranet); off by default. */
    CLAIMLINE_FETCH_ALLOW_PRIVATE: z.enum(['0', '1'], { error: 'CLAIMLINE_FETCH_ALLOW_PRIVATE must be 0 or 1' }).default('0'),
  })
  .refine((env) => env.CLAIMLINE_API_TOKEN !== undefined || LOOPBACK.has(env.HOST), {
    error:
      'HOST is not a loopback address and CLAIMLINE_API_TOKEN is not set: anyone on the network could write. ' +
      'Set CLAIMLINE_API_TOKEN to a secret of 16+ characters, or listen on HOST=127.0.0.1.',
    path: ['HOST'],
  });
export type Env = z.infer<typeof EnvSchema>;

/** Reads and validates the environment; throws one readable message listing every problem. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
  throw new Error(`Claimline cannot start, its configuration is invalid:\n  ${problems}`);
}
