import { describe, it } from 'vitest';
import { expectNoQuotes, expectQuote } from '../test-helpers';

describe('speakerLabel', () => {
  it('should read a headline opened by a name and a colon as that speaker’s claim (Breitbart, 2016)', () => {
    expectQuote(
      'Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency.\n\nThursday at the Republican Jewish Coalition, the senator spoke.',
      {
        text: 'Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency',
        speaker: 'Graham',
        cue: null,
        kind: 'indirect',
      },
    );
  });

  it('should leave labels that are not speakers, lists of names and labels in running text', () => {
    expectNoQuotes('Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Contest.\n\nThe race tightened.');
    expectNoQuotes('Insiders polled.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell.');
    expectNoQuotes('What each candidate needs to do on Tuesday.\n\nSanders: Win in a walk and move on to Nevada.');
    expectNoQuotes('Revealed: What ISIS Propaganda Videos Actually Contain Makes Her Claim Even Worse.\n\nThe videos were released.');
    // recovery-2020 (USA Today): a link to a column had been the claim of a body named "Column".
    expectNoQuotes(
      'Here are three changes.\n\nCOLUMN: Former felons should not be pushed out of loans under CARES Act\n\nThe first is simple.',
    );
  });
});
