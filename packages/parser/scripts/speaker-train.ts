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

/** mulberry32: a small seeded generator, so the same data gives the same weights. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights that rank the right candidates of each claim first. */
export function train(data: readonly TrainingClaim[], options: TrainOptions = TRAIN_DEFAULTS): SpeakerModel {
  const n = SPEAKER_FEATURES.length;
  const w = new Float64Array(n);
  const sum = new Float64Array(n);
  let steps = 0;
  const next = random(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
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
