import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '../router/index';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** A real API server process (`src/index.ts`) and a typed client talking to it over HTTP. */
export interface ServerProcess {
  url: string;
  api: TRPCClient<AppRouter>;
  /** Everything the process printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** What startServerProcess waits for: the "listening on" line, or an exit. */
export interface StartedServer {
  /** Resolves once the server listens (after its migrations); rejects if it exits first. */
  ready: Promise<ServerProcess>;
  /** Everything the process printed so far. */
  output: () => string;
  /** Resolves with the exit code when the process ends (null when a signal ended it). */
  exited: Promise<number | null>;
  /** The process id, to send it signals. */
  pid: number;
  stop: () => Promise<void>;
}

/**
 * Spawns the real entry (`tsx src/index.ts`) on a free port (PORT=0) against `databaseUrl` (or, when
 * it is undefined, the PGlite directory in `extraEnv.CLAIMLINE_DATA_DIR`), exactly as `pnpm start`
 * would run it, with one parser thread and no token (loopback only); `extraEnv` overrides any of it.
 */
export function startServerProcess(databaseUrl: string | undefined, extraEnv: Record<string, string> = {}): StartedServer {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMLINE_PARSE_THREADS: '1',
  };
  delete env.CLAIMLINE_API_TOKEN;
  delete env.CLAIMLINE_READ_TOKEN;
  delete env.DATABASE_URL;
  if (databaseUrl !== undefined) env.DATABASE_URL = databaseUrl;
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const ready = new Promise<ServerProcess>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(log);
      if (match?.[1]) {
        const url = match[1];
        resolve({ url, api: createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/trpc` })] }), output: () => log, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening:\n${log}`)));
  });
  // A test that expects the start to fail reads `exited`; the rejection of `ready` is then expected.
  ready.catch(() => undefined);
  return { ready, output: () => log, exited, pid: child.pid ?? -1, stop };
}
