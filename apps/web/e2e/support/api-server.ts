import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = fileURLToPath(new URL('../../../api', import.meta.url));

/** A running Claimline API process serving the built web app. */
export interface ApiServer {
  url: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/trpc/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API server did not answer /trpc/health within ${timeoutMs / 1000} s:\n${log()}`);
}

/** Options of startApiServer: `apiToken` makes the server refuse writes without it (CLAIMLINE_API_TOKEN; none by default). */
export interface ApiServerOptions {
  apiToken?: string;
  /** A PostgreSQL database to serve (DATABASE_URL, postgres://...) instead of a fresh PGlite directory; `stop()` leaves it as it is. */
  databaseUrl?: string;
  /** More settings for the server, e.g. CLAIMLINE_FETCH_ALLOW_PRIVATE=1 to fetch from a local test site. */
  env?: Record<string, string>;
}

/**
 * Starts the real API (`tsx src/index.ts`, NODE_ENV=production) on a free port with a fresh PGlite
 * data directory (or `databaseUrl`), serving `webDist`; `stop()` ends it and removes the PGlite data.
 */
export async function startApiServer(webDist: string, options: ApiServerOptions = {}): Promise<ApiServer> {
  const dataDir = options.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'claimline-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    CLAIMLINE_WEB_DIST: webDist,
    CLAIMLINE_WEB_ORIGIN: url,
    ...options.env,
  };
  // The browser writes without a token; a token in the developer's shell would make every save fail.
  delete env.CLAIMLINE_API_TOKEN;
  if (options.apiToken) env.CLAIMLINE_API_TOKEN = options.apiToken;
  // A DATABASE_URL in the developer's shell would point the tests at that database; only `databaseUrl` does.
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else env.CLAIMLINE_DATA_DIR = dataDir;
  const child = spawn(tsx, ['src/index.ts'], {
    cwd: apiRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
