import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes, expectQuote } from '../test-helpers';

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

  it('should take figures in apposition, after "while", opened by "at least" or "about", and counted in words', () => {
    expectQuote('Just over a quarter, 26 percent, say they will vote for someone else.', {
      text: 'they will vote for someone else',
      speaker: '26 percent',
      cue: 'say',
    });
    expectQuote('57 percent see Trump negatively while 61 percent say the same of Clinton.', {
      text: 'the same of Clinton',
      speaker: '61 percent',
    });
    expectQuote('At least half of voters in each state say the positions of the two candidates are about right.', {
      text: 'the positions of the two candidates are about right',
      speaker: 'At least half of voters in each state',
    });
    expectQuote("About one in five say they would either not vote or are unsure whom they'd support.", {
      text: "they would either not vote or are unsure whom they'd support",
      speaker: 'About one in five',
    });
  });

  it('should take a group by its plural noun, bare, with a possessive or joined by "and"', () => {
    expectQuote('Social conservatives say the bills are necessary to protect faith-based organizations.', {
      text: 'the bills are necessary to protect faith-based organizations',
      speaker: 'Social conservatives',
      cue: 'say',
    });
    expectQuote('Her advisers and allies say she will spend the coming weeks honing her message.', {
      text: 'she will spend the coming weeks honing her message',
      speaker: 'Her advisers and allies',
    });
    expectQuote('Again, those surveyed said Trump was best able to handle the issue.', {
      text: 'Trump was best able to handle the issue',
      speaker: 'those surveyed',
    });
  });

  it('should take "Each side" and a group after a subordinator opening the sentence', () => {
    expectQuote("Each side said the other would be responsible if the money isn't approved.", {
      text: "the other would be responsible if the money isn't approved",
      speaker: 'Each side',
    });
    expectQuote('While those surveyed said Jeb Bush has the best experience, Trump is the candidate they trust most.', {
      text: 'Jeb Bush has the best experience',
      speaker: 'those surveyed',
    });
  });

  it('should take only a group for the speaker of cues other than "say" and "tell"', () => {
    expectQuote('Some Clinton allies suggested that intelligence officials were politically motivated.', {
      text: 'that intelligence officials were politically motivated',
      speaker: 'Some Clinton allies',
      cue: 'suggested',
    });
    expectNoQuotes('The test suggested that his position would be strongest if he refused.');
    // ... but an occupation is a person's description, which speaks with any cue (PolNeAR, Politico 2015-12-03).
    expectQuote('The businessman suggested that his position would be strongest if he refused.', {
      text: 'that his position would be strongest if he refused',
      speaker: 'The businessman',
      cue: 'suggested',
    });
  });

  it('should not take a phrase that is not a counted or described group', () => {
    expectNoQuotes('Voting Tuesday say nothing.');
    expectNoQuotes('In the end they say.');
    expectNoQuotes('At the station they say little.');
  });

  it('should read a poll figure after a semicolon, and end the claim before the next figure after ", and" (PolNeAR, recovery-2020)', () => {
    // USA Today 2016-08-16: the semicolon had hidden "26%" as the clause's subject; recovery-2020 (CNBC): "28% said" had
    // been no claim, its content run on into "and around 60% said".
    expect(
      attributed('Millennials hold liberal views: 53% describe themselves as liberal on social issues; 26% say they are conservative.')
        .quotes,
    ).toEqual([[93, 114, '26%', '26%']]);
    expect(
      attributed(
        'A survey by investment bank Jefferies of 500 female shoppers found that 60% said they would make some change to their spending; 28% said they would spend more on apparel online initially after stores reopened, and around 60% said they would avoid trying on clothes in stores after COVID-19.',
      ).quotes,
    ).toEqual([
      [137, 208, '28%', '28%'],
      [230, 289, 'around 60%', 'around 60%'],
    ]);
  });
});
