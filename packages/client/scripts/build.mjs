/**
 * Builds the publishable client: dist/index.js (ESM, esbuild; its one runtime import is
 * @trpc/client) and dist/index.d.ts, one declaration file in which the server's AppRouter type is
 * inlined with every procedure's input and output types (tsc emits them, rollup-plugin-dts bundles
 * them), so a project outside this repository gets the types without the server's code or libraries.
 * Run: pnpm --filter @claimline/client build (pnpm pack runs it first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = `${root}dist/types`;
rmSync(`${root}dist`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: ['@trpc/client'],
  logLevel: 'error',
});

execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

// The router's context (database handle, parser pool) types only the server's side of a call; as
// `object` it keeps the server's libraries (drizzle, pg) out of the client's declarations.
const eraseServerContext = {
  name: 'erase-server-context',
  // The workspace import of the server's router, to its emitted declarations.
  resolveId: (source) => (source === '@claimline/api' ? `${types}/apps/api/src/router/index.d.ts` : null),
  transform(code, id) {
    return id.endsWith('/apps/api/src/router/index.d.ts') ? code.replaceAll('import("../trpc").Context', 'object') : null;
  },
};

const bundle = await rollup({
  input: `${types}/packages/client/src/index.d.ts`,
  external: [/^@trpc\//],
  plugins: [eraseServerContext, dts({ respectExternal: false })],
});
await bundle.write({ file: `${root}dist/index.d.ts`, format: 'es' });
await bundle.close();
rmSync(types, { recursive: true, force: true });

const declarations = readFileSync(`${root}dist/index.d.ts`, 'utf8');
const foreign = [...declarations.matchAll(/from '([^']+)'|import\("([^"]+)"\)/g)]
  .map((m) => m[1] ?? m[2])
  .filter((s) => !s.startsWith('@trpc/'));
if (foreign.length > 0)
  throw new Error(`dist/index.d.ts still imports ${[...new Set(foreign)].join(', ')}: the published types must need only @trpc/*`);
console.log(`@claimline/client: dist/index.js and dist/index.d.ts (${(declarations.length / 1024).toFixed(0)} KB of declarations)`);
