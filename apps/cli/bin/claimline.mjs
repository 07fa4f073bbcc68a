#!/usr/bin/env node
// The claimline command. Runs the bundle dist/claimline.mjs, building it first when it is missing
// or older than any of its source files (a few dozen stat calls: ~1 ms), so `pnpm claimline` never
// runs stale code and needs no TypeScript loader on the fast path.
import { readFileSync, statSync } from 'node:fs';

const bundle = new URL('../dist/claimline.mjs', import.meta.url);

function stale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('../dist/inputs.json', import.meta.url), 'utf8'));
    return inputs.some((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built);
  } catch {
    return true;
  }
}

if (stale()) {
  const { buildBundle } = await import('../scripts/build-bundle.mjs');
  await buildBundle();
}
await import(bundle.href);
