import { describe, expect, it } from 'vitest';
import { attributed } from '../test-helpers';

describe('blockQuote', () => {
  it('should read the paragraph after "X wrote:" as X’s words (Chicago Sun-Times, 2020)', () => {
    // recovery-2020 (recovery-0134): the letter had been no one's claim.
    const text =
      'The 10 steps to the bathroom were a woozy mountain climb.\n\nMid-August, Mary wrote:\n\nThink I hear someone in Mr. Coleman’s melon patch. … Glad you are getting acquainted with some real Christians.';
    expect(attributed(text).quotes).toEqual([[84, 194, 'Mary', 'Mary']]);
  });

  it('should take the block, not the phrase of the occasion, after "In a speech last July, he said:" (Western Journal, 2016)', () => {
    // PolNeAR (Western Journal 2016-01-25): "In a speech last July" had been the claim.
    const text =
      'Rick Perry, while still a candidate for president last summer, did not have kind words for Donald Trump. In a speech last July, he said:\n\nLet no one be mistaken – Donald Trump’s candidacy is a cancer on conservatism, and it must be clearly diagnosed, excised and discarded.';
    expect(attributed(text).quotes).toEqual([[138, 272, 'he', 'Rick Perry']]);
  });

  it('should leave a block with an attribution of its own, and an embedded post, to their rules', () => {
    // PolNeAR (Western Journal 2015-11-12, 2016-02-17).
    expect(
      attributed('Fox News reports:\n\n…at least four classified Clinton emails had their markings changed, the network said.').quotes,
    ).toEqual([[19, 86, 'the network', 'network']]);
    expect(
      attributed(
        'One BLM activist tweeted:\n\n<tweet tweet-author="@DMVBlackLives" tweet-date="February 16, 2016">PREACH! She legit should be spending time</tweet>',
      ).quotes,
    ).toEqual([]);
  });
});
