import { describe, expect, it } from 'vitest';
import { attributed } from '../../test-helpers';

describe('statementAuthor', () => {
  it('should give "the report" to the body a report was written by ("A report by Realtor.com predicts ... according to the report")', () => {
    // recovery-2020 (recovery-0326): "according to the report" had been Realtor.com's economist, the person named last.
    expect(
      attributed(
        "A report by Realtor.com predicts that home sales will rebound in July, August, and September as buyers return to the market.\n\nRealtor.com's chief economist, Danielle Hale, predicted that home sales will rebound in July, August, and September, as buyers return to the market.\n\nOverall, existing home sales are predicted to see a 15% year-over-year decrease by the end of 2020, according to the report.",
      ),
    ).toEqual({
      quotes: [
        [33, 123, 'A report by Realtor.com', 'Realtor.com'],
        [182, 273, 'Danielle Hale', 'Danielle Hale'],
        [276, 374, 'the report', 'Realtor.com'],
      ],
      kinds: ['organization', 'person'],
    });
  });

  it('should not take a place that modifies the writers for the author ("a report from U.S. intelligence agencies")', () => {
    // reuters-21578 (reuters-9343): had been "U.S." with the run of capitals cut before "intelligence".
    expect(
      attributed(
        "MOSCOW, April 8 - Soviet economic growth slowed in 1986, according to a report from U.S. intelligence agencies.\n    Modernizing the country's industrial equipment accounted for some\nof the gains, the report said.",
      ),
    ).toEqual({
      quotes: [
        [18, 55, 'a report from U.S. intelligence agencies', 'report from U.S. intelligence agencies'],
        [116, 194, 'the report', 'report from U.S. intelligence agencies'],
      ],
      kinds: ['unknown'],
    });
  });
});
