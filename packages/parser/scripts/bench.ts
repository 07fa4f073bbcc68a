/**
 * pnpm bench:parser
 * Parses the Reuters-21578 corpus (../shared/corpus/reuters-21578.jsonl) in one process, several
 * times, and prints the median throughput (MB/s, articles/s) beside wink-nlp's readDoc (tokens,
 * sentences, entities) on the same texts in the same run, their ratio, and heap use across the runs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { parseArticle } from '../src/index';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/reuters-21578.jsonl', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Run {
  seconds: number;
  heapPeakMb: number;
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

function timeRun(texts: readonly string[], work: (text: string) => number): Run {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = heapMb();
  let sink = 0;
  const started = performance.now();
  texts.forEach((text, i) => {
    sink += work(text);
    if (i % 2000 === 0) peak = Math.max(peak, heapMb());
  });
  const seconds = (performance.now() - started) / 1000;
  if (sink < 0) console.log(sink);
  return { seconds, heapPeakMb: Math.max(peak, heapMb()) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const texts = loadTexts();
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const nlp = winkNLP(model);
const ingestedAt = '2000-01-01T00:00:00Z';
const parse = (text: string) => parseArticle(text, { ingestedAt }).quotes.length;
const wink = (text: string) => {
  const doc = nlp.readDoc(text);
  return doc.tokens().length() + doc.sentences().length() + doc.entities().length();
};

console.log(`corpus: ${texts.length} articles, ${megabytes.toFixed(1)} MB; ${RUNS} runs each, median shown`);
const heapStart = heapMb();
const parser: Run[] = [];
const reference: Run[] = [];
for (let r = 0; r < RUNS; r += 1) {
  // Interleaved, so that both see the same machine load.
  parser.push(timeRun(texts, parse));
  reference.push(timeRun(texts, wink));
  console.log(`  run ${r + 1}: parser ${(megabytes / (parser.at(-1)?.seconds ?? 1)).toFixed(2)} MB/s, wink-nlp ${(megabytes / (reference.at(-1)?.seconds ?? 1)).toFixed(2)} MB/s`);
}
const row = (name: string, runs: Run[]) => {
  const seconds = median(runs.map((r) => r.seconds));
  const peak = Math.max(...runs.map((r) => r.heapPeakMb));
  console.log(`${name.padEnd(28)} ${(megabytes / seconds).toFixed(2).padStart(7)} MB/s ${(texts.length / seconds).toFixed(0).padStart(7)} articles/s   heap peak ${peak.toFixed(0)} MB`);
  return megabytes / seconds;
};
const ours = row('@claimline/parser', parser);
const theirs = row('wink-nlp readDoc (tok/sent/ent)', reference);
console.log(`ratio: parser is ${(ours / theirs).toFixed(2)}x wink-nlp readDoc`);
console.log(`heap: ${heapStart.toFixed(0)} MB at start, ${parser.map((r) => r.heapPeakMb.toFixed(0)).join(' / ')} MB peak per parser run (flat = no growth across runs)`);
