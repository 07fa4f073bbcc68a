import shipped from './model/speaker-model.json';
import { SPEAKER_FEATURES, dotFeatures, type SpeakerCase } from './speaker-features';

/** The learned speaker scorer as stored: feature names and their weights (see model/speaker-model.meta.json). */
export interface SpeakerModel {
  version: string;
  features: readonly string[];
  weights: readonly number[];
}

/** Weights aligned with SPEAKER_FEATURES; a feature the stored model lacks weighs 0. */
function aligned(model: SpeakerModel): Float64Array {
  const byName = new Map(model.features.map((f, i) => [f, model.weights[i] ?? 0]));
  return Float64Array.from(SPEAKER_FEATURES, (f) => byName.get(f.name) ?? 0);
}

let weights = aligned(shipped);

/** Replaces the scorer's weights (training and cross-validation score folds with their own model); null restores the shipped one. */
export function useSpeakerModel(model: SpeakerModel | null): void {
  weights = aligned(model ?? shipped);
}

/** Index of the best-scoring case (the first of equals), or -1 for none. */
export function bestCase(cases: readonly SpeakerCase[]): number {
  // One candidate is the best whatever it scores: most claims have one, and features cost time.
  if (cases.length <= 1) return cases.length - 1;
  let best = -1;
  let top = -Infinity;
  for (let i = 0; i < cases.length; i += 1) {
    const c = cases[i];
    if (c === undefined) continue;
    const s = dotFeatures(c, weights);
    if (s > top) {
      top = s;
      best = i;
    }
  }
  return best;
}
