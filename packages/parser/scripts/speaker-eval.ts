/**
 * Honest figures for the speaker scorer: 5-fold cross-validation on polnear-train by article (each
 * article parsed by a model trained without it), the training-set score, and the SCORES of the
 * validation files (polnear-dev, ggt-dev), computed with the scripts in ../shared/eval.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSpeakerModel, type SpeakerModel } from '../src/resolve/speaker-model';
import { readArticles, trainingClaims, type PolnearArticle, type TrainingClaim } from './speaker-data';
import { train } from './speaker-train';
import { metaOf, toPrediction } from './to-prediction';

/** Where the annotated files are, from the repository root. */
export const EVAL_DIR = join(import.meta.dirname, '../../../../shared/eval');
const FOLDS = 5;

/** The figures of one scoring: claims or quotes F1, speaker right (PolNeAR) or name (GGT), attributed F1. */
export interface Figures {
  f1: number;
  speaker: number;
  attributed: number;
}

/** Writes the predictions of `articles` under the scorer in use, one line each, as parse:jsonl does. */
async function predict(articles: readonly { id: string; text: string }[], path: string): Promise<void> {
  const out = createWriteStream(path);
  for (const a of articles) {
    const quotes = toPrediction(a.text, metaOf(a));
    if (!out.write(`${JSON.stringify({ id: a.id, quotes })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise((r) => out.end(r));
}

/** The fields of the scoring scripts' --json output that are read here (score_polnear.py: flat; score.py: by threshold). */
interface ScoreOutput {
  f1?: number;
  speaker_right?: number;
  attributed_f1?: number;
  '0.3'?: { f1: number; speaker_name_acc: number };
  attributed?: { f1: number };
}

/** Scores predictions with score_polnear.py (PolNeAR files) or score.py (GGT files). */
function score(gold: string, pred: string): Figures {
  const polnear = gold.includes('polnear');
  const script = join(EVAL_DIR, polnear ? 'score_polnear.py' : 'score.py');
  const out = JSON.parse(execFileSync('python3', [script, gold, pred, '--json'], { encoding: 'utf8' })) as ScoreOutput;
  const pct = (x: number) => Math.round(1000 * x) / 10;
  if (polnear) return { f1: pct(out.f1 ?? 0), speaker: pct(out.speaker_right ?? 0), attributed: pct(out.attributed_f1 ?? 0) };
  return { f1: pct(out['0.3']?.f1 ?? 0), speaker: pct(out['0.3']?.speaker_name_acc ?? 0), attributed: pct(out.attributed?.f1 ?? 0) };
}

/** Training claims of every article, by fold (article i in fold i mod 5). */
export function foldData(articles: readonly PolnearArticle[]): TrainingClaim[][] {
  const folds: TrainingClaim[][] = Array.from({ length: FOLDS }, () => []);
  articles.forEach((a, i) => folds[i % FOLDS]?.push(...trainingClaims(a)));
  return folds;
}

/** Cross-validation, training-set and validation figures; returns the model trained on all of polnear-train too. */
export async function evaluate(
  log: (line: string) => void,
): Promise<{ model: SpeakerModel; figures: Record<string, Figures>; claims: number }> {
  const trainPath = join(EVAL_DIR, 'polnear-train.jsonl');
  const articles = readArticles(trainPath);
  const folds = foldData(articles);
  const tmp = join(tmpdir(), `claimline-speaker-${process.pid}`);
  const cvPath = `${tmp}-cv.jsonl`;
  const out = createWriteStream(cvPath);
  for (let k = 0; k < FOLDS; k += 1) {
    useSpeakerModel(train(folds.filter((_, j) => j !== k).flat()));
    for (let i = k; i < articles.length; i += FOLDS) {
      const a = articles[i];
      if (a === undefined) continue;
      out.write(`${JSON.stringify({ id: a.id, quotes: toPrediction(a.text, metaOf(a as unknown as Record<string, unknown>)) })}\n`);
    }
    log(`fold ${k + 1}/${FOLDS} parsed`);
  }
  await new Promise((r) => out.end(r));
  const figures: Record<string, Figures> = { 'cross-validation (polnear-train, 5 folds)': score(trainPath, cvPath) };
  const model = train(folds.flat());
  useSpeakerModel(model);
  await predict(articles, `${tmp}-train.jsonl`);
  figures['training set (polnear-train)'] = score(trainPath, `${tmp}-train.jsonl`);
  for (const name of ['polnear-dev', 'ggt-dev']) {
    const gold = join(EVAL_DIR, `${name}.jsonl`);
    await predict(readArticles(gold), `${tmp}-${name}.jsonl`);
    figures[`validation (${name})`] = score(gold, `${tmp}-${name}.jsonl`);
  }
  useSpeakerModel(null);
  return { model, figures, claims: folds.flat().length };
}

/** The figures as a table: F1, speaker (PolNeAR: speaker right; GGT: name), attributed F1. */
export function table(figures: Record<string, Figures>): string {
  const rows = Object.entries(figures).map(
    ([k, f]) =>
      `${k.padEnd(45)} ${f.f1.toFixed(1).padStart(6)} ${f.speaker.toFixed(1).padStart(8)} ${f.attributed.toFixed(1).padStart(11)}`,
  );
  return [`${'set'.padEnd(45)} ${'F1'.padStart(6)} ${'speaker'.padStart(8)} ${'attributed'.padStart(11)}`, ...rows].join('\n');
}
