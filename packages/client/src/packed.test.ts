import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './test/start-api-server';

const TOKEN = 'packed-client-token-0123456789';
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'claimline-client-consumer-'));
let server: ApiServer | undefined;

beforeAll(async () => {
  server = await startApiServer(TOKEN);
});
afterAll(async () => {
  await server?.stop();
  rmSync(project, { recursive: true, force: true });
});

// What a developer outside this repository writes: typed calls, and a misspelt filter that must not compile.
const CONSUMER = `import { createClaimlineClient, TRPCClientError } from '@claimline/client';

const claimline = createClaimlineClient({ url: process.env.CLAIMLINE_URL ?? '', token: process.env.CLAIMLINE_API_TOKEN });
const text = '"The harbour will reopen on Monday," said Maria Lopez, the port director.';
const result = await claimline.articles.ingest.mutate({ text, outlet: 'Harbour Post', publishedAt: '2024-05-24' });
const status: 'created' | 'existing' = result.status;
const { items } = await claimline.quotes.list.query({ outlets: ['Harbour Post'], limit: 5 });
const speakers: (string | undefined)[] = items.map((q) => q.source?.name);
// @ts-expect-error: quotes.list has no "outlet" filter (it is "outlets"): the types come from the server's router.
const misspelt = { outlet: 'Harbour Post' } satisfies Parameters<typeof claimline.quotes.list.query>[0];
const refused = await claimline.articles.ingest.mutate({ text: ' ' }).catch((e: unknown) => e);
console.log(JSON.stringify({ status, speakers, refused: refused instanceof TRPCClientError ? refused.message : null, misspelt }));
`;

const execFileAsync = promisify(execFile);

/**
 * Runs a command (in the consumer project unless `cwd` says otherwise); a failure shows what it printed (tsc writes its errors to stdout).
 * Asynchronous, so the test worker stays responsive to vitest while npm and tsc take minutes on a loaded machine.
 */
async function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      cwd: options.cwd ?? project,
      env: options.env ?? process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

describe('@claimline/client as published', () => {
  it('should pack, install with npm outside the repository, typecheck a typed call with tsc and run it against a real server', async () => {
    // The pnpm running this test (pnpm sets npm_execpath for the scripts it runs), else the one on PATH.
    const pnpm = process.env.npm_execpath?.includes('pnpm') ? [process.execPath, process.env.npm_execpath] : ['pnpm'];
    await run(pnpm[0] ?? 'pnpm', [...pnpm.slice(1), 'pack', '--pack-destination', project], { cwd: packageDir });
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^claimline-client-0\.1\.0\.tgz$/);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        // tsc --init's settings, skipLibCheck as there: @trpc/server's own declarations import the ws package's types.
        // Had the client's declarations lost the router, its calls would be typed any and the @ts-expect-error would fail.
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: true,
          outDir: 'out',
          types: ['node'],
        },
        files: ['index.ts'],
      }),
    );
    writeFileSync(join(project, 'index.ts'), CONSUMER);
    // Retries ride out a slow or briefly failing registry on a loaded CI machine.
    await run('npm', [
      'install',
      '--fetch-retries=5',
      '--no-audit',
      '--no-fund',
      `./${tarball ?? ''}`,
      'typescript@~5.9.3',
      '@types/node@^20.19.0',
    ]);

    const installed = JSON.parse(readFileSync(join(project, 'node_modules/@claimline/client/package.json'), 'utf8')) as {
      dependencies: object;
    };
    expect(Object.keys(installed.dependencies).sort()).toEqual(['@trpc/client', '@trpc/server']);
    expect(readdirSync(join(project, 'node_modules/@claimline/client/dist')).sort()).toEqual(['index.d.ts', 'index.js']);

    await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);
    const output = await run(process.execPath, ['out/index.js'], {
      env: { ...process.env, CLAIMLINE_URL: server?.url, CLAIMLINE_API_TOKEN: TOKEN },
    });
    expect(JSON.parse(output)).toEqual({
      status: 'created',
      speakers: ['Maria Lopez'],
      refused: 'text: text is empty: paste the article body',
      misspelt: { outlet: 'Harbour Post' },
    });
  });
});
