import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../../../api', import.meta.url));

/** A real API server process on PGlite in `dataDir`, writes guarded by `token`. */
export interface TestServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the API (`tsx src/index.ts`, as `pnpm start` does) on a free port and waits for its "listening on" line. */
export async function startServer(dataDir: string, token: string): Promise<TestServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMLINE_DATA_DIR: dataDir,
    CLAIMLINE_API_TOKEN: token,
    CLAIMLINE_PARSE_THREADS: '1',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(log);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the API server exited with ${code} before listening:\n${log}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
