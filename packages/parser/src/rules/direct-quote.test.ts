import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, attributed, expectNoQuotes, expectQuote, expectQuotes, quoteSpans } from '../test-helpers';

describe('directQuote', () => {
  it('should attribute a quote followed by "she said"', () => {
    expectQuote('"We will not give up," she said.', { text: '"We will not give up,"', speaker: 'she', cue: 'said', kind: 'direct' });
  });

  it('should attribute a quote followed by an inverted "said X"', () => {
    expectQuote('"The talks are over," said Yoav Sella.', {
      text: '"The talks are over,"',
      speaker: 'Yoav Sella',
      source: 'Yoav Sella',
      cue: 'said',
    });
  });

  it('should attribute a quote introduced by "X said:"', () => {
    expectQuote('Peskov said: “Russia is ready for talks.”', { text: '“Russia is ready for talks.”', speaker: 'Peskov', cue: 'said' });
  });

  it('should keep a quote interrupted by its attribution as one quote', () => {
    expectQuote('"We will not," she said, "give up."', { text: '"We will not," she said, "give up."', speaker: 'she', cue: 'said' });
  });

  it('should keep a quote interrupted by a speaker with a long appositive as one quote (The Washington Post, 2016)', () => {
    const text =
      '"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, "is that we\'re going to be attracting workers and repelling jobs."';
    const result = expectQuote(text, { text, speaker: 'Edward Leamer', cue: 'said', kind: 'direct' });
    expect(result.quotes[0]?.span).toEqual({ start: 0, end: text.length });
  });

  it('should not join a quotation that a second cue introduces ("wrote this week, adding that ..., “...”")', () => {
    const text =
      '"Loud footsteps upstairs could easily shake the Senate races below," analyst Charlie Cook wrote this week, adding that if the party loses badly, "hanging onto the Senate would be a long shot at best."';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes[0]?.span).toEqual({ start: 0, end: 68 });
  });

  it('should attribute "Said X, who ..., “...”", the speaker before an appositive', () => {
    expectQuote('Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”', {
      text: '“We were all so proud of him.”',
      speaker: 'Dorothy Poynter',
      cue: 'Said',
      kind: 'direct',
    });
  });

  it('should see past a phrase of place or time of more than ten words between the cue and the quotation', () => {
    // PolNeAR (Western Journalism, 2016).
    expectQuote(
      'Sen. Ron Johnson, R-Wis., said in an op-ed piece before a 2014 Senate Benghazi hearing, “The State Department not only failed to honor repeated requests.”',
      {
        text: '“The State Department not only failed to honor repeated requests.”',
        speaker: 'Sen. Ron Johnson',
        cue: 'said',
        kind: 'direct',
      },
    );
  });

  it('should take the subject of "followed that by saying, “...”" for the speaker', () => {
    expectQuote('Clinton followed that by saying, "I am not a natural politician, in case you haven\'t noticed."', {
      text: '"I am not a natural politician, in case you haven\'t noticed."',
      speaker: 'Clinton',
      cue: 'saying',
    });
  });

  it('should take "continued" as a cue beside a quotation only (The Washington Post, 2016)', () => {
    expectQuote('Trump spoke in Ohio. He continued, “I’ve never heard of anyone who destroyed 34,000 records who didn’t get indicted.”', {
      text: '“I’ve never heard of anyone who destroyed 34,000 records who didn’t get indicted.”',
      speaker: 'He',
      cue: 'continued',
    });
    expectNoQuotes('Prices continued to rise through the week, the third week in a row.');
  });

  it('should attribute a quote in guillemets', () => {
    expectQuote('«Nous ne céderons pas», a déclaré Macron. «Jamais, jamais», said Emmanuel Macron.', {
      text: '«Jamais, jamais»',
      speaker: 'Emmanuel Macron',
      cue: 'said',
    });
  });

  it('should continue the speaker of a paragraph-long quote with no cue', () => {
    expectQuotes('"It is hard," Lonechild said.\n\n"But I try to be gentle with myself and with the young people I meet."', [
      { text: '"It is hard,"', source: 'Lonechild', cue: 'said' },
      {
        text: '"But I try to be gentle with myself and with the young people I meet."',
        source: 'Lonechild',
        speaker: null,
        cue: null,
      },
    ]);
  });

  it('should attribute a quote in two apostrophes (New York Times archive)', () => {
    expectQuotes(
      "''We wanted to control the real estate,'' Michael C. Cernech, the city manager, said. ''You'd have to be insane,'' he said.",
      [
        { text: "''We wanted to control the real estate,''", speaker: 'Michael C. Cernech', cue: 'said', kind: 'direct' },
        { text: "''You'd have to be insane,''", speaker: 'he', source: 'Michael C. Cernech', cue: 'said', kind: 'direct' },
      ],
    );
  });
  it('should read a quoted title inside a sentence as part of it, with the clause after the cue as the claim', () => {
    expectQuote(
      'On Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said Democratic presidential candidate Hillary Clinton’s “judgment” and “honesty” are in question.',
      {
        text: 'Democratic presidential candidate Hillary Clinton’s “judgment” and “honesty” are in question',
        speaker: 'Rep. Darrell Issa',
        cue: 'said',
        kind: 'mixed',
      },
    );
  });

  it('should give a quote after ", saying," to the subject of its sentence (Breitbart, 2016)', () => {
    expectQuote(
      'Before the convention, Cleveland Police Chief Calvin Williams lobbied to suspend open-carry rights downtown, saying, "The fewer guns, the better."',
      { text: '"The fewer guns, the better."', speaker: 'Cleveland Police Chief Calvin Williams', cue: 'saying', kind: 'direct' },
    );
    expectQuote('The former Republican presidential candidate continued, saying, "You need somebody who understands economics."', {
      text: '"You need somebody who understands economics."',
      speaker: 'The former Republican presidential candidate',
    });
    expectQuote('And then Trump went fully on the attack, saying, "Is President Obama going to finally mention the words?"', {
      text: '"Is President Obama going to finally mention the words?"',
      speaker: 'Trump',
    });
  });

  it('should find the speaker after a cue that opens the sentence ("Said Comey, “…”")', () => {
    expectQuote('It was painful. Said Comey, "The thought that an error on our part is connected to this is very painful to us."', {
      text: '"The thought that an error on our part is connected to this is very painful to us."',
      speaker: 'Comey',
      cue: 'Said',
      kind: 'direct',
    });
  });

  it('should read "As X put it, “…”" as X’s quote (New York Times, 2016)', () => {
    expectQuote(
      "As Akhil Amar, professor of constitutional law at Yale, put it, ''Senate Republicans should remember that a compromise candidate today may be far better for them.''",
      {
        text: "''Senate Republicans should remember that a compromise candidate today may be far better for them.''",
        speaker: 'Akhil Amar',
        cue: 'put',
      },
    );
  });

  it('should not take "continue" before quoted words with no comma as a cue ("would continue “to break barriers”")', () => {
    expectQuote('She said that her campaign would continue “to break barriers” across the nation.', {
      text: 'that her campaign would continue “to break barriers” across the nation',
      speaker: 'She',
      cue: 'said',
      kind: 'mixed',
    });
  });

  it('should join a quotation split by "Mr. Indyk said," into one quote: the abbreviation\'s period ends no sentence', () => {
    expectQuote("''There's a lot of water under the bridge,'' Mr. Indyk said, ''and it's very hard to imagine they can do anything.''", {
      text: "''There's a lot of water under the bridge,'' Mr. Indyk said, ''and it's very hard to imagine they can do anything.''",
      speaker: 'Mr. Indyk',
      cue: 'said',
    });
  });

  it('should take the quotation after "X issued a statement," as X\'s', () => {
    expectQuote('Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”', {
      text: '“Last night, our nation was attacked.”',
      speaker: 'Trump',
      cue: 'issued',
      kind: 'direct',
    });
  });

  it("should read past a plural possessive's apostrophe to the speaker and cue after the quotation", () => {
    // recovery-2020 (CNBC): "Partners’" is no closing quotation mark; "the players' union" neither.
    const text =
      '"We are a little bit worried about the electrification of transportation right now," Energy Impact Partners’ CEO Hans Kobler said.\n\n"The league has not talked to us about it," the players\' union said.';
    const result = expectQuotes(text, [
      {
        text: '"We are a little bit worried about the electrification of transportation right now,"',
        speaker: 'Energy Impact Partners’ CEO Hans Kobler',
        cue: 'said',
      },
      { text: '"The league has not talked to us about it,"', speaker: "the players' union", cue: 'said' },
    ]);
    expect(result.quotes[0]?.speaker).toEqual({ start: 85, end: 124, text: 'Energy Impact Partners’ CEO Hans Kobler' });
    expect(result.sources.map((s) => s.name)).toContain('Hans Kobler');
  });

  it('should keep the rest of the sentence after a quotation opened by "X said" as part of the claim', () => {
    // PolNeAR (Breitbart, 2016-01-05): a mixed quote, not the three quoted words alone.
    const text = 'Obama said “it gets me mad” every time he thinks about the 20 first-graders who were killed in the shooting.';
    const result = expectQuotes(text, [
      {
        text: '“it gets me mad” every time he thinks about the 20 first-graders who were killed in the shooting',
        speaker: 'Obama',
        cue: 'said',
        kind: 'mixed',
      },
    ]);
    expect(result.quotes[0]?.span).toEqual({ start: 11, end: 107 });
  });
  it('should not join a quotation that has its own speaker after it to the quote before it', () => {
    // PolNeAR (USA Today, 2016-04-26): "said Kunin" attributes the second quotation; it is no second part of hers.
    const text =
      '"His normal demeanor is grumpy," she said, but despite the increasingly fractious tone, "I think he will do it," said Kunin, who has been critical of Sanders. "Now he\'s a national figure," said Kunin.';
    const result = expectQuotes(text, [
      { text: '"His normal demeanor is grumpy,"', speaker: 'she', cue: 'said' },
      { text: '"I think he will do it,"', speaker: 'Kunin', cue: 'said' },
      { text: '"Now he\'s a national figure,"', speaker: 'Kunin', cue: 'said' },
    ]);
    expect(result.quotes.map((q) => q.span)).toEqual([
      { start: 0, end: 32 },
      { start: 88, end: 112 },
      { start: 159, end: 188 },
    ]);
    // "who" is said of a person: a one-word name it follows is no body, here or where it is named again.
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Kunin', 'person']]);
  });
  it('should give a whole sentence a colon introduces to its introducer, not to the sentence after it', () => {
    // recovery-2020 (2020-05-12): the tweet went to Alameda County, which "announced" the next thing.
    const text =
      'On Tuesday, US President Donald Trump tweeted his support for Musk: “California should let Tesla & @elonmusk open the plant, NOW. It can be done Fast & Safely!” Later that evening, Alameda County announced it had reached an agreement with Tesla.';
    const result = expectQuotes(text, [
      {
        text: '“California should let Tesla & @elonmusk open the plant, NOW. It can be done Fast & Safely!”',
        speaker: 'US President Donald Trump',
        cue: 'tweeted',
      },
      { text: 'it had reached an agreement with Tesla', speaker: 'Alameda County', cue: 'announced' },
    ]);
    expect(result.quotes.map((q) => q.span)).toEqual([
      { start: 68, end: 160 },
      { start: 206, end: 244 },
    ]);
  });
  it('should take the speaker of "before saying,", "Yet another said," and "to announce," before a quotation', () => {
    // PolNeAR (NYT 2016-06-09, Politico 2016-02-04 and 2016-07-11): none of the three quotations had been found.
    const text =
      "On Tuesday, Mr. McConnell deflected numerous questions about Mr. Trump before saying, ''It's time to get on message.''\n\n“We are worried,” said one New Hampshire Republican. Yet another said, “Rubio is in a five-person battle.”\n\nThe editor I was talking to, Tim Grieve, interrupted me in mid-sentence to announce, “And there goes the franchise.”";
    const result = expectQuotes(text, [
      { text: "''It's time to get on message.''", speaker: 'Mr. McConnell', source: 'McConnell', cue: 'saying' },
      { text: '“We are worried,”', speaker: 'one New Hampshire Republican', cue: 'said' },
      // "another" of the group just quoted, as "some" would be.
      { text: '“Rubio is in a five-person battle.”', speaker: 'another', source: 'New Hampshire Republican', cue: 'said' },
      { text: '“And there goes the franchise.”', speaker: 'The editor', cue: 'announce' },
    ]);
    expect(result.quotes.map((q) => q.span.start)).toEqual([86, 120, 191, 313]);
  });
  it('should take a second quotation after ", adding," when the comma sits inside the first one', () => {
    // PolNeAR (Western Journalism, 2016-03-10): the second quotation had no speaker.
    const text =
      "On CBS' Face the Nation the day before, she stated, “When I look at this, an absence of action by NATO would have turned Libya into Syria,” adding, “I think maybe 1,500 people were killed.”";
    const result = expectQuotes(text, [
      { text: '“When I look at this, an absence of action by NATO would have turned Libya into Syria,”', speaker: 'she', cue: 'stated' },
      { text: '“I think maybe 1,500 people were killed.”', speaker: 'she', cue: 'adding' },
    ]);
    expect(result.quotes.map((q) => [q.span, q.speaker?.start])).toEqual([
      [{ start: 52, end: 139 }, 40],
      [{ start: 148, end: 189 }, 40],
    ]);
  });
  it('should find the speaker past a nested closing mark, "upon saying,", a second clause of time, and "Another child"', () => {
    // PolNeAR (HuffPost 2016-06-22, Politico 2016-07-25, Western Journalism 2016-06-11): none had been found.
    const text =
      '“She said that ‘I know the difference, and I want the House,’” Rep. Jim McDermott (D-Wash.) said.\n\nSilverman, herself a Sanders supporter during the primary, incurred a wave of boos upon saying, “Hillary heard the passion of the people.”\n\nOn Thursday, after remaining neutral throughout the primary process, Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I think having a fighter in the lead is exactly what this country needs.”\n\nAnother child responded, “That’s Hillary’s husband.”';
    const result = expectQuotes(text, [
      { text: '“She said that ‘I know the difference, and I want the House,’”', speaker: 'Rep. Jim McDermott', cue: 'said' },
      { text: '“Hillary heard the passion of the people.”', speaker: 'Silverman', cue: 'saying' },
      { text: '“I think having a fighter in the lead is exactly what this country needs.”', speaker: 'Warren', cue: 'saying' },
      { text: '“That’s Hillary’s husband.”', speaker: 'Another child', cue: 'responded' },
    ]);
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start])).toEqual([
      [0, 63],
      [195, 99],
      [392, 308],
      [493, 468],
    ]);
  });
  it('should take a name whose description runs to the cue without a closing comma', () => {
    // recovery-2020 (CNBC, Reuters): the speakers had been "Without" and "Moderna".
    const text =
      'Without these usual benchmarks, you might feel off or sad. "Uncertainty doesn\'t sit well," Kevin Antshel, clinical psychologist and director of the clinical psychology program at Syracuse University tells CNBC Make It.\n\n“We are very, very happy because first the vaccine was generally safe,” Stephane Bancel, chief executive of Moderna said in an interview.';
    const result = expectQuotes(text, [
      { text: '"Uncertainty doesn\'t sit well,"', speaker: 'Kevin Antshel', source: 'Kevin Antshel', cue: 'tells' },
      {
        text: '“We are very, very happy because first the vaccine was generally safe,”',
        speaker: 'Stephane Bancel',
        source: 'Stephane Bancel',
        cue: 'said',
      },
    ]);
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start])).toEqual([
      [59, 91],
      [220, 292],
    ]);
  });
  it('should end a speaker after the cue at "when asked", and resolve "he" to a one-word name that opens a sentence with "his"', () => {
    // recovery-2020 (Politico, May 2020, in 44 copies): "White House" (a body) and no speaker at all. "Trump" is
    // capitalized inside a sentence too, so it is a name and not a word that opens one.
    const text =
      'But after a manic 3½ years, the referendum on Trump may come down to the single issue of his handling of the coronavirus pandemic. By far the most sensitive subject is the awful reality of the growing death count. “I’m not going to play that game,” said one White House official when asked if there is a number of dead Americans beyond what the public would tolerate.\n\nTrump has repeatedly compared his pandemic response to fighting a war. “So it is a war and I define victory when it’s gone and we open successfully and we have a successful country again,” he said on May 1. “It can never be a total victory because too many people have died.”';
    const result = expectQuotes(text, [
      { text: '“I’m not going to play that game,”', speaker: 'one White House official', source: 'White House official', cue: 'said' },
      {
        text: '“So it is a war and I define victory when it’s gone and we open successfully and we have a successful country again,”',
        speaker: 'he',
        source: 'Trump',
        cue: 'said',
      },
      { text: '“It can never be a total victory because too many people have died.”', speaker: 'he', source: 'Trump' },
    ]);
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start])).toEqual([
      [214, 254],
      [440, 558],
      [576, 558],
    ]);
    expect(result.sources.find((s) => s.name === 'Trump')?.kind).toBe('person');
  });

  it('should keep a quoted sentence that runs on after its attribution as one mixed quote ("“...,” she said, would use ...")', () => {
    // PolNeAR (Breitbart, 2015-11-19; Washington Post, 2016-06-14): the claim had ended with the quotation.
    const result = expectQuotes(
      '“Only you, Dinesh,” she said, would use the occasion of a rather harsh sentence to reaffirm your love of country.',
      [
        {
          text: '“Only you, Dinesh,” she said, would use the occasion of a rather harsh sentence to reaffirm your love of country.',
          kind: 'mixed',
          speaker: 'she',
        },
      ],
    );
    expect(result.quotes.map((q) => [q.span.start, q.span.end])).toEqual([[0, 113]]);
    expectQuote('"It\'s our bad luck," he said, that both violent men had connections to this little mosque.', {
      text: '"It\'s our bad luck," he said, that both violent men had connections to this little mosque.',
      kind: 'mixed',
    });
    // A participle after the attribution is a claim of its own.
    expectQuotes('"It is a disaster," he said, adding that the plan had failed.', [
      { text: '"It is a disaster,"', kind: 'direct' },
      { text: 'that the plan had failed', kind: 'indirect' },
    ]);
  });
});

describe('a described subject before a direct quote', () => {
  it('should give a quotation introduced by "The email said," to the email, as "The email said that" is', () => {
    // PolNeAR (Western Journalism, 2016-04-22); reuters-21578 ("The communique said, “...”"): the quotes had no claim.
    const text =
      'According to The Guardian, an email was sent to the club members. The email said, "Effective immediately, we are going to begin to wind down the 501 c3 organization."';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const quote = result.quotes.find((q) => q.kind === 'direct');
    expect([quote?.span.start, quote?.span.end, quote?.speaker?.text]).toEqual([82, 166, 'The email']);
    expect(result.sources.find((s) => s.id === quote?.sourceId)?.kind).toBe('anonymous');
  });

  it('should read a day between the subject and its cue as wire copy writes it ("The Greek statement today said,")', () => {
    // reuters-21578 (reuters-772): the quotation had no speaker.
    const text =
      'The Greek statement today said, "Greece is not prepared to give up even a trace of its sovereignty rights to the seabed."';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.span.end, q.speaker?.text])).toEqual([[32, 121, 'The Greek statement']]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Greece', 'organization']]);
  });

  it('should give "The ad says “...”" to the ad, with no comma before the quotation, but not a clause before one', () => {
    // PolNeAR (Breitbart, 2016-04-14): the quotation had no claim.
    const text = 'Sanders is releasing a new ad. The ad says “nothing will change until we elect candidates who reject Wall Street money.”';
    expect(quoteSpans(text)).toEqual([[43, 120, 'The ad']]);
    // recovery-2020: "The lamps emit rays called “UVC,”" is a clause before a name, no one speaking.
    expect(parseArticle('The lamps emit rays called “UVC,” a part of the spectrum.', { ingestedAt: INGESTED_AT }).quotes).toEqual([]);
  });

  it('should read the quote after "Remarking upon X\'s “...,” Starr said," alone: the opener\'s quoted words are no part of it', () => {
    // PolNeAR (Politico, 2016-05-24): the participle's phrase and the quote had been one mixed quote.
    const text =
      'Remarking upon Clinton\'s "genuine empathy," Starr said, "Leave aside the unpleasantness, his genuine empathy for human beings is absolutely clear."';
    expect(attributed(text).quotes).toEqual([[56, 147, 'Starr', 'Starr']]);
  });

  it('should read a sentence that goes on past the quoted words after a name as one mixed quote', () => {
    // PolNeAR (Breitbart, 2016-02): 'saying "of course" Clinton has ...' had been the two quoted words alone.
    const text = 'Sanders started out their ninth debate saying "of course" Clinton has the qualifications to be president.';
    expect(attributed(text).quotes).toEqual([[46, 104, 'Sanders', 'Sanders']]);
  });

  it('should read the speaker of a relative "what X called “...”" and "which he described as “...”"', () => {
    // PolNeAR (Washington Post, 2016-06-07) and reuters-21578 (reuters-3534): the speaker had run back to the sentence's
    // start ("... shedding what Gilbert"), and a quote after "described as" had been no claim of its own.
    expect(
      attributed('Cleveland sought the convention in the hopes of shedding what Gilbert called "a perception problem."').quotes,
    ).toEqual([[77, 100, 'Gilbert', 'Gilbert']]);
    expect(
      attributed(
        'A spokesman, Ken Clark, said no radioactivity escaped during the incident last night, which he described as "a relatively minor problem that poses no safety hazard."',
      ).quotes,
    ).toEqual([
      [29, 84, 'Ken Clark', 'Ken Clark'],
      [108, 165, 'he', 'Ken Clark'],
    ]);
    // (A name's capitalized "What" is no relative: "What Works said".)
    expect(attributed('Companies had no research-based evidence of their effectiveness when What Works said they did not.').quotes).toEqual(
      [[85, 97, 'Works', 'Works']],
    );
  });
  it('should give a quote after ", adding," or "by saying," the speaker of the quote before, past its closing mark', () => {
    // PolNeAR training articles (Politico 2016, Washington Post 2016): both second quotations had been no claim.
    expect(
      attributed(
        'Asked a direct question about this in the debate, Clinton said, "I do take responsibility." She followed that by saying, "I am not a natural politician."',
      ).quotes,
    ).toEqual([
      [64, 91, 'Clinton', 'Clinton'],
      [121, 153, 'She', 'Clinton'],
    ]);
    // The participle's claim inherits the speaker of the cue before it: the mention shown is that one's.
    expect(
      attributed(
        '"They are not affiliated with the campaign," Hope Hicks said, adding, "Mr. Trump is incredibly grateful for their support."',
      ).quotes,
    ).toEqual([
      [0, 44, 'Hope Hicks', 'Hope Hicks'],
      [70, 123, 'Hope Hicks', 'Hope Hicks'],
    ]);
  });

  it('should take the name after a cue that opens the sentence before the quotation ("But, said Solovey, “...”")', () => {
    // polnear-train (wash-post, 2016-07).
    expect(attributed('But, said Solovey, "I don\'t want to drum up conflict because I know his penchant."').quotes).toEqual([
      [19, 82, 'Solovey', 'Solovey'],
    ]);
  });

  it('should not read the object of a participle after a quotation as its speaker', () => {
    // recovery-2020 (2020-05): "“structural change,” echoing Warren’s campaign trail stump speech" had made Warren the
    // speaker of Biden's words, and the next "he" hers.
    expect(
      attributed(
        'Biden has endorsed ideas of former rival Elizabeth Warren.\n\nBiden now talks about how the damage to the economy has created a “big” opportunity for “structural change,” echoing Warren’s campaign trail stump speech. Last week, Biden said on his podcast that “we need some revolutionary institutional changes.”',
      ).quotes,
    ).toEqual([[252, 308, 'Biden', 'Biden']]);
  });

  it('should read a manner of speaking after a quotation as its cue ("“...,” mumbled one onlooker")', () => {
    // reuters-21578 (1987-10): "mumbled" was no cue, and the onlooker's words had gone to the broker quoted before.
    expect(
      attributed(
        'In San Francisco, about 50 people on the sidewalk outside\nthe jammed lobby of Charles Schwab and Co, strained to see the\ndiscount brokerage house\'s large ticker display.\n    "I can\'t believe it," mumbled one onlooker.',
      ),
    ).toEqual({ quotes: [[174, 195, 'one onlooker', 'one onlooker']], kinds: ['anonymous'] });
  });

  it('should read a retort ("shot back", "fired back") and a laugh or a crack beside a quotation as its cue (PolNeAR)', () => {
    // PolNeAR (HuffPost 2016-02-12, Western Journalism 2016-08-25, New York Times 2016-03-16): the quotations had gone
    // unread, or to the speaker before.
    const text =
      '“Look at all these Bernie supporters here,” Paradis said. “They’re all here because he’s promising free stuff,” Bennett shot back.';
    expect(attributed(text).quotes).toEqual([
      [0, 43, 'Paradis', 'Paradis'],
      [58, 111, 'Bennett', 'Bennett'],
    ]);
    expect(attributed('“Who’s going to pay for it?” Trump asked.\n\n“Mexico!” the audience screamed back.').quotes).toEqual([
      [0, 28, 'Trump', 'Trump'],
      [43, 52, 'the audience', 'audience'],
    ]);
    expect(
      attributed("During their first debate, Hillary Clinton cracked, ''I'm a progressive who likes to get things done.''").quotes,
    ).toEqual([[52, 103, 'Hillary Clinton', 'Hillary Clinton']]);
  });

  it('should give a cue after a question to the quotation it introduces ("“...?” Mills then writes back, “...”")', () => {
    // PolNeAR (Politico 2015-12-31, Breitbart 2016-05-11): Clinton's question had been Mills's, with the sentence before it.
    const text = 'Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”';
    expect(attributed(text).quotes).toEqual([
      [32, 71, 'Clinton', 'Clinton'],
      [96, 112, 'Mills', 'Mills'],
    ]);
  });

  it('should leave the attribution that introduces a quotation out of it, when a second cue follows', () => {
    // recovery-2020 (recovery-0170, ABC News): the claim had opened at "His fellow teacher", its speaker the man mourned.
    const text =
      'Mondal was driven and dedicated, WABC reported.\n\nHis fellow teacher, Jessica St. Hilaire, told WABC, "He walked into my classroom and it was like playtime, that\'s who he was," she said.';
    expect(attributed(text).quotes).toEqual([
      [0, 31, 'WABC', 'WABC'],
      [101, 175, 'she', 'Jessica St. Hilaire'],
    ]);
    // reuters-21578 (reuters-14432): "In addition, he noted" had been a claim of its own.
    expect(
      quoteSpans(
        '"There is no indication that they will not be able to proceed adequately," Margoshes said. In addition, he noted, "there are insitutions that just cannot legally hold a stock that is in bankruptcy. That caused much of the selling at the opening," he said.',
      ),
    ).toEqual([
      [0, 74, 'Margoshes'],
      [114, 246, 'he'],
    ]);
  });

  it('should give a quoted question to the cue that introduced it, not to the next sentence’s cue', () => {
    // recovery-2020 (recovery-1193, Chicago Tribune): "She said" had taken the graduates' question, and her claim was lost.
    expect(
      quoteSpans(
        'Last week, Winfrey gave a commencement speech during Facebook’s virtual “Graduation 2020” event, and asked the graduates, “What will your essential service be?” She said she’s asked herself the same question.',
      ),
    ).toEqual([
      [122, 160, 'Winfrey'],
      [170, 207, 'She'],
    ]);
  });

  it('should read "said Concord resident Whit Symms" as the resident, not the town', () => {
    // PolNeAR (Washington Post 2016-08-26), recovery-2020 (recovery-0578): the town and the team ("Fire fan ...") had spoken.
    expect(attributed('"I can\'t vote for Trump," said Concord resident Whit Symms. "He\'s an embarrassment."')).toEqual({
      quotes: [
        [0, 25, 'Concord resident Whit Symms', 'Whit Symms'],
        [60, 84, 'Concord resident Whit Symms', 'Whit Symms'],
      ],
      kinds: ['person'],
    });
  });

  it('should read a sentence of quoted fragments to its end as one mixed claim', () => {
    // recovery-2020 (recovery-0613, Chicago Sun-Times): the claim had ended after "“everybody involved”".
    expect(
      quoteSpans(
        'The mayor argued “everybody involved” in the party “bears a level of responsibility” and will ultimately be held accountable.',
      ),
    ).toEqual([[17, 124, 'The mayor']]);
  });

  it('should read a quote set off by dashes as an aside of its own, and one after a single dash as part of its sentence (The New York Times, 2016; recovery-2020)', () => {
    const aside =
      "Mr. Biden suggested Mr. Trump had demonstrated a fondness for brutal leaders like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said twice - and repeatedly reminded the crowd of the stakes.";
    expect(attributed(aside).quotes).toEqual([
      [20, 96, 'Mr. Biden', 'Biden'],
      [99, 130, 'Mr. Biden', 'Biden'],
    ]);
    const mixed =
      'Traditional contact tracing is labor-intensive — “shoe leather epidemiology,” says Dr. Bala Hota, vice-president and chief analytics officer at Rush University Medical Center.';
    expect(attributed(mixed).quotes).toEqual([[0, 77, 'Dr. Bala Hota', 'Bala Hota']]);
  });

  it('should take the document before ", which notes," as the speaker of the quotation it introduces (Breitbart, 2016)', () => {
    const text =
      'Pence’s press release linked to the Associated Press report, which notes, “More than half the people outside the government who met with Hillary Clinton while she was secretary of state gave money – either personally or through companies or groups – to the Clinton Foundation.”';
    expect(attributed(text)).toEqual({ quotes: [[74, 277, 'the Associated Press report', 'Associated Press']], kinds: ['media'] });
  });

  it('should give a quotation that a cue introduces to that cue when the cue after it introduces another (Breitbart, 2016)', () => {
    const text =
      'When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated Southern accent, “Amen, brother! Come on up and get baptized!”';
    expect(attributed(text).quotes).toEqual([
      [38, 45, 'someone in the audience', 'someone in the audience'],
      [102, 147, 'Beck', 'Beck'],
    ]);
  });

  it('should read a manner of speaking before a quotation as its cue (The New York Times, 2016)', () => {
    const text =
      "Smiling broadly throughout her victory speech, Mrs. Clinton drew cheers as she thanked her adopted home state and then boomed, ''Today, you proved once again, there's no place like home.''";
    expect(attributed(text).quotes).toEqual([
      [87, 109, 'she', 'Clinton'],
      [127, 188, 'Mrs. Clinton', 'Clinton'],
    ]);
  });

  it('should join a split quotation whose first part ends in a nested quotation\'s comma ("“’House of Cards,’” she said, “...”", PolNeAR, Politico)', () => {
    const result = expectQuotes(
      'Former Hewlett-Packard CEO Carly Fiorina named a Washington favorite as her guilty pleasure. “’House of Cards,’” she said, “although I haven’t had time to binge watch the last season!” The Netflix drama follows South Carolina Rep. Frank Underwood.',
      [
        {
          text: '“’House of Cards,’” she said, “although I haven’t had time to binge watch the last season!”',
          speaker: 'she',
          source: 'Carly Fiorina',
          cue: 'said',
        },
      ],
    );
    expect(result.quotes[0]?.span).toEqual({ start: 93, end: 184 });
  });

  it('should take a campaign ad for the speaker of what it claims (PolNeAR: Breitbart, The New York Times, 2016)', () => {
    expectQuote('The ad claims “Jeb is the conservative you can trust.”', {
      text: '“Jeb is the conservative you can trust.”',
      speaker: 'The ad',
      cue: 'claims',
      kind: 'direct',
    });
    expect(
      attributed(
        "Mrs. Clinton's surrogates are responding - ''If Trump wins, they could be running the country,'' one Clinton ad declared - or denouncing him.",
      ).quotes,
    ).toEqual([[43, 96, 'one Clinton ad', 'one Clinton ad']]);
  });

  it('should take manners of speaking beside a quotation for cues ("beamed", "repeated", "deadpanned")', () => {
    // PolNeAR (Breitbart, Politico, 2016), recovery-2020 (USA Today): none of the three had been a cue, and the last
    // quotation had gone to the man Ngannou beat.
    expectQuote('“This is fantastic!” beamed Donald Hartley of Madison, Alabama.', {
      text: '“This is fantastic!”',
      speaker: 'Donald Hartley',
      cue: 'beamed',
    });
    expectQuote('"Grizzly Adams?" Maddow repeated.', { text: '"Grizzly Adams?"', speaker: 'Maddow', cue: 'repeated' });
    expect(
      attributed(
        'Ngannou needed less than half a minute to blast Rozenstruik. “When I heard he called me out, I knew he didn’t know what he was doing,” Ngannou deadpanned.',
      ).quotes,
    ).toEqual([[61, 134, 'Ngannou', 'Ngannou']]);
  });

  it('should take the noun of an absolute phrase, not "with", for the speaker of ", with one of her ads asking, “...”"', () => {
    // PolNeAR (The Huffington Post, 2016).
    expectQuote(
      'Kloppenburg tried to tie Bradley to Walker, with one of her ads asking, “Is Rebecca Bradley independent enough to serve on the Supreme Court?”',
      { text: '“Is Rebecca Bradley independent enough to serve on the Supreme Court?”', speaker: 'one of her ads', cue: 'asking' },
    );
  });

  it('should take a group with no determiner after an inverted cue ("said picnic officials in a statement")', () => {
    // recovery-2020 (recovery-0652): both quotations had been a band's, "Chosen Few DJs", named in the paragraph before.
    const text =
      'In its place, a virtual event will feature DJ sets from the Chosen Few DJs.\n\n“The decision was not an easy one,” said picnic officials in a statement. “Like many of you, we want nothing more than to get together.”';
    expect(attributed(text).quotes).toEqual([
      [77, 112, 'picnic officials', 'picnic officials'],
      [151, 213, 'picnic officials', 'picnic officials'],
    ]);
    expectQuote('“Prices will rise,” said health experts.', { text: '“Prices will rise,”', speaker: 'health experts' });
    // (A place or body tied to the group stays in it.)
    expectQuote('“Prices will rise,” said economists at Aubrey G. Lanston and Co Inc.', {
      text: '“Prices will rise,”',
      speaker: 'economists at Aubrey G. Lanston and Co Inc.',
    });
  });

  it('should take a possessed person after an inverted cue, and the name set after it ("said her mother, Chrystle Lee")', () => {
    // recovery-2020 (recovery-0608, Chicago Sun-Times): the first quotation had been a photo credit's, "Ashlee Rezin Garcia".
    const text =
      'Reese, who grew up in the Roseland community, misses having a life outside the hospital. Her family certainly misses her.\n\n“It’s been a while, because of the coronavirus,” said her mother, Chrystle Lee, a breast cancer survivor. “I’m like, ‘Oh, come on over. You’ve got the mask on.’”';
    expect(attributed(text).quotes).toEqual([
      [123, 171, 'Chrystle Lee', 'Chrystle Lee'],
      [229, 284, 'Chrystle Lee', 'Chrystle Lee'],
    ]);
    // recovery-1323 (Washington Post obituaries): had been the daughter's father's, "Chianti Jackson Harpool", named before.
    expect(
      attributed(
        'Bishop James N. Flowers Jr. founded a house of worship in a vacant auto garage in 1982 and in 38 years built it into a handsome brick church with about 200 congregants in Seat Pleasant, Md. “My dad was just a special, humble, fair, caring man of God,” said his daughter, Linda Flowers. He was the lead singer of a band on the rise on the D.C. club circuit during the 1950s and 1960s.',
      ).quotes,
    ).toEqual([[190, 251, 'Linda Flowers', 'Linda Flowers']]);
    // With no name, the relative is someone unnamed; a clause after the possessive is no speaker.
    expectQuote('Joanne had a double lung transplant, which gave her a “second life,” said her sister.', {
      text: 'Joanne had a double lung transplant, which gave her a “second life,”',
      speaker: 'her sister',
      source: 'her sister',
    });
    expectQuote('“Sales will rise,” said its president, John Smith.', {
      text: '“Sales will rise,”',
      speaker: 'John Smith',
      source: 'John Smith',
    });
  });

  it('should take the name set after an unnamed person after an inverted cue ("said a spokesman, Kent Lupino,")', () => {
    // recovery-2020 (recovery-1005, The New York Times): had been "a spokesman", someone unnamed.
    const text =
      'BioMedomics confirmed that the British lab had placed an order for coronavirus tests — a minimum order is 1,000 kits — but would not provide any further details. “As a small company,” said a spokesman, Kent Lupino, “while we try to vet resellers as best we can, we do not have control over all those who would use this pandemic as an opportunity to blatantly profiteer from those in need.”';
    expect(attributed(text)).toEqual({
      quotes: [
        [22, 160, 'BioMedomics', 'BioMedomics'],
        [162, 389, 'Kent Lupino', 'Kent Lupino'],
      ],
      kinds: ['organization', 'person'],
    });
  });

  it('should end a described speaker after an inverted cue before a phrase of when ("said former tech executive Carly Fiorina during ...")', () => {
    // polnear-train (wash-post_2015-11-10): the quotation had no claim, the description running on to "debate".
    expect(
      attributed(
        `"Watch a fully formed fetus on the table, its heart beating, its legs kicking while someone says, 'We have to keep it alive to harvest its brain,' " said former tech executive Carly Fiorina during the second GOP debate, suggesting that she had seen such a video.`,
      ),
    ).toEqual({
      quotes: [
        [0, 148, 'former tech executive Carly Fiorina', 'Carly Fiorina'],
        [231, 261, 'former tech executive Carly Fiorina', 'Carly Fiorina'],
      ],
      kinds: ['person'],
    });
    // ("former Secretary of State Hillary Clinton": "of" joins a title.)
    expect(attributed('“We will win,” said former Secretary of State Hillary Clinton at a rally in Ohio.').quotes).toEqual([
      [0, 14, 'former Secretary of State Hillary Clinton', 'Hillary Clinton'],
    ]);
  });
});
