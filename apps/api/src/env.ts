import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The Vite dev server: the origin CORS admits by default outside production. */
const DEV_WEB_ORIGIN = 'http://localhost:5173';

const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

const token = (name: string) =>
  z
    .string()
    .min(16, { error: `${name} must be at least 16 characters` })
    .optional();

const EnvFields = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Port to listen on. */
    PORT: z.coerce.number().int().min(0).max(65535, { error: 'PORT must be a port number (0-65535)' }).default(3000),
    /** Address to listen on; anything but loopback needs CLAIMLINE_API_TOKEN. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Where embedded PGlite keeps its files (ignored when DATABASE_URL is set); one process at a time. */
    CLAIMLINE_DATA_DIR: z.string().min(1).default('./data'),
    /** postgres://... switches from embedded PGlite to a PostgreSQL server. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must start with postgres:// (or leave it unset for embedded PGlite)' })
      .optional(),
    /** When set, writes need `Authorization: Bearer <token>`. */
    CLAIMLINE_API_TOKEN: token('CLAIMLINE_API_TOKEN'),
    /** When set, reads and exports need `Authorization: Bearer <token>` too (this one or the write token). */
    CLAIMLINE_READ_TOKEN: token('CLAIMLINE_READ_TOKEN'),
    /** Host names served besides loopback (comma-separated, e.g. claimline.example.org); guards against DNS rebinding. */
    CLAIMLINE_ALLOWED_HOSTS: list.default([]),
    /** Browser origins CORS admits (comma-separated); default: the Vite dev server outside production, none in production. */
    CLAIMLINE_WEB_ORIGIN: list.optional(),
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
    /** Longest a request may take before it is answered with a timeout error; also PostgreSQL's statement_timeout. */
    CLAIMLINE_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** 1 lets articles.ingestUrl fetch loopback and private addresses (tests, an intranet); off by default. */
    CLAIMLINE_FETCH_ALLOW_PRIVATE: z.enum(['0', '1'], { error: 'CLAIMLINE_FETCH_ALLOW_PRIVATE must be 0 or 1' }).default('0'),
    /** 1 (default) reparses, on start, the articles an older parser stored; 0 leaves them (a synthetic bench store). */
    CLAIMLINE_REPARSE_ON_START: z.enum(['0', '1'], { error: 'CLAIMLINE_REPARSE_ON_START must be 0 or 1' }).default('1'),
    /** The least time between two polls of one followed feed, in minutes. */
    CLAIMLINE_FEED_INTERVAL_MINUTES: z.coerce
      .number()
      .min(1, { error: 'CLAIMLINE_FEED_INTERVAL_MINUTES must be at least 1: be polite to the feeds you follow' })
      .default(15),
    /** Expensive calls (timeline, overview, ingestMany, reparse, exports) a client may make per minute; 0 turns the limit off. */
    CLAIMLINE_RATE_LIMIT: z.coerce.number().int().min(0).default(120),
    /** How long to wait for a PostgreSQL connection before the request fails. */
    CLAIMLINE_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    /** On SIGTERM/SIGINT, how long in-flight requests may run on before they are cut off. */
    CLAIMLINE_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  })
  .refine((env) => env.CLAIMLINE_API_TOKEN !== undefined || LOOPBACK.has(env.HOST), {
    error:
      'HOST is not a loopback address and CLAIMLINE_API_TOKEN is not set: anyone on the network could write. ' +
      'Set CLAIMLINE_API_TOKEN to a secret of 16+ characters, or listen on HOST=127.0.0.1.',
    path: ['HOST'],
  })
  .refine((env) => env.CLAIMLINE_READ_TOKEN === undefined || env.CLAIMLINE_API_TOKEN !== undefined, {
    error: 'CLAIMLINE_READ_TOKEN is set without CLAIMLINE_API_TOKEN: reads would be closed while writes stay open. Set both.',
    path: ['CLAIMLINE_READ_TOKEN'],
  });

/** The API's configuration, read once from the environment; every setting has a default that runs locally. `shape` reads one setting. */
export const EnvSchema = Object.assign(
  EnvFields.transform((env) => ({
    ...env,
    CLAIMLINE_WEB_ORIGIN: env.CLAIMLINE_WEB_ORIGIN ?? (env.NODE_ENV === 'production' ? [] : [DEV_WEB_ORIGIN]),
  })),
  { shape: EnvFields.shape },
);
export type Env = z.infer<typeof EnvSchema>;

/** Reads and validates the environment; throws one readable message listing every problem. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
  throw new Error(`Claimline cannot start, its configuration is invalid:\n  ${problems}`);
}
