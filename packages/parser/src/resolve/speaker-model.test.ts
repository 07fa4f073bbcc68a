import { afterEach, describe, expect, it } from 'vitest';
import { expectQuotes } from '../test-helpers';
import shipped from './model/speaker-model.json';
import { SPEAKER_FEATURES } from './speaker-features';
import { useSpeakerModel } from './speaker-model';

describe('speaker model', () => {
  afterEach(() => useSpeakerModel(null));

  it('should ship one weight for every feature, under the features it was trained with', () => {
    expect(shipped.features).toEqual(SPEAKER_FEATURES.map((f) => f.name));
    expect(shipped.weights).toHaveLength(SPEAKER_FEATURES.length);
    expect(shipped.weights.every((w) => Number.isFinite(w))).toBe(true);
  });

  it('should give a quote that runs on the mention of the speaker before it', () => {
    expectQuotes('"We are open to talks," Peskov said. "But not on these terms."', [
      { text: '"We are open to talks,"', speaker: 'Peskov', source: 'Peskov' },
      { text: '"But not on these terms."', speaker: 'Peskov', source: 'Peskov' },
    ]);
  });

  it('should follow the weights it is given', () => {
    const text = 'Dmitry Peskov met reporters on Monday. "We are open to talks," he said. "But not on these terms."';
    // A model that prefers the subject or a name written before to the rule's pronoun and to the speaker carried over.
    useSpeakerModel({ version: 'test', features: ['subject:bias', 'name:bias'], weights: [5, 5] });
    expectQuotes(text, [
      { text: '"We are open to talks,"', speaker: 'Dmitry Peskov', source: 'Dmitry Peskov' },
      { text: '"But not on these terms."', speaker: 'Dmitry Peskov', source: 'Dmitry Peskov' },
    ]);
  });
});
