/**
 * Builds dist/claimline.mjs: src/main.ts with the workspace packages (parser, schema, client)
 * bundled in as plain JavaScript, so `claimline parse` starts without a TypeScript loader. The
 * CLI's own npm dependencies stay external. dist/inputs.json lists the source files, so that
 * bin/claimline.mjs can rebuild when one of them is newer than the bundle.
 * Run: node scripts/build-bundle.mjs (the package's `build`).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
// The CLI's own npm dependencies resolve from its node_modules at run time; workspace packages are bundled,
// and so are zod and commander, which every command loads at start: as hundreds of small ESM files, zod alone
// cost `claimline parse` ~0.3 s of resolving and compiling before the first line.
const BUNDLED = new Set(['zod', 'commander']);
const external = Object.entries(manifest.dependencies)
  .filter(([name, version]) => !String(version).startsWith('workspace:') && !BUNDLED.has(name))
  .flatMap(([name]) => [name, `${name}/*`]);

/** Bundles src/main.ts into dist/claimline.mjs (written under a temporary name, then renamed: a CLI starting meanwhile never reads half a file). */
export async function buildBundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    metafile: true,
    // commander is CommonJS: its require('node:events') needs a require in an ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    write: false,
    outfile: 'dist/claimline.mjs',
    logLevel: 'error',
  });
  mkdirSync(resolve(root, 'dist'), { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((path) => !path.includes('node_modules'))
    .map((path) => resolve(root, path));
  const list = resolve(root, `dist/inputs.json.${process.pid}.tmp`);
  writeFileSync(list, JSON.stringify(inputs));
  renameSync(list, resolve(root, 'dist/inputs.json'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildBundle();
