import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes, expectQuote, expectQuotes, quoteSpans } from '../test-helpers';

describe('speechAct', () => {
  it('should find "X accused Y of ..." from the object on', () => {
    expectQuote('Sanders accused Clinton of being too reliant on Wall Street.', {
      text: 'Clinton of being too reliant on Wall Street',
      speaker: 'Sanders',
      cue: 'accused',
      kind: 'indirect',
    });
  });

  it('should find "X called Y a “...”" with the quoted predicate', () => {
    expectQuote('Trump called the judge a "hater of Donald Trump" who had "railroaded" him in the case.', {
      text: 'the judge a "hater of Donald Trump" who had "railroaded" him in the case',
      speaker: 'Trump',
      cue: 'called',
      kind: 'mixed',
    });
  });

  it('should find "called on X to ..." and "called for ..." after their particle', () => {
    expectQuote('Sen. Bernie Sanders of Vermont called on the Obama administration to block the deal.', {
      text: 'the Obama administration to block the deal',
      speaker: 'Sen. Bernie Sanders',
      source: 'Bernie Sanders',
      cue: 'called',
    });
    expectQuote('Trump called for the president to resign.', { text: 'the president to resign', speaker: 'Trump', cue: 'called' });
  });

  it('should find a judging verb with a bare object, and a commitment with its infinitive (PolNeAR)', () => {
    expectQuote('Rubio criticized Trump’s plan to deport 11 million immigrants.', {
      text: 'Trump’s plan to deport 11 million immigrants',
      speaker: 'Rubio',
      cue: 'criticized',
      kind: 'indirect',
    });
    expectQuote('Mr. Cruz vowed to repeal every word of Obamacare.', {
      text: 'to repeal every word of Obamacare',
      speaker: 'Mr. Cruz',
      cue: 'vowed',
    });
  });

  it('should leave an act that names its sources, not a claim ("cited five sources")', () => {
    expectNoQuotes('The paper cited five sources in Ottawa.');
  });

  it('should find "X urged Y to ..." and "X asked whether ..."', () => {
    expectQuote('Mr. Rubio and Senator Ted Cruz urged the rest of the party to coalesce around their campaigns.', {
      text: 'the rest of the party to coalesce around their campaigns',
      cue: 'urged',
      source: 'Ted Cruz',
    });
    expectQuote('Hewitt asked whether Cruz would support the nominee.', {
      text: 'whether Cruz would support the nominee',
      speaker: 'Hewitt',
      cue: 'asked',
    });
  });

  it('should find a question asked of a longer hearer ("asked the ... contender if ...", "asked Republicans a simple question: ...")', () => {
    // polnear-train (HuffPost and Breitbart, 2015-12 and 2016-02): the hearer had run past the words the question was looked for in.
    expectQuote(
      'Between events, HuffPost asked the 2016 Democratic White House contender if he’s been preparing himself for the presidency.',
      {
        text: 'the 2016 Democratic White House contender if he’s been preparing himself for the presidency',
        speaker: 'HuffPost',
        cue: 'asked',
      },
    );
    expectQuote('ABC moderator David Muir asked Republicans a simple question: Who do you think will win the Super Bowl?', {
      text: 'Republicans a simple question: Who do you think will win the Super Bowl',
      source: 'David Muir',
      cue: 'asked',
    });
  });

  it('should give a participle ", calling ..." the subject of its sentence', () => {
    expectQuote(
      'In an incendiary press conference, Trump launched a pre-emptive attack against Obama, calling him “the most ignorant president in our history.”',
      {
        text: 'him “the most ignorant president in our history.”',
        speaker: 'Trump',
        cue: 'calling',
        kind: 'mixed',
      },
    );
  });

  it('should read "call" with a predicate opened by a possessive or "the", and "calls" after an appositive', () => {
    expectQuote('Lynch calls North Carolina her home state.', {
      text: 'North Carolina her home state',
      speaker: 'Lynch',
      cue: 'calls',
    });
    expectQuote(
      'Yang Shu, director of the Institute of Central Asian Studies at Lanzhou University, calls Horgos "a mistake" because so few people are in its vicinity.',
      { text: 'Horgos "a mistake" because so few people are in its vicinity', speaker: 'Yang Shu', cue: 'calls' },
    );
    // A phone call has no predicate after its object.
    expectNoQuotes('Lynch calls her mother every Sunday.');
  });

  it('should find "X described Y as ..." in New York Times quotation marks', () => {
    expectQuote("Border Patrol agents described the ground underneath the city as ''Swiss cheese.''", {
      text: "the ground underneath the city as ''Swiss cheese.''",
      speaker: 'Border Patrol agents',
      cue: 'described',
    });
  });

  it('should not take a call without a predicate or an act with no object for speech', () => {
    expectNoQuotes('Michael Capellas, her counterpart at struggling Compaq, called with an enticing offer.');
    expectNoQuotes('An American contractor accused of spying was released.');
    expectNoQuotes('Paris terror attacks highlight the threat.');
  });

  it('should find the speaker of a second verb after a sentence-opening conjunction, and a reason given with ", citing"', () => {
    expectQuote(
      'But the former president showed considerable restraint Monday and described his weekend outburst as the emotions of a worried spouse.',
      {
        text: 'his weekend outburst as the emotions of a worried spouse',
        speaker: 'the former president',
        cue: 'described',
      },
    );
    // The proposal and its reason are two claims: the first ends at ", citing".
    expectQuotes('Trump last year proposed a ban on Muslims entering the United States, citing fears of terrorism.', [
      { text: 'a ban on Muslims entering the United States', speaker: 'Trump', cue: 'proposed' },
      { text: 'fears of terrorism', speaker: 'Trump', cue: 'citing' },
    ]);
  });
  it('should read "who asked not to be identified" as a source\'s terms, no claim', () => {
    // reuters-21578 and recovery-2020: "not to be identified, said" had been a claim of the official.
    const text =
      'Officials are divided.\n\nThis official, who asked not to be identified, said the plan would fail.\n\nA representative of a cannabis firm, who asked not to be named, said the company has been included.';
    const result = expectQuotes(text, [
      { text: 'the plan would fail', speaker: 'This official', cue: 'said' },
      { text: 'the company has been included', speaker: 'A representative', cue: 'said' },
    ]);
    expect(result.quotes.map((q) => q.span.start)).toEqual([76, 167]);
  });

  it('should end the content of a cue in an opening clause of time at its comma ("Shortly before the company announced ...,")', () => {
    // recovery-2020 (Business Insider, 2020-04): the content had run on into the main clause and its speaker.
    const result = expectQuotes(
      'Tesla shares fell on Friday.\n\nShortly before the company announced the first quarter results, public health officials in the San Francisco Bay Area announced that they’re extending the shelter-in-place order for the region through May 31st.',
      [
        { text: 'the first quarter results', cue: 'announced' },
        {
          text: 'that they’re extending the shelter-in-place order for the region through May 31st',
          source: 'public health officials in the San Francisco Bay Area',
        },
      ],
    );
    expect(result.quotes.map((q) => [q.span.start, q.span.end])).toEqual([
      [67, 92],
      [158, 239],
    ]);
  });

  it('should close a participle aside whose quotation ends at its comma, before the subject’s own cue', () => {
    // PolNeAR (New York Times, 2016-04-23), recovery-2020 (recovery-0537, recovery-0892): the comma inside the closing
    // marks ends the aside; the claim of "said" had been lost in the citation, and "citing a source" names no claim.
    expect(
      attributed("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be competitive in Pennsylvania.").quotes,
    ).toEqual([
      [21, 51, 'Mr. Manafort', 'Manafort'],
      [57, 107, 'Mr. Manafort', 'Manafort'],
    ]);
    expect(
      attributed(
        'Composer Tom Kitt, who won the Pulitzer Prize for Drama for “Next to Normal,” told The Associated Press he considers McNally “irreplaceable.”',
      ).quotes,
    ).toEqual([[104, 141, 'Composer Tom Kitt', 'Tom Kitt']]);
    expect(
      attributed('Reuters, citing a "senior government source," says Germany backtracked after Apple refused to make that change.').quotes,
    ).toEqual([[51, 110, 'Reuters', 'Reuters']]);
  });
  it('should give ", citing ..." after a quotation and its cue the speaker of that quotation', () => {
    // PolNeAR training article (Politico 2016): the sentence opens with the quotation, so no subject opens it.
    expect(
      attributed('“It’s a reflection of frustration and anger that people feel,” McCain said, citing low economic growth and unemployment.')
        .quotes,
    ).toEqual([
      [0, 62, 'McCain', 'McCain'],
      [83, 119, 'McCain', 'McCain'],
    ]);
  });

  it("should give a participle after a claim's cue to that claim's speaker, not to the sentence subject", () => {
    // recovery-2020 (2020-04): "promising to purchase a million facemasks" had been said by "Chicagoans".
    expect(
      attributed(
        'Chicagoans will be “living with masks for the duration” — maybe even until there’s a coronavirus vaccine, Mayor Lori Lightfoot said Thursday, promising to purchase a million facemasks and distribute them to aldermen and their constituents.',
      ),
    ).toEqual({
      quotes: [
        [0, 104, 'Mayor Lori Lightfoot', 'Lori Lightfoot'],
        [152, 238, 'Mayor Lori Lightfoot', 'Lori Lightfoot'],
      ],
      kinds: ['person'],
    });
  });

  it('should read "with <name> calling ..." as that name\'s act, a title and "former" before it', () => {
    // reuters-21578 (1987-03): "with Ottawa accusing Washington of ..." had no claim.
    expect(
      attributed(
        'OTTAWA, March 18 - The Canadian government welcomed\nPresident Reagan\'s announcement that he would seek 2.5 billion\ndlrs over five years to combat acid rain.\n    "This action on the part of the U.S. administration serves\nwell our ultimate objective of a bilateral accord providing for\na common resolution of this serious environment problem," Prime\nMinister Brian Mulroney said in a statement.\n    Environment Minister Tom McMillan said the Reagan\nannouncement was a major step toward elimination of acid rain\nand that Canada was pleased with the U.S. decision.\n    The Reagan announcement earlier today said the\nadministration would ask Congress to approve 500 mln dlrs in\neach of the next two fiscal years to fund innovative projects\nto control smokestack emissions -- blamed for acid rain that\nhas killed fish and trees in eastern Canada and the\nnortheastern United States.\n    Canada has been pressing the Reagan administration to live\nup to a commitment made last year for 5 billion dlrs in\nspending by the U.S. government and industry to cut toxic\nemissions that cause acid rain.\n    The acid rain issue has been the major irritant in\nCanada-U.S. relations for several years, with Ottawa accusing\nWashington of failing to act on the issue.',
      ).quotes.at(-1),
    ).toEqual([1202, 1243, 'Ottawa', 'Ottawa']);
    expect(attributed('Democratic candidates went further, with former Maryland Gov. Martin O’Malley calling Trump a fascist.')).toEqual({
      quotes: [[86, 101, 'former Maryland Gov. Martin O’Malley', 'Martin O’Malley']],
      kinds: ['person'],
    });
  });

  it('should read "called X <adjective>" as a claim, not "called a local clinic" or "called his chief executive"', () => {
    // recovery-2020 (2020-05): "calling the response slow and chaotic" had no claim.
    expect(
      attributed(
        'In the interview, Bright, who claims he was retaliated against last month for raising concerns about hydroxychloroquine, continued his criticism of the federal government’s handling of the ongoing coronavirus pandemic, calling the response slow and chaotic.',
      ).quotes.at(-1),
    ).toEqual([227, 256, 'Bright', 'Bright']);
    expect(attributed('Still, he called the actions lawful.').quotes).toEqual([[17, 35, 'he', undefined]]);
    expectNoQuotes('It was higher than normal, so he called a local clinic. Then he called his chief executive.');
  });

  it('should read a participle after a possessive that follows a preposition as an adjective ("about Musk’s proposed factory move")', () => {
    // recovery-2020 (2020-05): "Tesla has not filed an 8-K about Musk’s" had spoken "factory move"; reuters-21578: "Analysts
    // were generally positive on Chrysler's proposed purchase" had been Chrysler's claim. "Moody's cited ..." still is one.
    expectNoQuotes('As of this writing, Tesla has not filed an 8-K about Musk’s proposed factory move.');
    expectNoQuotes("Analysts were generally positive on Chrysler's proposed purchase of its much-smaller rival.");
    expect(attributed("Moody's cited the effects of a weak operating environment on Allied's asset quality.").quotes).toEqual([
      [14, 83, "Moody's", 'Moody'],
    ]);
  });

  it('should take no phrase of comparison for a subject ("like the new people called Mom and Dad")', () => {
    // recovery-2020 (2020-04): "like the new people" had called "Mom and Dad sitting next to her, now belonged to her".
    expectNoQuotes(
      'She was puzzled how they, like the new people called Mom and Dad sitting next to her, now belonged to her. Her new parents, Seth and Meg Mosier, looked to each other.',
    );
  });

  it('should find the subject of a participle past two opening phrases ("Instead, throughout the day, Trump ..., saying")', () => {
    // recovery-2020 (2020-05): the participle's claim had carried the speaker quoted before, Jason Miller, and "Trump" had
    // been an organization (a one-word name never given in full; "Trump simply defended his use" says a person).
    expect(
      attributed(
        "Instead, throughout the day, Trump simply defended his use of the drug, saying he believed hydroxychloroquine \u201cgives you an additional level of safety\u201d and \u201cdoesn\u2019t hurt people,\u201d and said \u201cpeople are going to have to make up their own mind\u201d regarding the drug\u2019s efficacy. The White House declined to comment beyond Trump's remarks.\n\n\u201cThis is an individual decision to make,\u201d Trump told reporters after meeting with Republican senators on Capitol Hill.",
      ),
    ).toEqual({
      quotes: [
        [79, 178, 'Trump', 'Trump'],
        [188, 270, 'Trump', 'Trump'],
        [333, 374, 'Trump', 'Trump'],
      ],
      kinds: ['person'],
    });
  });

  it('should read "calls for $1 trillion ..." and "called upon X to ..." as speech acts', () => {
    // PolNeAR (nyt 2016-03-09, politico 2015-11-19): an amount after "calls for", and "upon", had left both unread.
    expect(quoteSpans('He calls for $1 trillion in new spending to improve infrastructure and create jobs.')).toEqual([[13, 82, 'He']]);
    expect(
      quoteSpans("Trump called upon Mayor Bill de Blasio to restart surveillance of mosques and the city's Muslim community."),
    ).toEqual([[18, 105, 'Trump']]);
  });

  it('should read a progressive as a finite verb ("is calling on", "are asking X to"), not one in a question', () => {
    // recovery-2020 (recovery-1107, recovery-1132): some 40 acts of each corpus had been lost in the progressive.
    expect(attributed('Greta Thunberg is calling on other young climate activists to avoid big protests.').quotes).toEqual([
      [29, 80, 'Greta Thunberg', 'Greta Thunberg'],
    ]);
    expect(attributed('Nine Democratic senators are calling on Amazon CEO Jeff Bezos to provide information.').quotes).toEqual([
      [40, 84, 'Nine Democratic senators', 'Nine Democratic senators'],
    ]);
    // reuters-21578 (reuters-12655, reuters-11962): asked about, or a noun's relative clause with "is" after it.
    expect(quoteSpans('Asked whether the U.S. was proposing a new initiative, the official declined to comment.')).toEqual([]);
    expect(quoteSpans('The question advertisers are asking is whether this new entry can lure them.')).toEqual([]);
  });

  it('should read an infinitive in the speaker\'s own words ("vowed to “get to the bottom” of ...")', () => {
    // recovery-2020 (recovery-0613), PolNeAR (Washington Post 2016-06-09): the quotation mark after "to" had hidden the verb.
    expect(quoteSpans('Cuomo vowed to “get to the bottom” of the party and hold everyone involved accountable.')).toEqual([
      [12, 86, 'Cuomo'],
    ]);
  });

  it('should end the content before a claim of its own inside it, and drop what is left of none', () => {
    // reuters-21578 (reuters-3003): the content had run on into "what he called"; recovery-2020 (recovery-0763): "Republicans
    // who said" had been Pelosi's criticism, and "she criticized Republicans" the speaker of their claim.
    expect(
      attributed(
        'In the speech, the USX chairman also called for changes in securities laws to curb what he called abuses by corporate raiders and speculators.',
      ).quotes,
    ).toEqual([
      [48, 82, 'the USX chairman', 'USX chairman'],
      [98, 141, 'he', 'USX chairman'],
    ]);
    expect(
      attributed(
        "Pelosi, a California Democrat, has characterized her party's bill as an opening offer. On Friday, she criticized Republicans who said they want to wait to pass more aid.",
      ).quotes,
    ).toEqual([
      [49, 85, 'Pelosi', 'Pelosi'],
      [134, 168, 'Republicans', 'Republicans'],
    ]);
  });

  it('should read "press reports that ..." as the reports denounced, not a cue of the press', () => {
    // reuters-21578 (reuters-1492): "reports" had been a verb whose speaker was "President Reagan angrily denounced press".
    expect(
      attributed(
        'WASHINGTON, March 4 - President Reagan angrily denounced press reports that his wife, Nancy, is running the government as "despicable fiction."',
      ).quotes,
    ).toEqual([[57, 143, 'President Reagan', 'Reagan']]);
  });

  it('should find a commitment\'s infinitive past a phrase of time or place and after "not" (The Huffington Post, The New York Times, 2016; recovery-2020)', () => {
    const rally = 'Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful $18 million deportation regime.”';
    expect(quoteSpans(rally)).toEqual([[45, 110, 'Sanders']]);
    const tuesday =
      "Mr. Sanders's campaign vowed Tuesday to remain in the fight through the California primary on June 7, and perhaps until the party's convention in July.";
    expect(quoteSpans(tuesday)).toEqual([[37, 150, "Mr. Sanders's campaign"]]);
    // (The writer's clause after ", but" is no part of the act.)
    const not =
      'Trump has vowed not to cut Social Security, but Republicans have sought in the past to curb federal spending on the program.';
    expect(quoteSpans(not)).toEqual([[16, 42, 'Trump']]);
  });

  it("should read a participle after a comma inside a closing quotation mark as the sentence subject's (The Huffington Post, 2016)", () => {
    expect(quoteSpans('Clinton talked up her “50-state strategy,” promising to campaign across the country.')).toEqual([
      [53, 83, 'Clinton'],
    ]);
    // (... and after a comma and an adverb: The New York Times, 2016.)
    const often = 'But some of his supporters remain reluctant to get behind Mrs. Clinton, often citing trust as a factor.';
    expect(quoteSpans(often)).toEqual([[85, 102, 'some of his supporters']]);
  });

  it('should keep a phrase after ", but" in the act\'s content (reuters-21578)', () => {
    const text =
      'Cheung Kong and Hutchison on March 31 announced a one-for-two bonus issue of new "B" shares whose par value will be one-tenth that of existing shares, but with equal voting rights.';
    expect(quoteSpans(text)).toEqual([[48, 179, 'Cheung Kong and Hutchison']]);
  });

  it('should take "it" as the object of a predicate\'s frame ("described it as ..."), not of an idiom of stopping (The Politico, 2016; recovery-2020)', () => {
    expect(quoteSpans('Informed of the local district’s anti-Trump lean, Early described it as “news to me.”')).toEqual([
      [66, 85, 'Early'],
    ]);
    const official = 'One USAID official familiar with the proposal described it as a “power-grab” by the State Department.';
    expect(quoteSpans(official)).toEqual([[56, 100, 'One USAID official familiar with the proposal']]);
    // (Constructed: the corpora hold no idiom of stopping; the guard keeps the frame from reading one as speech.)
    expectNoQuotes('He called it quits after a decade.');
    expectNoQuotes('After a long night of negotiations, the senators called it a day.');
  });

  it('should read a document as the subject of an act in the present ("The book accuses Bob of ...", PolNeAR)', () => {
    // Washington Post 2016-01-16: "book accuses" had been read as a plural noun and a noun, no act.
    expect(
      attributed('He said the agency was at fault. The book accuses Bob of treating the GRS contractors like "Wal-Mart security guards."')
        .quotes[1],
    ).toEqual([50, 118, 'The book', 'book']);
  });

  it('should read "brag" as a cue, and "brag about" or "boast about" as a topic, no content', () => {
    // recovery-2020: "often boasts about the nation’s testing capacity, though critics hold that ..." had given the
    // critics' view to Trump.
    expect(attributed('Trump bragged that he had won the state by a wide margin.').quotes).toEqual([[14, 56, 'Trump', 'Trump']]);
    expectNoQuotes(
      'President Donald Trump often boasts about the nation’s testing capacity, though critics hold that the country’s testing levels are still inadequate.',
    );
  });

  it('should read "attacks" and "questions" after a place, a day or an opening adjective as nouns, not acts', () => {
    // PolNeAR (NYT 2015-11-17, Washington Post 2016-03-04), recovery-2020: each had been a speech act of the word before.
    expectNoQuotes(
      'As the shock of the Friday attacks wore off, many of the hard-liners in the Republican field were moving to focus on blocking Syrian refugees from coming to America.',
    );
    expectNoQuotes("Blistering attacks upend Trump's pivot to statesman mode.");
    expectNoQuotes('Raising questions does not make one popular in China these days.');
    // (Not any act after a day: "released Thursday accuses" keeps its subject.)
    expect(
      attributed('A campaign TV ad released Thursday accuses Trump of buying influence "in a pattern of sleaze stretching back decades."')
        .quotes,
    ).toEqual([[43, 118, 'A campaign', 'A campaign']]);
  });
});
