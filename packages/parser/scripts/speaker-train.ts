/** Trains the speaker scorer: a log-linear ranking of each claim's candidates (softmax, L2, averaged SGD), seeded. */
import type { SpeakerModel } from '../src/resolve/speaker-model';
import { SPEAKER_FEATURES } from '../src/resolve/speaker-features';
import type { TrainingClaim } from './speaker-data';

/** Settings of training; the defaults are what `pnpm train` uses. */
export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}
export const TRAIN_DEFAULTS: TrainOptions = { epochs: 12, rate: 0.05, l2: 1e-4, seed: 20180507 };

/**
 * A claim's place in an epoch's order: a hash (FNV-1a) of the claim's identity, the epoch and the seed. The order is a
 * shuffle, but one that a claim more or less leaves as it was for all the others: a parser change that finds one more
 * training claim moved every claim of a positional shuffle, and the weights (and some speakers far from the change) with
 * it.
 */
function rank(claim: TrainingClaim, epoch: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (const c of `${claim.article}:${claim.at}:${epoch}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** Weights that rank the right candidates of each claim first. */
export function train(data: readonly TrainingClaim[], options: TrainOptions = TRAIN_DEFAULTS): SpeakerModel {
  const n = SPEAKER_FEATURES.length;
  const w = new Float64Array(n);
  const sum = new Float64Array(n);
  let steps = 0;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const ranks = data.map((claim) => rank(claim, epoch, options.seed));
    const order = data.map((_, i) => i).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b);
    const rate = options.rate / (1 + epoch);
    for (const k of order) {
      const claim = data[k];
      if (claim === undefined) continue;
      const scores = claim.vectors.map((x) => x.reduce((s, v, f) => s + v * (w[f] ?? 0), 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const z = exp.reduce((a, b) => a + b, 0);
      const zRight = exp.reduce((a, e, c) => a + (claim.right[c] ? e : 0), 0);
      // Gradient of -log P(a right candidate): the right ones' share minus every one's probability.
      for (let c = 0; c < claim.vectors.length; c += 1) {
        const g = (claim.right[c] ? (exp[c] ?? 0) / zRight : 0) - (exp[c] ?? 0) / z;
        const x = claim.vectors[c] ?? [];
        for (let f = 0; f < n; f += 1) if (x[f] !== 0) w[f] = (w[f] ?? 0) + rate * g * (x[f] ?? 0);
      }
      for (let f = 0; f < n; f += 1) {
        w[f] = (w[f] ?? 0) * (1 - rate * options.l2);
        sum[f] = (sum[f] ?? 0) + (w[f] ?? 0);
      }
      steps += 1;
    }
  }
  return {
    version: 'speaker-1',
    features: SPEAKER_FEATURES.map((f) => f.name),
    weights: Array.from(sum, (s) => Math.round((s / Math.max(1, steps)) * 1e6) / 1e6),
  };
}

/** Share of claims whose best-scoring candidate is a right one, under `model`. */
export function accuracy(data: readonly TrainingClaim[], model: SpeakerModel): number {
  let right = 0;
  for (const claim of data) {
    const scores = claim.vectors.map((x) => x.reduce((s, v, f) => s + v * (model.weights[f] ?? 0), 0));
    let best = 0;
    scores.forEach((s, i) => {
      if (s > (scores[best] ?? -Infinity)) best = i;
    });
    if (claim.right[best]) right += 1;
  }
  return data.length === 0 ? 0 : right / data.length;
}
