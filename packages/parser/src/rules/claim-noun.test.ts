import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes } from '../test-helpers';

describe('claimNoun', () => {
  it('should read a claim named by a noun: its possessor speaks, its "that" clause is what was said', () => {
    // Sentences of PolNeAR training articles (Politico, Washington Post 2016): none had been a claim.
    expect(
      attributed(
        'Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS.”',
      ).quotes,
    ).toEqual([[98, 136, 'Donald Trump', 'Donald Trump']]);
    expect(
      attributed("The tactic was reminiscent of the campaign's earlier claim that Sanders wanted to dismantle the Affordable Care Act.")
        .quotes,
    ).toEqual([[64, 115, 'the campaign', 'campaign']]);
  });

  it('should resolve a possessive pronoun as its subject form, past a phrase before "that"', () => {
    expect(
      attributed(
        'Marcel Lazar pleaded guilty. Investigators have no evidence that Lazar accessed the account, despite his claim in a recent Fox News interview that he had done so.',
      ).quotes,
    ).toEqual([[147, 161, 'his', 'Marcel Lazar']]);
  });

  it("should end the clause before the sentence's own verb, and read no relative clause as a claim", () => {
    // recovery-2020: the clause had run on into "is badly off-base".
    expect(
      attributed("McConnell's suggestion that states would use fiscal relief to bail out their pension systems is badly off-base.").quotes,
    ).toEqual([[28, 92, 'McConnell', 'McConnell']]);
    expectNoQuotes("Trump's comments that stand in contrast to recommendations from experts drew criticism.");
    expectNoQuotes('The claims that were made by the campaign were false.');
  });
});
