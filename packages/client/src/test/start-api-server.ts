import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('../../../../apps/api', import.meta.url));

/** A real API server process on a fresh PGlite folder, writes guarded by `token`. */
export interface ApiServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the real API server (`tsx src/index.ts`, PORT=0: any free port) and waits for its "listening on" line. */
export async function startApiServer(token: string): Promise<ApiServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimline-client-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMLINE_DATA_DIR: dataDir,
    CLAIMLINE_API_TOKEN: token,
    CLAIMLINE_PARSE_THREADS: '1',
    NODE_ENV: 'test',
  };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      // A server that has not shut down after 20 s (a loaded machine, a stuck pool) is killed rather than failing the hook.
      const kill = setTimeout(() => server.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(kill);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
