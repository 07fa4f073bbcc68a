/**
 * pnpm train: rebuilds the speaker scorer from ../shared/eval/polnear-train.jsonl (seeded: the same
 * data gives the same weights) and writes src/resolve/model/speaker-model.json with its meta
 * (features, training settings, cross-validation, training and validation figures) beside it.
 * `--check` prints the figures and writes nothing (pnpm eval).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEAKER_FEATURES } from '../src/resolve/speaker-features';
import { evaluate, table } from './speaker-eval';
import { TRAIN_DEFAULTS } from './speaker-train';

const check = process.argv.includes('--check');
const { model, figures, claims } = await evaluate((line) => process.stderr.write(`${line}\n`));
process.stdout.write(`${table(figures)}\n(F1: claims on PolNeAR, quotes@0.3 on GGT; speaker: speaker right on PolNeAR, name on GGT)\n`);
if (!check) {
  const dir = join(import.meta.dirname, '../src/resolve/model');
  writeFileSync(join(dir, 'speaker-model.json'), `${JSON.stringify(model)}\n`);
  const meta = {
    name: 'speaker-model',
    version: model.version,
    description:
      'Ranks the candidate speakers of a claim (rule mention, speaker carried over, nearby subjects and names): softmax over candidates, linear in the features below.',
    trainedOn:
      'polnear-train.jsonl (840 articles); labels: candidates overlapping the annotated source span of the matched speech attribution',
    trainingClaims: claims,
    options: TRAIN_DEFAULTS,
    features: SPEAKER_FEATURES.map((f) => f.name),
    figures,
  };
  writeFileSync(join(dir, 'speaker-model.meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  process.stderr.write(`wrote ${join(dir, 'speaker-model.json')}\n`);
}
