import { describe, expect, it } from 'vitest';
import { attributed } from '../../test-helpers';

describe('bodyNoun', () => {
  it('should take "the central bank" for the Federal Reserve named before', () => {
    // recovery-2020 (2020-04): "the Federal Reserve" had been a person, and "The central bank" went to Kentucky.
    expect(
      attributed(
        'With help from Congress uncertain, the Federal Reserve on Thursday took action on its own round of emergency measures to help the economy. The central bank said it would use Treasury Department funds to buy municipal bonds and expand its purchases of corporate bonds',
      ),
    ).toEqual({
      quotes: [[161, 266, 'The central bank', 'Federal Reserve']],
      kinds: ['organization'],
    });
  });

  it('should not take "The administration" for the agency in focus', () => {
    // reuters-21578 (1987-03): it had been the Federal Emergency Management Agency; no administration is named here.
    expect(
      attributed(
        'Responsibility for stockpile management now belongs to a\nWhite House agency, the Federal Emergency Management Agency.\n    The staffer said under the measures passed by the committee\nthe Secretary of Defense would have more influence over\ndecisions to keep or sell strategic stockpile materials.\n    The administration has proposed a goal of 700 million dlrs\nworth of strategic materials to be held in the stockpile.',
      ),
    ).toEqual({
      quotes: [
        [168, 293, 'The staffer', 'staffer'],
        [331, 414, 'The administration', 'administration'],
      ],
      kinds: ['anonymous', 'anonymous'],
    });
  });

  it('should take "the administration" for the one the story named', () => {
    expect(
      attributed(
        'Monetary sources said they thought it unlikely that the Reagan administration would resort to such measures.\n    The House Budget Committee met on Tuesday. The administration has said it will send a budget.',
      ).quotes.at(-1),
    ).toEqual([184, 205, 'The administration', 'Reagan administration']);
  });
});
