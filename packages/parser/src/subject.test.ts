import { describe, expect, it } from 'vitest';
import { sentenceSubject } from './subject';
import { tokenize } from './tokens';

/** The subject sentenceSubject reads before the word `cue` of `text`, as [start, end, text]. */
function subjectBefore(text: string, cue: string): [number, number, string] | null {
  const tokens = tokenize(text, 0, text.length);
  const k = tokens.findIndex((t) => t.text === cue);
  const subject = sentenceSubject(text, tokens, 0, k);
  return subject === null ? null : [subject.mention.start, subject.mention.end, subject.mention.text];
}

describe('sentenceSubject', () => {
  it('should read the subject past an opening phrase and a clause of time as long as it (USA Today, 2016)', () => {
    const text =
      'Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked straight into my iPhone camera, furrowed his brow and said, "I\'m gonna endorse YOU!"';
    expect(subjectBefore(text, 'said')).toEqual([82, 84, 'he']);
  });
});
