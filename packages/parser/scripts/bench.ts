/**
 * pnpm bench:parser
 * Parses the Reuters-21578 corpus (../shared/corpus/reuters-21578.jsonl) in one process, several
 * times, and prints the median throughput (MB/s, articles/s, in CPU time of this process) beside
 * wink-nlp's readDoc (tokens, sentences, entities) on the same texts in the same run, interleaved
 * chunk by chunk, their ratio, and heap use across the runs.
 * The parser is timed as it ships: an esbuild bundle of src/index.ts (target node20), which is what
 * the API's parse workers and the claimline command run. Loaded from source through tsx it is about
 * a sixth slower (tsx turns every imported constant into a getter); BENCH_SOURCE=1 times that instead.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type * as Parser from '../src/index';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Passes over the corpus before the timed runs, not counted: the JIT compiles both contenders' code first (BENCH_WARMUP=0 counts it). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);

interface Run {
  seconds: number;
  heapPeakMb: number;
  /** Heap in use after the run and a full collection: what stays behind. */
  heapAfterMb: number;
}

function loadTexts(): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    if (typeof text === 'string') texts.push(text);
  }
  return texts;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1e6;
}

/** CPU seconds (user + system) of this process: steadier than wall time on a machine shared with other work. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * One pass over the corpus for both contenders, interleaved in chunks of 500 articles so that both
 * see the same machine; returns each one's CPU time and heap peak.
 */
function timeRun(texts: readonly string[], contenders: readonly ((text: string) => number)[]): Run[] {
  (globalThis as { gc?: () => void }).gc?.();
  const runs = contenders.map(() => ({ seconds: 0, heapPeakMb: heapMb(), heapAfterMb: 0 }));
  let sink = 0;
  for (let from = 0; from < texts.length; from += 500) {
    const chunk = texts.slice(from, from + 500);
    contenders.forEach((work, c) => {
      const run = runs[c];
      if (run === undefined) return;
      const started = cpuSeconds();
      for (const text of chunk) sink += work(text);
      run.seconds += cpuSeconds() - started;
      run.heapPeakMb = Math.max(run.heapPeakMb, heapMb());
    });
  }
  if (sink < 0) console.log(sink);
  (globalThis as { gc?: () => void }).gc?.();
  for (const run of runs) run.heapAfterMb = heapMb();
  return runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The parser as the API's workers and the CLI load it (a bundle), or from source with BENCH_SOURCE=1. */
async function loadParser(): Promise<{ parseArticle: typeof Parser.parseArticle; how: string }> {
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  if (process.env.BENCH_SOURCE === '1')
    return { parseArticle: ((await import(entry)) as typeof Parser).parseArticle, how: 'source through tsx' };
  const dir = mkdtempSync(join(tmpdir(), 'claimline-bench-'));
  const file = join(dir, 'parser.mjs');
  try {
    buildSync({ entryPoints: [entry], outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
    return {
      parseArticle: ((await import(pathToFileURL(file).href)) as typeof Parser).parseArticle,
      how: 'esbuild bundle, as the API workers and the CLI run it',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { parseArticle, how } = await loadParser();
const texts = loadTexts();
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const nlp = winkNLP(model);
const ingestedAt = '2000-01-01T00:00:00Z';
const parse = (text: string) => parseArticle(text, { ingestedAt }).quotes.length;
const wink = (text: string) => {
  const doc = nlp.readDoc(text);
  return doc.tokens().length() + doc.sentences().length() + doc.entities().length();
};

console.log(
  `corpus: ${texts.length} articles, ${megabytes.toFixed(1)} MB; ${WARMUP} warm-up pass${WARMUP === 1 ? '' : 'es'} not counted, then ${RUNS} runs each, median shown; parser: ${how}`,
);
for (let w = 0; w < WARMUP; w += 1) timeRun(texts, [parse, wink]);
const heapStart = heapMb();
const parser: Run[] = [];
const reference: Run[] = [];
for (let r = 0; r < RUNS; r += 1) {
  const [ours, theirs] = timeRun(texts, [parse, wink]);
  if (ours === undefined || theirs === undefined) break;
  parser.push(ours);
  reference.push(theirs);
  console.log(
    `  run ${r + 1}: parser ${(megabytes / ours.seconds).toFixed(2)} MB/s, wink-nlp ${(megabytes / theirs.seconds).toFixed(2)} MB/s (CPU time)`,
  );
}
const row = (name: string, runs: Run[]) => {
  const seconds = median(runs.map((r) => r.seconds));
  const peak = Math.max(...runs.map((r) => r.heapPeakMb));
  console.log(
    `${name.padEnd(28)} ${(megabytes / seconds).toFixed(2).padStart(7)} MB/s ${(texts.length / seconds).toFixed(0).padStart(7)} articles/s   heap peak ${peak.toFixed(0)} MB`,
  );
  return megabytes / seconds;
};
const ours = row('@claimline/parser', parser);
const theirs = row('wink-nlp readDoc (tok/sent/ent)', reference);
console.log(`ratio: parser is ${(ours / theirs).toFixed(2)}x wink-nlp readDoc`);
console.log(
  `heap: ${heapStart.toFixed(0)} MB at start (corpus loaded); after each run and a collection: ${parser.map((r) => r.heapAfterMb.toFixed(0)).join(' / ')} MB (flat = nothing kept across articles); peaks include both contenders' garbage`,
);
