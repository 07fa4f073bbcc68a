import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's folder (apps/web). */
export const webRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Where `vite build` writes the app the API serves. */
export const webDist = join(webRoot, 'dist');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * Builds the web app with Vite unless dist/ is newer than every source file (and the parser and schema
 * it bundles); `force` builds regardless, as the benchmark does so it never measures a stale build.
 */
export function ensureWebBuild({ force = false }: { force?: boolean } = {}): void {
  const index = join(webDist, 'index.html');
  const inputs = [
    join(webRoot, 'src'),
    join(webRoot, 'index.html'),
    join(webRoot, '../../packages/parser/src'),
    join(webRoot, '../../packages/schema/src'),
  ];
  if (!force && existsSync(index) && statSync(index).mtimeMs > Math.max(...inputs.filter(existsSync).map(newestMtime))) return;
  // Vitest runs with NODE_ENV=test, which Vite would pass on to React: a development build, 50% larger.
  execFileSync(join(webRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: webRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
