import { describe, expect, it } from 'vitest';
import { attributedDocument } from '../index';
import { indexNames } from './name-index';
import { carriedSpeakers, speakerCases, speaksAsI } from './speaker-cases';
import {
  SPEAKER_FEATURES,
  baseValues,
  blockStart,
  charGap,
  claimOpensParagraph,
  cueFollows,
  featureVector,
  opensSentence,
  sentenceGap,
  type SpeakerCase,
} from './speaker-features';

/** The cases of claim i of a text, as resolve sees them. */
function casesOf(text: string, i: number): SpeakerCase[] {
  const { doc } = attributedDocument(text, { ingestedAt: '2024-01-01T00:00:00Z' });
  const names = indexNames(doc);
  const claim = doc.claims[i];
  if (claim === undefined) throw new Error(`no claim ${i} in the text`);
  return speakerCases(doc, doc.claims, i, carriedSpeakers(doc.claims), names, speaksAsI(doc, claim));
}

const TEXT =
  'Dmitry Peskov met reporters on Monday. "We are open to talks," he said. "But not on these terms."\n\n"We will wait," Peskov added.';

describe('speaker features', () => {
  it('should offer the rule mention first, then the speaker carried over, the subjects and the names near the claim', () => {
    const cases = casesOf(TEXT, 1);
    expect(cases.map((c) => [c.candidate.origin, c.candidate.mention.text])).toEqual([
      ['previous', 'he'],
      ['name', 'Dmitry Peskov'],
    ]);
    expect(casesOf(TEXT, 0)[0]?.candidate).toMatchObject({
      origin: 'rule',
      mention: { text: 'he', start: TEXT.indexOf('he said'), end: TEXT.indexOf('he said') + 2 },
    });
  });

  it('should measure where a candidate stands from its claim', () => {
    const [carried, subject] = casesOf(TEXT, 1);
    if (carried === undefined || subject === undefined) throw new Error('expected two candidates');
    expect(sentenceGap(carried)).toBe(1);
    expect(charGap(carried)).toBe(TEXT.indexOf('"But') - TEXT.indexOf(' said'));
    expect(cueFollows(carried)).toBe(true);
    expect(cueFollows(subject)).toBe(false);
    expect(opensSentence(subject)).toBe(true);
    expect(opensSentence(carried)).toBe(false);
    expect(claimOpensParagraph(carried)).toBe(false);
    expect(claimOpensParagraph(casesOf(TEXT, 2)[0] ?? carried)).toBe(true);
  });

  it('should cross every base feature with every origin, one weight each', () => {
    const names = SPEAKER_FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('previous:claim-inherits');
    const [carried] = casesOf(TEXT, 1);
    if (carried === undefined) throw new Error('expected a candidate');
    const x = featureVector(carried);
    expect(x[names.indexOf('previous:bias')]).toBe(1);
    expect(x[names.indexOf('rule:bias')]).toBe(0);
    expect(x[names.indexOf('previous:kind=pronoun')]).toBe(1);
  });

  it('should give in baseValues the very values of the feature vector', () => {
    for (const i of [0, 1, 2]) {
      for (const c of casesOf(TEXT, i)) {
        const values = new Float64Array(SPEAKER_FEATURES.length / 4);
        baseValues(c, values);
        const start = blockStart(c);
        expect([...values]).toEqual(featureVector(c).slice(start, start + values.length));
      }
    }
  });
});
