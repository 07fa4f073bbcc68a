import { resolve } from 'node:path';

/**
 * Resolves a path the user typed against the directory they typed it in: `pnpm claimline` runs
 * in the repository root, but pnpm passes the caller's directory as INIT_CWD.
 */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
