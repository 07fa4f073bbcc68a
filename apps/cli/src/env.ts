import { z } from 'zod';

/** The CLI's configuration, read once from the environment: where the embedded database is, or which server to talk to. */
export const CliEnvSchema = z.object({
  /** The embedded database's folder (PGlite), as the server reads it; default: the server's own, apps/api/data. */
  CLAIMLINE_DATA_DIR: z.string().min(1).optional(),
  /** postgres://... writes to that PostgreSQL server instead of the embedded database, as the server does. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must start with postgres:// (or leave it unset for embedded PGlite)' })
    .optional(),
  /** A running server to send to instead (same as --url). */
  CLAIMLINE_URL: z.url({ error: 'CLAIMLINE_URL must be a URL such as http://127.0.0.1:3000' }).optional(),
  /** The server's write token (same as --token). */
  CLAIMLINE_API_TOKEN: z.string().min(1).optional(),
});
export type CliEnv = z.infer<typeof CliEnvSchema>;

/** Reads and validates the environment; throws one readable message listing every problem. */
export function readCliEnv(source: Record<string, string | undefined> = process.env): CliEnv {
  const result = CliEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
  throw new Error(`claimline: the environment is invalid:\n  ${problems}`);
}
