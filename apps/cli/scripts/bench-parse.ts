/**
 * pnpm bench:cli
 * The whole `claimline parse` process (node bin/claimline.mjs parse CORPUS > /dev/null: startup,
 * reading, parsing, writing predictions) beside the parser in this process and wink-nlp's readDoc
 * on the same Reuters-21578 texts, as pnpm bench:parser measures them, median of BENCH_RUNS (3)
 * runs each. The process runs twice a round: on one thread (`--jobs 1`, its CPU seconds: what a
 * core does) and on one thread a core (the default, its wall seconds: what a user waits). Prints
 * MB/s, each as a share of the in-process speed on one core (target: within 20%) and as a multiple
 * of wink-nlp (target: 2.2x). Wall figures only mean something on an otherwise idle machine.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { parseArticle } from '@claimline/parser';

const CORPUS = process.env.BENCH_CORPUS ?? fileURLToPath(new URL('../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/claimline.mjs', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

const texts = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** CPU seconds of the children this process has waited for (utime + stime of reaped children, /proc/self/stat). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", cutime and cstime are fields 16 and 17 of stat(5), here 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const nlp = winkNLP(model);
const contenders = {
  parser: (text: string) => parseArticle(text, { ingestedAt: '2000-01-01T00:00:00Z' }).quotes.length,
  wink: (text: string) => {
    const doc = nlp.readDoc(text);
    return doc.tokens().length() + doc.sentences().length() + doc.entities().length();
  },
};

/** One pass of both in-process contenders, interleaved in chunks of 500 articles so that both see the same machine. */
function inProcessRun(): { parser: number; wink: number } {
  const seconds = { parser: 0, wink: 0 };
  let sink = 0;
  for (let from = 0; from < texts.length; from += 500) {
    const chunk = texts.slice(from, from + 500);
    for (const name of ['parser', 'wink'] as const) {
      const started = cpuSeconds();
      for (const text of chunk) sink += contenders[name](text);
      seconds[name] += cpuSeconds() - started;
    }
  }
  if (sink < 0) console.log(sink);
  return seconds;
}

/** One run of the whole CLI process on the corpus, output discarded; its CPU seconds and wall seconds. */
function wholeProcessRun(args: string[] = []): { cpu: number; wall: number } {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'parse', ...args, CORPUS], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`claimline parse exited with ${run.status ?? run.signal}`);
  return { cpu: childCpuSeconds() - cpuBefore, wall: (performance.now() - started) / 1000 };
}

console.log(`corpus: ${texts.length} articles, ${megabytes.toFixed(1)} MB; ${RUNS} runs each, CPU time, median shown`);
wholeProcessRun(); // builds dist/claimline.mjs if it is stale, so no run below pays for the build
const runs = { parser: [] as number[], wink: [] as number[], oneThread: [] as number[], threadsWall: [] as number[] };
for (let r = 0; r < RUNS; r += 1) {
  const inProcess = inProcessRun();
  const oneThread = wholeProcessRun(['--jobs', '1']);
  const threads = wholeProcessRun();
  runs.parser.push(inProcess.parser);
  runs.wink.push(inProcess.wink);
  runs.oneThread.push(oneThread.cpu);
  runs.threadsWall.push(threads.wall);
  const rate = (s: number) => (megabytes / s).toFixed(2);
  console.log(
    `  run ${r + 1}: parser in-process ${rate(inProcess.parser)} MB/s, claimline parse --jobs 1 ${rate(oneThread.cpu)} MB/s CPU, ` +
      `claimline parse ${rate(threads.wall)} MB/s wall (${threads.cpu.toFixed(1)} s CPU), wink-nlp ${rate(inProcess.wink)} MB/s`,
  );
}
const speed = (name: keyof typeof runs) => megabytes / median(runs[name]);
const [parser, oneThread, threadsWall, wink] = [speed('parser'), speed('oneThread'), speed('threadsWall'), speed('wink')];
const share = (v: number) => `${((v / parser) * 100).toFixed(0)}% of the in-process speed`;
console.log(`parser in-process, one core           ${parser.toFixed(2)} MB/s   ${(parser / wink).toFixed(2)}x wink-nlp readDoc`);
console.log(
  `claimline parse --jobs 1 (CPU)        ${oneThread.toFixed(2)} MB/s   ${(oneThread / wink).toFixed(2)}x wink-nlp readDoc, ${share(oneThread)}`,
);
console.log(
  `claimline parse, ${availableParallelism()} threads (wall)    ${threadsWall.toFixed(2)} MB/s   ${(threadsWall / wink).toFixed(2)}x wink-nlp readDoc, ${share(threadsWall)}`,
);
console.log(`wink-nlp readDoc, one core            ${wink.toFixed(2)} MB/s`);
console.log('targets: the whole process at 80% or more of the in-process speed, and 2.2x wink-nlp');
