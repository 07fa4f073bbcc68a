import { describe, it } from 'vitest';
import { expectNoQuotes } from './test-helpers';

// Inputs that must yield no claim at all: quotation marks and speech verbs that attribute nothing.
describe('negative cases', () => {
  it('should not take scare quotes as claims', () => {
    expectNoQuotes('His condition is that Kyiv recognizes the "borders" along which the front line now runs.');
    expectNoQuotes('The "national conscription" scared part of the population.');
  });

  it('should not take titles of works as claims', () => {
    expectNoQuotes('She starred in "The Long Goodbye" and later in "Night Train to Lisbon" at the festival.');
  });

  it('should not take nicknames as claims', () => {
    expectNoQuotes('Lead singer Riefian "Ifan" Fajarsyah was on stage when the wave hit.');
  });

  it('should not take a noun that looks like a cue as one', () => {
    expectNoQuotes('A claim the debt is higher could support the cuts.');
    expectNoQuotes('In a Facebook post to his constituents, the minister expressed concern about the law.');
  });

  it('should not take an act done to something as a claim ("defended the decision", "slammed the bill", "indicated")', () => {
    // PolNeAR annotates these as attributions of no speech (defended 23 of 28 found, slammed 9 of 10, portrayed 6 of 6,
    // encouraged 7 of 8, challenged 4 of 4 on polnear-train): they report what someone did, not what they said.
    expectNoQuotes('Clinton defended her use of a private email server during the debate.');
    expectNoQuotes('Republicans slammed the spending bill on Monday.');
    expectNoQuotes('The campaign portrayed him as a strong leader.');
    expectNoQuotes('Sanders encouraged his supporters to vote early.');
    // Nor what someone signals, blames or denies (polnear-train: indicated 22 of 27 found no speech, blamed 14 of 17,
    // denied 10 of 12, worried 6 of 7, reminded 5 of 6, signaled 5 of 5).
    expectNoQuotes('The governor indicated he would sign the bill.');
    expectNoQuotes('Trump blamed the media for the loss.');
    expectNoQuotes('The company denied the allegations.');
  });

  it('should not take a cue with nothing reported after it', () => {
    expectNoQuotes('The ministry said in a statement.');
    expectNoQuotes('Carolina added three more goals before the end of the period.');
  });

  it('should not take negated or passive speech as a claim', () => {
    expectNoQuotes('Ukraine did not say whether the talks would go ahead.');
    expectNoQuotes('It is also noted that the talks stalled.');
  });

  it('should not take a link teaser as a claim', () => {
    expectNoQuotes('The rally went on.\n\nREAD MORE: Trudeau says the detentions are disturbing\n\nIt ended at noon.');
  });

  it('should not take a thing in an absolute phrase for the subject of a participle ("with coffee added")', () => {
    // reuters-21578: "Physical rubber trading was launched in 1985" had been coffee's claim.
    expectNoQuotes('Physical rubber trading was launched in 1985, with coffee added in January 1986.');
  });

  it('should yield nothing for empty, blank or garbled input', () => {
    expectNoQuotes('');
    expectNoQuotes(' \n\t ');
    expectNoQuotes('"""""""" “““ ”” «« »» \u0000\u0001\ufffd');
  });
});
