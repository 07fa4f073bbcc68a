import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes } from '../test-helpers';

describe('issuingVerbBefore', () => {
  it('should give the participle after an issued statement the speaker who issued it', () => {
    // Sentences of PolNeAR training articles (Washington Post 2016): none had been a claim.
    expect(
      attributed('His office put out a statement saying the U.S. does not have the capacity to properly vet every incoming refugee.')
        .quotes,
    ).toEqual([[38, 112, 'His office', 'His office']]);
    expect(
      attributed(
        'In Washington, President Obama released a statement Thursday night condemning "what appears to be a horrific terrorist attack in Nice, France."',
      ).quotes,
    ).toEqual([[78, 143, 'President Obama', 'Obama']]);
    // (The verb that issued it comes before a phrase of time: the statement was the town's, not "The town released" a clause.)
    expect(attributed('The town released a statement Wednesday saying the comments are based on opinion.').quotes).toEqual([
      [47, 80, 'The town', 'town'],
    ]);
    // recovery-2020 (Business Insider, 2020-04): "Many lenders have issued statements" had been the speaker; the lenders are.
    expect(attributed("Many lenders have issued statements saying they won't report forbearance to credit bureaus.").quotes).toEqual([
      [43, 90, 'Many lenders', 'Many lenders'],
    ]);
    // recovery-2020: the sentence's opening adverb had been taken for the speaker.
    expect(
      attributed('Afterward, a spokeswoman for the facility released a statement saying workers were being evaluated after each shift.')
        .quotes,
    ).toEqual([[70, 115, 'a spokeswoman for the facility', 'spokeswoman for the facility']]);
  });

  it('should read no claim in a participle that is no cue', () => {
    expectNoQuotes('The company released a statement showing growth.');
  });

  it('should read a campaign email with a day after it ("sent a fundraising email Wednesday saying that ...")', () => {
    // polnear-train (wash-post, 2016-02).
    expect(
      attributed(
        'The Cruz campaign sent a fundraising email Wednesday saying that the results in Iowa and New Hampshire show Cruz and Trump are in a two-man race.',
      ).quotes,
    ).toEqual([[60, 144, 'The Cruz campaign', 'Cruz campaign']]);
  });
});
