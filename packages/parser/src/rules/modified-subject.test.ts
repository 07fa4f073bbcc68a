import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes } from '../test-helpers';

describe('modifiedSubject', () => {
  it('should take a noun phrase with a relative clause, a participle or a prepositional phrase after its head', () => {
    // Sentences of PolNeAR training articles (HuffPost, USA Today 2016): none had been a claim.
    expect(
      attributed('But progressive organizations that have endorsed him say they believe superdelegates should choose the candidate.')
        .quotes,
    ).toEqual([[57, 112, 'progressive organizations that have endorsed him', 'progressive organizations that have endorsed him']]);
    expect(attributed('Democrats trying to regain control of the Senate in November say they have a powerful new weapon.').quotes).toEqual([
      [
        65,
        96,
        'Democrats trying to regain control of the Senate in November',
        'Democrats trying to regain control of the Senate in November',
      ],
    ]);
    expect(attributed('Thirty-one percent of those surveyed say they would be satisfied if he won the nomination.').quotes).toEqual([
      [41, 89, 'Thirty-one percent of those surveyed', 'Thirty-one percent of those surveyed'],
    ]);
  });

  it('should take spokespeople and spokesmen for a group as plurals', () => {
    // recovery-2020 (2020-05): "Spokespeople for each institution" had been no speaker.
    expect(
      attributed('Spokespeople for each institution said Wednesday it’s too early to talk about possible success rates.').quotes,
    ).toEqual([[49, 100, 'Spokespeople for each institution', 'Spokespeople for each institution']]);
  });

  it('should take a study or survey with what it studied after its head, for verbs of findings', () => {
    // recovery-2020 (2020-05): the study had been no speaker.
    expect(
      attributed(
        'A study in macaques infected with the new coronavirus suggested that once infected, the monkeys produce neutralizing antibodies and resist further infection.',
      ).quotes,
    ).toEqual([[64, 156, 'A study in macaques infected with the new coronavirus', 'study in macaques infected with the new coronavirus']]);
  });

  it('should take no clause for a subject: a verb before the cue, a finite verb after the head, an infinitive cue', () => {
    // recovery-2020 sentences the first version of the rule read so.
    expectNoQuotes('The media is naturally loath to shift gears and say that the coronavirus has begun to loosen its grip.');
    expectNoQuotes('The council voted 6-1 for the resolution which says the city condemns the speech.');
    expectNoQuotes('The campaign aide later clarified that she misspoke and intended to say that it was a mistake.');
  });
});
