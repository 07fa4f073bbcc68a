import { describe, it } from 'vitest';
import { expectNoQuotes, expectQuote } from '../test-helpers';

describe('describedSubject', () => {
  it('should take a poll figure for the speaker of "say"', () => {
    expectQuote('A mere 9 percent say they only buy American.', {
      text: 'they only buy American',
      speaker: 'A mere 9 percent',
      cue: 'say',
      kind: 'indirect',
    });
    expectQuote("Nearly a third say they don't know.", { text: "they don't know", speaker: 'Nearly a third', cue: 'say' });
  });

  it('should not take a phrase that is not a counted or described group', () => {
    expectNoQuotes('Voting Tuesday say nothing.');
    expectNoQuotes('In the end they say.');
  });
});
