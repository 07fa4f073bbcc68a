import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/claimline.mjs', import.meta.url));

/** The Reuters-21578 corpus in ../shared (19,042 articles as JSON lines). */
export const REUTERS = fileURLToPath(new URL('../../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));

/** What a finished claimline process left: its exit code and what it wrote. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A scratch folder for one test file: `path(name)` names a file in it; `remove()` deletes it all. */
export function scratch(prefix: string): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `claimline-cli-${prefix}-`));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the first `count` lines of the Reuters corpus to `file`. */
export function reutersSlice(file: string, count: number): string[] {
  const lines = readFileSync(REUTERS, 'utf8').split('\n').slice(0, count);
  writeFileSync(file, lines.join('\n') + '\n');
  return lines;
}

/** Starts `claimline ...args` (node bin/claimline.mjs) with `env` added to this process's environment; stdin closed. */
export function startCli(
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): ChildProcess & { result: Promise<CliRun>; stderrText: () => string } {
  // INIT_CWD (set by pnpm and npx) would resolve the CLI's relative paths against the runner's folder.
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, INIT_CWD: cwd ?? process.cwd(), ...env },
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const result = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return Object.assign(child, { result, stderrText: () => stderr });
}

/** Runs `claimline ...args` to its end. */
export function runCli(args: string[], env: Record<string, string>, cwd?: string): Promise<CliRun> {
  return startCli(args, env, cwd).result;
}
