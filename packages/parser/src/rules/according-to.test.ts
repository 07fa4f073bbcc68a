import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes, expectQuote, expectQuotes, quoteSpans } from '../test-helpers';

describe('accordingTo', () => {
  it('should attribute "According to X, ..." to X', () => {
    expectQuote('According to the agency, Putin is ready to wage war and seize more territory.', {
      text: 'Putin is ready to wage war and seize more territory',
      speaker: 'the agency',
      cue: 'According to',
      kind: 'indirect',
    });
  });

  it('should attribute "..., according to X." to X', () => {
    expectQuote('The death toll rose to 48 overnight, according to the Kenya Red Cross.', {
      text: 'The death toll rose to 48 overnight',
      speaker: 'the Kenya Red Cross',
      source: 'Kenya Red Cross',
    });
  });

  it('should take a long name, a poll named across a slash, and a source ending the sentence with no comma (PolNeAR)', () => {
    expectQuote(
      'Clinton and Trump are more strongly disliked than any nominee in 64 years, according to the Roper Center for Public Opinion Research at Cornell University in New York.',
      {
        text: 'Clinton and Trump are more strongly disliked than any nominee in 64 years',
        // The place after the name says where the body is; it is not part of the speaker.
        speaker: 'the Roper Center for Public Opinion Research at Cornell University',
      },
    );
    expectQuote("According to July's Washington Post/ABC News polling, more than half of Clinton's support comes from women.", {
      text: "more than half of Clinton's support comes from women",
      speaker: "July's Washington Post/ABC News polling",
    });
    expectQuote('Clinton is now well ahead of the GOP challenger 46 percent to 39 percent according to a CBS poll released Monday.', {
      text: 'Clinton is now well ahead of the GOP challenger 46 percent to 39 percent',
      cue: 'according to',
    });
  });

  it('should make it mixed when quoted words are inside', () => {
    expectQuotes('According to the dictator, the success is enough to "sell" the victory.', [
      { text: 'the success is enough to "sell" the victory', kind: 'mixed', speaker: 'the dictator' },
    ]);
  });

  it('should take a record for the source ("according to his Facebook profile")', () => {
    expectQuote('The pilot had been with EgyptAir since 2004, according to his Facebook profile.', {
      text: 'The pilot had been with EgyptAir since 2004',
      speaker: 'his Facebook profile',
      cue: 'according to',
    });
  });

  it('should end the source before its relative clause ("a campaign official who was not authorized ...")', () => {
    expectQuote(
      'The Democratic front-runner will propose spending $2 billion a year in an attempt to cure the degenerative brain disease by 2025, according to a campaign official who was not authorized to speak publicly before the announcement.',
      {
        text: 'The Democratic front-runner will propose spending $2 billion a year in an attempt to cure the degenerative brain disease by 2025',
        speaker: 'a campaign official',
        cue: 'according to',
      },
    );
  });

  it('should take any short noun phrase after "according to" as its source, up to a dash (PolNeAR)', () => {
    expectQuote(
      "Mrs. Clinton's entire tax plan would raise only $1.1 trillion over the next decade, according to the Tax Policy Center - half a percentage point of GDP.",
      {
        text: "Mrs. Clinton's entire tax plan would raise only $1.1 trillion over the next decade",
        speaker: 'the Tax Policy Center',
        cue: 'according to',
      },
    );
    expectQuote('According to state law, no one may solicit a person’s vote within 150 feet of a polling location.', {
      text: 'no one may solicit a person’s vote within 150 feet of a polling location',
      speaker: 'state law',
    });
  });

  it('should leave the claim to what follows a parenthetical "according to X," after a subordinator', () => {
    expectQuote('Trump went to that debate, because, according to Trump, the media would call him a “chicken” if he didn’t.', {
      text: 'the media would call him a “chicken” if he didn’t',
      speaker: 'Trump',
      kind: 'mixed',
    });
  });

  it('should take no source where "according to" is followed by nothing (found by the schema property)', () => {
    expectNoQuotes(' according to , she said.');
  });

  it('should take the whole sentence when "according to X," interrupts it after an opening phrase', () => {
    const text = 'About 10:03 p.m., according to a congressional timeline, the CIA security contractors left for the diplomatic compound.';
    const result = expectQuote(text, {
      text: 'About 10:03 p.m., according to a congressional timeline, the CIA security contractors left for the diplomatic compound',
      speaker: 'a congressional timeline',
      cue: 'according to',
    });
    expect(result.quotes[0]?.span).toEqual({ start: 0, end: 118 });
  });

  it('should give "according to" a name in apposition to its source, with the source for its role', () => {
    const result = expectQuotes('According to her lawyer, Lisa Bloom, the claims are false.', [
      { text: 'the claims are false', speaker: 'Lisa Bloom', source: 'Lisa Bloom', cue: 'According to' },
    ]);
    expect(result.sources[0]?.roles).toEqual(['lawyer']);
    expectQuotes('The movie plays this weekend at the drive-in, according to its owner, Paul Meyer, a real estate developer.', [
      { text: 'The movie plays this weekend at the drive-in', speaker: 'Paul Meyer', source: 'Paul Meyer', cue: 'according to' },
    ]);
  });

  it('should leave a participle after "according to X," out of the claim', () => {
    // PolNeAR (Washington Post, 2016-05-29): "taking a step ..." is the writer's.
    expectQuote(
      'Verizon has struck a provisional work agreement with unions representing nearly 40,000 employees, according to the Labor Department, taking a step toward ending the strike.',
      {
        text: 'Verizon has struck a provisional work agreement with unions representing nearly 40,000 employees',
        speaker: 'the Labor Department',
        cue: 'according to',
      },
    );
  });

  it("should not take the claim's subject for a document's apposition ('According to an FBI summary ..., Cheryl Mills, ...')", () => {
    // PolNeAR (Washington Post, 2016-09-07): a summary has no name in apposition; its issuer speaks.
    const text =
      'According to an FBI summary of its investigation, Cheryl Mills, a top Clinton aide, sent the employee an email referencing the preservation request.';
    const result = expectQuotes(text, [
      {
        text: 'Cheryl Mills, a top Clinton aide, sent the employee an email referencing the preservation request',
        speaker: 'an FBI summary',
        cue: 'According to',
      },
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['FBI']);
    // A relation has a name in apposition, as a title does (recovery-2020, Washington Post obituaries).
    expectQuote('Keith Redding had an easy grin and a good-natured sense of humor, according to his wife, Dana.', {
      text: 'Keith Redding had an easy grin and a good-natured sense of humor',
      source: 'Dana',
    });
  });

  it('should end the claim before "according to X" with no comma when a new clause follows the source, not where it means "in accordance with"', () => {
    // PolNeAR (Breitbart, 2016-05-24): the claim had been lost; reuters-21578 (reuters-9406) keeps no "market conditions" speaker.
    const text =
      'Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press, but the self-described democratic socialist has vowed to stay in. The share price would be determined according to market conditions, but it would be at the middle market price.';
    expect(quoteSpans(text)).toEqual([
      [0, 83, 'a count by The Associated Press'],
      [184, 194, 'the self-described democratic socialist'],
    ]);
  });

  it('should read a plural\'s possessive apostrophe inside the source ("the Detectives\' Endowment Association")', () => {
    // recovery-2020 (NBC News, 2020-04) and reuters-21578: the source had stopped at "the Detectives", a description
    // then given to the person in focus; "British Airways' Colin Marshall" had been British Airways.
    const { quotes, kinds } = attributed(
      "Cedric Dixon, 48, was a New York Police Department detective who served the city for 23 years, according to the Detectives' Endowment Association. British Airways will add flights, according to British Airways' Colin Marshall.",
    );
    expect(quotes).toEqual([
      [0, 93, "the Detectives' Endowment Association", "Detectives' Endowment Association"],
      [147, 179, "British Airways' Colin Marshall", 'Colin Marshall'],
    ]);
    expect(kinds).toEqual(['organization', 'person']);
  });

  it('should open the claim at a parenthesis that holds "according to" ("(the actual number is ..., according to X)")', () => {
    // PolNeAR (Washington Post, 2015-12-13): the claim had run from the sentence's start, over the claim before it.
    const text =
      'He cited a claim that African Americans killed 81 percent of white homicide victims (the actual number is closer to 15 percent, according to Factcheck.org).';
    expect(attributed(text).quotes).toEqual([
      [9, 83, 'He', undefined],
      [85, 126, 'Factcheck.org', 'Factcheck.org'],
    ]);
  });

  it('should take no phrase of place for a speaker ("In Terre Haute, called ... by the citizens,")', () => {
    // PolNeAR (Breitbart, 2015-12-04): "In Terre Haute" had spoken through the passive "called", taking the claim whole.
    const text =
      'In Terre Haute, called the “Crossroads of America” by the citizens, the GOP leaners in the area seem enamored with Trump, according to Politico.';
    expect(attributed(text).quotes).toEqual([[0, 120, 'Politico', 'Politico']]);
  });

  it('should open a claim after a colon, and past a description of the source', () => {
    // PolNeAR (HuffPost, 2016-07-18): "According to" after a colon had found no claim; recovery-2020 (five articles):
    // "According to Ed Slott, a CPA with ..., the CARES Act ..." had opened the claim with the description.
    expect(
      attributed('And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.').quotes,
    ).toEqual([[57, 103, 'recent polls', 'recent polls']]);
    expect(
      attributed(
        'According to Ed Slott, a CPA with Ed Slott and Company, the CARES Act increases the maximum loan amount for qualified individuals.',
      ).quotes,
    ).toEqual([[56, 129, 'Ed Slott', 'Ed Slott']]);
    expect(
      attributed(
        'According to SafeGraph, a company that aggregates cellphone location information, the peak of the lockdown was the week of April 1.',
      ).kinds,
    ).toEqual(['organization']);
  });

  it('should take "according to" a source dated with a year as ending its sentence', () => {
    // recovery-2020 (2020-04): ", 2020." after the release's date had hidden that the source ends the sentence.
    expect(
      attributed(
        '"Anthony Smith will be deeply missed by family, friends and all that knew him."\n\nDetroit postal worker Anthony Smith died from coronavirus according to a press release dated April 1, 2020.',
      ).quotes.at(-1),
    ).toEqual([81, 138, 'a press release', 'a press release']);
  });

  it('should leave the day out of the source ("according to an official announcement Friday") and take no illness for it', () => {
    // recovery-2020 (recovery-0652): the day had been read as a name, and the claim given to "The COVID-19" that
    // opens the article.
    expectQuotes(
      'The COVID-19 pandemic has put yet another festival on hold.\n\nThe Chosen Few Picnic & House Music Festival has been postponed, according to an official announcement Friday.',
      [
        {
          text: 'The Chosen Few Picnic & House Music Festival has been postponed',
          speaker: 'an official announcement',
          source: 'an official announcement',
        },
      ],
    );
  });
});
