import { describe, expect, it } from 'vitest';
import { leftSubject, sentenceSubject } from './subject';
import { tokenize } from './tokens';

/** The subject before the word `cue` of `text`, read as its sentence's (or, `left`, as the cue's), as [start, end, text, clause start]. */
function subjectOf(text: string, cue: string, left = false): [number, number, string, number] | null {
  const tokens = tokenize(text, 0, text.length);
  const k = tokens.findIndex((t) => t.text === cue);
  const subject = left ? leftSubject(text, tokens, k, 0) : sentenceSubject(text, tokens, 0, k);
  return subject === null ? null : [subject.mention.start, subject.mention.end, subject.mention.text, subject.clauseStart];
}

/** The subject sentenceSubject reads before the word `cue` of `text`, as [start, end, text]. */
function subjectBefore(text: string, cue: string): [number, number, string] | null {
  const found = subjectOf(text, cue);
  return found === null ? null : [found[0], found[1], found[2]];
}

describe('sentenceSubject', () => {
  it('should take the name set after a titled description that opens the sentence ("The Governor of the Bank of England, Robin Leigh-Pemberton,")', () => {
    // reuters-21578 (reuters-5030): "describing them as ..." had been spoken by a person named "Governor".
    const text =
      'The Governor of the Bank of England, Robin Leigh-Pemberton, repeated his criticism of City predators, describing them as "thoroughly irresponsible."';
    expect(subjectBefore(text, 'describing')).toEqual([37, 58, 'Robin Leigh-Pemberton']);
    expect(subjectBefore('The company, Texaco Inc, filed a suit, saying it was owed money.', 'saying')).toEqual([0, 11, 'The company']);
  });

  it('should read "Published reports" and "About 20 members" as unnamed subjects, not names "Published" and "About"', () => {
    // reuters-21578 (reuters-907, reuters-15367): "About" had been a body speaking, "Published" a person.
    expect(subjectBefore('Published reports put the value of the aircraft order, including engines, at 2.5 billion dlrs.', 'put')).toEqual([
      0,
      17,
      'Published reports',
    ]);
    const text =
      'About 20 members of the Taiwan parliament criticised the government for holding too much of its reserves in U.S. Dollars and asked the cabinet to diversify these holdings.';
    expect(subjectBefore(text, 'asked')).toEqual([0, 16, 'About 20 members']);
  });

  it('should read past an opening phrase of "alongside" and a focusing "even" to the subject', () => {
    // PolNeAR (Western Journalism, 2016-02-17): "Alongside BLM" had been the speaker of "saying, “At some point ...”".
    const text =
      'Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose whose side she’s on, saying, “At some point, she’s going to have to come out.”';
    expect(subjectBefore(text, 'saying')).toEqual([37, 57, 'a top GOP strategist']);
  });

  it('should not end an unnamed subject at an adjective in -or ("A senior ministry official declined ..., but said")', () => {
    // reuters-21578 (reuters-14828 and four more): the speaker had been "A senior".
    const text = 'A senior ministry official declined to give an exact timing, but said he expects removal of the ban.';
    expect(subjectBefore(text, 'said')).toEqual([0, 26, 'A senior ministry official']);
  });

  it('should read the subject past an opening phrase and a clause of time as long as it (USA Today, 2016)', () => {
    const text =
      'Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked straight into my iPhone camera, furrowed his brow and said, "I\'m gonna endorse YOU!"';
    expect(subjectBefore(text, 'said')).toEqual([82, 84, 'he']);
  });
});

describe('leftSubject', () => {
  it('should take the antecedent of a relative aside that ends on a list of names ("in Iran, Turkey and France,")', () => {
    // polnear-train (politico, 2015-12-26): the diplomat's praise had been spoken by "France".
    const text =
      'Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised Obama’s presidency in an interview.';
    expect(subjectOf(text, 'praised', true)).toEqual([0, 10, 'Westmacott', 0]);
  });

  it('should skip an aside opening with an irregular participle ("The report, sent to employees on Friday, says")', () => {
    // recovery-2020 (recovery-1110): "sent to SpaceX employees" had been the speaker of the email's claim; "Friday" the
    // report's.
    const email = 'The email, sent to SpaceX employees, claims that the home-brewed hand sanitizer works.';
    expect(subjectOf(email, 'claims', true)?.[2]).not.toBe('sent to SpaceX employees');
    const report = 'The report, sent to employees on Friday, says that the plant will close.';
    expect(subjectOf(report, 'says', true)).toEqual([0, 10, 'The report', 0]);
  });

  it('should take the name before roles joined by "and" ("Robert Bretz, chairman of ... and director of ... at Pitney Bowes Inc said")', () => {
    // reuters-21578 (reuters-336): the second role had been read as the speaker, the company it names.
    const text =
      "Robert Bretz, chairman of the NAPM's business survey committee and director of materials management at Pitney Bowes Inc said the economy grew.";
    expect(subjectOf(text, 'said', true)).toEqual([0, 12, 'Robert Bretz', 0]);
  });

  it('should read a quantity opening the sentence with its group ("Some stores have taken ...", "Some of those women were")', () => {
    // recovery-2020 (recovery-1011): "Some" had been resolved to Maryland.
    const stores = 'Some stores have taken a stronger stance, asking people without coverings to leave.';
    expect(subjectBefore(stores, 'asking')).toEqual([0, 11, 'Some stores']);
    expect(subjectBefore('Some of those women were angry, saying they had waited for weeks.', 'saying')).toEqual([
      0,
      19,
      'Some of those women',
    ]);
    // (A quantity with no plural and verb after it stays alone: "Some say ..." is elliptical.)
    expect(subjectBefore('Some say the rules are too strict, saying they hurt business.', 'saying')).toEqual([0, 4, 'Some']);
  });

  it('should take a company named after a description placed "in London," not read it as the town\'s state', () => {
    // reuters-21578 (reuters-3031): the claim had no speaker at all.
    const text =
      'A newly formed credit rating agency based\nin London, EuroRatings Ltd, said it will begin providing\nevaluations of the quality of eurobond offerings.';
    expect(subjectOf(text, 'said', true)).toEqual([53, 68, 'EuroRatings Ltd', 10]);
  });
});
