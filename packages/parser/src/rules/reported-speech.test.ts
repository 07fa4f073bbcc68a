import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, attributed, expectNoQuotes, expectQuote, expectQuotes, quoteSpans } from '../test-helpers';

describe('reportedSpeech', () => {
  it('should find "X said that ..." with its speaker and cue', () => {
    expectQuote('Peskov later said that Russia does not need mobilization.', {
      text: 'that Russia does not need mobilization',
      speaker: 'Peskov',
      cue: 'said',
      kind: 'indirect',
    });
  });

  it('should find "..., X said." with the content before the speaker', () => {
    expectQuote('The prospect of a ceasefire now seems remote, the agency said in its article.', {
      text: 'The prospect of a ceasefire now seems remote',
      speaker: 'the agency',
      cue: 'said',
    });
  });

  it('should find "..., said X." with the speaker after the cue', () => {
    expectQuote('Cocoa arrivals will be late this year, said Comissaria Smith.', {
      text: 'Cocoa arrivals will be late this year',
      speaker: 'Comissaria Smith',
      cue: 'said',
    });
  });

  it('should read "..., said X who ..." as the speaker of the whole sentence, not the content of its first cue', () => {
    // PolNeAR (NYT, 2016-05-09): the inverted attribution ends the sentence; the earlier cue "warned" keeps its own content.
    const text =
      'The stakes are so high that Mr. Obama warned the Chinese leader not to move on the shoal, said an American official who was briefed on the encounter.';
    const result = expectQuotes(text, [
      { text: 'The stakes are so high that Mr. Obama warned the Chinese leader not', speaker: 'an American official', cue: 'said' },
      { text: 'to move on the shoal', speaker: 'Mr. Obama', cue: 'warned' },
    ]);
    expect(result.quotes[0]?.speaker).toEqual({ start: 95, end: 115, text: 'an American official' });
  });

  it('should not take a clause between commas for a description of the speaker', () => {
    // PolNeAR (NYT, 2016-04-27): "it is under intense pressure" has its own verb; the speaker follows the cue.
    const text =
      "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports, said the company's chief executive, John J. Ferriola.";
    const result = expectQuote(text, {
      text: 'In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports',
      cue: 'said',
    });
    expect(result.quotes[0]?.span).toEqual({ start: 0, end: 111 });
    expect(result.sources.map((s) => s.name)).not.toContain('Decatur');
  });

  it('should keep a capitalized "Will" or "May" in a name before its aside', () => {
    expectQuote('Polk County GOP Chairman Will Rogers, for example, said the visit would earn the Republican attention all weekend.', {
      text: 'the visit would earn the Republican attention all weekend',
      speaker: 'Polk County GOP Chairman Will Rogers',
      cue: 'said',
    });
  });

  it('should read a progressive cue ("is suggesting", "is declaring") like its simple form', () => {
    // PolNeAR (Breitbart, 2016): live blogs write in the present progressive.
    const text = 'Hillary Clinton is declaring that she is moving closer to the Democratic nomination.';
    const result = expectQuote(text, {
      text: 'that she is moving closer to the Democratic nomination',
      speaker: 'Hillary Clinton',
      cue: 'declaring',
      kind: 'indirect',
    });
    expect(result.quotes[0]?.span).toEqual({ start: 29, end: 83 });
    expectQuote('But Sanders is suggesting he beat expectations because he started far behind.', {
      text: 'he beat expectations because he started far behind',
      speaker: 'Sanders',
      cue: 'suggesting',
    });
  });

  it('should not read "is telling", "are adding" or a progressive before its content as speech', () => {
    expectNoQuotes("Alpert's metaphor is telling in its own right.");
    expectNoQuotes('Restaurants are adding surcharges to combat rising meat prices during the pandemic.');
    expectNoQuotes('Just after the attack on the nightclub in Orlando, Donald Trump was calling for change.');
  });

  it('should take two words as content when quoted words are among them ("called it “predatory.”")', () => {
    expectQuote('Hillary Clinton called it “predatory.”', {
      text: 'it “predatory.”',
      speaker: 'Hillary Clinton',
      cue: 'called',
      kind: 'mixed',
    });
    expectNoQuotes('Hillary Clinton called it predatory.');
  });

  it('should read past an opening adverb and its phrase to the subject of a participle ("Shortly after ..., the families ..., warning")', () => {
    // PolNeAR (The Washington Post, 2016): "Shortly" had been taken for a name.
    expectQuote(
      "Shortly after the merger announcement, the families of the company's founders had mobilized, warning that the deal would decimate the company's culture.",
      {
        text: "that the deal would decimate the company's culture",
        speaker: 'the families',
        cue: 'warning',
      },
    );
  });

  it('should read past an opening participial phrase, but not past a surname in -ing ("Continuing to ..., Carson ..., saying")', () => {
    expectQuotes('Continuing to explain his position, Carson rejected the criticism, saying that the episode was long over.', [
      { text: 'the criticism', speaker: 'Carson', cue: 'rejected' },
      { text: 'that the episode was long over', speaker: 'Carson', cue: 'saying' },
    ]);
    const boreing = parseArticle('Boreing said the members will meet for drinks, stressing that it was time for a change.', {
      ingestedAt: INGESTED_AT,
    });
    expect(boreing.quotes.map((q) => [q.text, boreing.sources.find((s) => s.id === q.sourceId)?.name])).toEqual([
      ['the members will meet for drinks', 'Boreing'],
      ['that it was time for a change', 'Boreing'],
    ]);
  });

  it('should skip the hearer of "told reporters"', () => {
    expectQuote('Anthony Blinken told reporters he did not believe Putin was serious.', {
      text: 'he did not believe Putin was serious',
      speaker: 'Anthony Blinken',
      cue: 'told',
    });
  });

  it('should make reported speech with quoted words one mixed quote', () => {
    expectQuote('Dmitry Peskov said that Russia is "open to dialogue" on its terms.', {
      text: 'that Russia is "open to dialogue" on its terms',
      kind: 'mixed',
      source: 'Dmitry Peskov',
    });
  });

  it('should split two coordinated claims in one sentence', () => {
    expectQuotes('Three sources said Putin would not want another mobilization, and one source said that his popularity has fallen.', [
      { text: 'Putin would not want another mobilization', speaker: 'Three sources' },
      { text: 'that his popularity has fallen', speaker: 'one source' },
    ]);
  });

  it('should take the role from an appositive and skip a participial aside', () => {
    const result = expectQuote("Putin's spokesman, Dmitry Peskov, responding to a request for comment, said that talks were possible.", {
      text: 'that talks were possible',
      speaker: 'Dmitry Peskov',
    });
    expect(result.sources[0]?.roles).toEqual(["Putin's spokesman"]);
  });

  it('should end a claim before a second speech verb of the same speaker ("said ..., and suggested ...")', () => {
    expectQuotes(
      'Ryan said he was “not ready” to support Trump’s campaign for president, and suggested that Trump needs to take the first steps to show he will unify the party.',
      [
        { text: 'he was “not ready” to support Trump’s campaign for president', speaker: 'Ryan', cue: 'said', kind: 'mixed' },
        {
          text: 'that Trump needs to take the first steps to show he will unify the party',
          speaker: 'Ryan',
          cue: 'suggested',
          kind: 'indirect',
        },
      ],
    );
  });
  it('should keep an appositive subject before the cue, not read it as content before an inverted cue', () => {
    expectQuote(
      'Steven Cheung, a campaign spokesman, said the increased office space was needed to accommodate an anticipated increase in employees.',
      {
        text: 'the increased office space was needed to accommodate an anticipated increase in employees',
        speaker: 'Steven Cheung',
        cue: 'said',
      },
    );
    expectQuote('Committee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey, but not end there.', {
      text: 'the questioning will start with Comey, but not end there',
      source: 'Jason Chaffetz',
    });
  });

  it('should not take the subject of the content for the speaker of an inverted cue ("…, says Cruz will …")', () => {
    expectQuote('Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”', {
      text: 'Cruz will “leave here with momentum.”',
      speaker: 'Dean Johnson',
      cue: 'says',
      kind: 'mixed',
    });
  });

  it('should see past a party tag in parentheses and an aside between dashes to the speaker and the content', () => {
    expectQuote('At a campaign rally Monday morning, Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.” Sen. Graham agreed.', {
      text: 'Trump is “unelectable now.”',
      speaker: 'Sen. Marco Rubio',
      source: 'Marco Rubio',
    });
    expectQuote(
      'The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee -- said she regretted her remarks.',
      {
        text: 'she regretted her remarks',
        speaker: 'The Supreme Court justice',
      },
    );
    expectQuote('His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.', {
      text: 'that Trump raised about $4 million that day',
      source: 'Paul Manafort',
    });
  });

  it('should see past a state abbreviation in an appositive ("from Ava, Mo., said")', () => {
    expectQuote('Paul Porter, a truck driver from Ava, Mo., said he already received time and a half after eight hours of work.', {
      text: 'he already received time and a half after eight hours of work',
      speaker: 'Paul Porter',
      source: 'Paul Porter',
    });
  });

  it('should take the pronoun after a phrase of time for the speaker ("In September she said")', () => {
    expectQuote('Clinton spoke in Iowa. In September she said her decision to use the private account was a mistake.', {
      text: 'her decision to use the private account was a mistake',
      speaker: 'she',
      cue: 'said',
    });
  });

  it('should end the content of a sentence-opening "While ... said ..." clause at its comma, not inside a number', () => {
    expectQuote('While one company says there are more than 2,400 billionaires in the world, the magazine counts fewer.', {
      text: 'there are more than 2,400 billionaires in the world',
      speaker: 'one company',
      cue: 'says',
    });
  });

  it('should read "both he and Rubio promised" as one subject, not a second claim', () => {
    expectQuote('Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants.', {
      text: 'both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants',
      speaker: 'Cruz',
    });
  });

  it('should keep a clause interrupted by its attribution as one claim ("Bob, they said, ordered them to wait")', () => {
    expectQuote('Mrs. Clinton, these people said, would be open to other measures to ground Mr. Assad’s air force.', {
      text: 'Mrs. Clinton, these people said, would be open to other measures to ground Mr. Assad’s air force',
      speaker: 'these people',
      cue: 'said',
    });
  });

  it('should read "X reported" like "X said", with a bare clause after it', () => {
    expectQuote('CNN reported at least six skywriting planes filled the skies with anti-Trump messages.', {
      text: 'at least six skywriting planes filled the skies with anti-Trump messages',
      speaker: 'CNN',
      cue: 'reported',
    });
  });

  it('should read a capitalized cue in a headline, before or after its content (HuffPost, 2016)', () => {
    expectQuote('Bernie Sanders Says He’s Already Started Writing His Inaugural Address.\n\nThe senator spoke in Iowa.', {
      text: 'He’s Already Started Writing His Inaugural Address',
      speaker: 'Bernie Sanders',
      cue: 'Says',
    });
    expectQuote('‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.\n\nThe host spoke.', {
      text: '‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Dumbest Client Ever',
      speaker: 'Trevor Noah',
      kind: 'mixed',
    });
    expectNoQuotes('The Secretary of State Says nothing.');
  });

  it('should take the noun phrase a relative clause hangs on as the speaker (“officials whose laws … say”)', () => {
    expectQuote('The state officials whose laws have been invalidated say the real change has come in the makeup of the judiciary.', {
      text: 'the real change has come in the makeup of the judiciary',
      speaker: 'The state officials',
      cue: 'say',
    });
  });

  it('should take unnamed people with what describes them as the speaker, and a reflexive as no part of it', () => {
    expectQuote("Organizers of the push to boycott Trump's AIPAC speech said they are worried that Trump could gain legitimacy.", {
      text: 'they are worried that Trump could gain legitimacy',
      speaker: "Organizers of the push to boycott Trump's AIPAC speech",
      source: "Organizers of the push to boycott Trump's AIPAC speech",
      cue: 'said',
    });
    expectQuote('Ford itself said the deal was on.', { text: 'the deal was on', speaker: 'Ford', cue: 'said' });
  });

  it('should take people a present participle describes as the speaker, with all of the description for a group (Politico, 2015; reuters-21578)', () => {
    expect(
      attributed('Nonetheless, House Republicans supporting the bill have said they think they will have sufficient votes to pass it.'),
    ).toEqual({
      quotes: [[61, 114, 'House Republicans supporting the bill', 'House Republicans supporting the bill']],
      kinds: ['anonymous'],
    });
    const group =
      'But Western diplomats specialising in Soviet economic affairs said the protocols were not legally binding and not a single contract had been finalised.';
    const described = 'Western diplomats specialising in Soviet economic affairs';
    expect(attributed(group)).toEqual({ quotes: [[67, 150, described, described]], kinds: ['anonymous'] });
    // (Not a thing's plural: there a noun in "-s" after the participle's object is no cue.)
    const thing =
      'Problems responding to the waves of jobless claims now will affect the shape of the recovery when the pandemic eases, Mr. Slok said.';
    expect(attributed(thing).quotes).toEqual([[0, 116, 'Mr. Slok', 'Slok']]);
  });

  it('should read "is telling" with a hearer and "that" as speech, and a participle after an adverb or "with X" as its subject\'s (Breitbart, 2016; recovery-2020; Politico, 2016)', () => {
    expect(
      attributed(
        'Trump is telling a town hall in Salem that waterboarding is “peanuts,” compared to what Islamic State militants are doing.',
      ).quotes,
    ).toEqual([[38, 121, 'Trump', 'Trump']]);
    const withName =
      'The court’s conservative justices seemed more willing to side with the administration, with Trump appointee Justice Brett Kavanaugh suggesting the administration’s changes might be considered “within the bounds of reasonable.”';
    expect(attributed(withName).quotes).toEqual([[143, 226, 'Trump appointee Justice Brett Kavanaugh', 'Brett Kavanaugh']]);
    const recently =
      'Hillary Clinton has expressed frustration, and even a little trepidation, about her first face-off with Donald Trump later this month, recently telling one person close to her that she’s perplexed about "which Donald Trump will show up.”';
    expect(attributed(recently).quotes).toEqual([[176, 237, 'Hillary Clinton', 'Hillary Clinton']]);
    // (An adverb of how it was said too; Breitbart, 2016.)
    const falsely =
      'Trump has raised questions about Obama’s birthplace and religion, falsely suggesting that Obama was born outside the United States and is a Muslim.';
    expect(quoteSpans(falsely)).toEqual([[85, 146, 'Trump']]);
    const later = '“No, not at all,” Trump responded, later stressing he has “zero symptoms” and has consistently negative test results.';
    expect(attributed(later).quotes).toEqual([
      [0, 17, 'Trump', 'Trump'],
      [51, 116, 'Trump', 'Trump'],
    ]);
  });

  it('should read "since" between an auxiliary and its cue as an adverb ("has since said"; The New York Times, 2016)', () => {
    const text = 'Mrs. Clinton has since said she would support an wage increase similar to the one enacted recently in New York.';
    expect(quoteSpans(text)).toEqual([[28, 110, 'Mrs. Clinton']]);
  });

  it('should start the content at a clause after "said", not at a later "that" inside it', () => {
    expectQuote('But he said he was too busy to look for evidence that would back up his earlier statements.', {
      text: 'he was too busy to look for evidence that would back up his earlier statements',
      speaker: 'he',
    });
    // A stretch of time before "that" is still skipped.
    expectQuote('Peskov said on Tuesday that Russia does not need mobilization.', {
      text: 'that Russia does not need mobilization',
      speaker: 'Peskov',
    });
  });

  it('should take the noun phrase before ", who said" as the speaker', () => {
    const text =
      'The deal came together with help from Labor Secretary Thomas Perez, who said he expects the agreement to be finalized over the weekend.';
    const result = expectQuote(text, {
      text: 'he expects the agreement to be finalized over the weekend',
      speaker: 'Labor Secretary Thomas Perez',
      cue: 'said',
    });
    expect(result.quotes[0]?.span).toEqual({ start: 77, end: 134 });
  });

  it('should take the subject after an opening phrase that ends inside quotation marks for "..., but said"', () => {
    expectQuotes(
      'Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name in his book was inaccurate, but said his campaign had found the article and would release it.',
      [
        { text: 'that the course name in his book was inaccurate', speaker: 'Carson', cue: 'admitted' },
        { text: 'his campaign had found the article and would release it', speaker: 'Carson', cue: 'said' },
      ],
    );
  });

  it('should see past "however" and a phrase of time between the speaker and the cue', () => {
    expectQuote('Carter however said he would welcome China’s participation in a security network for Asia.', {
      text: 'he would welcome China’s participation in a security network for Asia',
      speaker: 'Carter',
      cue: 'said',
    });
    const result = expectQuote('Sen. Dianne Feinstein last week said Clinton was not the originator of any "top secret" email chains.', {
      text: 'Clinton was not the originator of any "top secret" email chains',
      speaker: 'Sen. Dianne Feinstein',
      cue: 'said',
    });
    expect(result.quotes[0]?.span).toEqual({ start: 37, end: 100 });
  });

  it('should read past an aside after "says," to the clause it opens, and to "that" after "said, among other things,"', () => {
    expectQuotes(
      'Republican presidential candidate Marco Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying in the race.',
      [
        {
          text: 'win or lose in Tuesday’s crucial Florida primary, he’s staying in the race',
          speaker: 'Republican presidential candidate Marco Rubio',
          cue: 'says',
        },
      ],
    );
    expectQuote('Mr. Trump said, among other things, that Mr. Bezos has a huge antitrust problem.', {
      text: 'that Mr. Bezos has a huge antitrust problem',
      speaker: 'Mr. Trump',
      cue: 'said',
    });
  });

  it("should give bodies named by a building, a plural head or a paper's short name their kind", () => {
    const result = parseArticle(
      'The White House said the meeting never happened. The flu spreads fast, according to the Centers for Disease Control and Prevention. The clinic closed in May, the Times reported.',
      { ingestedAt: INGESTED_AT },
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['White House', 'organization'],
      ['Centers for Disease Control and Prevention', 'organization'],
      ['Times', 'media'],
    ]);
  });

  it('should read "..., X told <hearer>." at a sentence\'s end as the attribution of what came before', () => {
    expectQuotes(
      'Shoukair was kind and responsible, a Cairo airport official told The New York Times. Her husband would soon be coming home, the president told her.',
      [
        { text: 'Shoukair was kind and responsible', speaker: 'a Cairo airport official', cue: 'told' },
        { text: 'Her husband would soon be coming home', speaker: 'the president', cue: 'told' },
      ],
    );
  });

  it('should take "..., the admiral said." as the attribution of what came before, though no list holds the noun', () => {
    expectQuote('The derogatory comments had two goals, the admiral said. First, they were meant to hurt.', {
      text: 'The derogatory comments had two goals',
      speaker: 'the admiral',
      cue: 'said',
    });
  });

  it('should end reported content before a quotation attributed to its own cue', () => {
    expectQuotes(
      'Senator Ron DeSantis said he has supported legislation that would target the power of regional accreditation bodies, which he called “a cartel.”',
      [
        {
          text: 'he has supported legislation that would target the power of regional accreditation bodies',
          cue: 'said',
          source: 'Ron DeSantis',
        },
        { text: '“a cartel.”', cue: 'called', source: 'Ron DeSantis' },
      ],
    );
  });

  it('should see past an adverb in -ly or "at the time" between the speaker and the cue', () => {
    expectQuotes(
      'Trump jokingly said, “I’m becoming mainstream.” Trump at the time said he’d asked his “people” to “look into” paying the fees.',
      [
        { text: '“I’m becoming mainstream.”', speaker: 'Trump', cue: 'said' },
        { text: 'he’d asked his “people” to “look into” paying the fees', speaker: 'Trump', cue: 'said', kind: 'mixed' },
      ],
    );
  });

  it('should read "about one-third of ..." after the cue as content, and a relative clause after an inverted speaker as his', () => {
    expectQuotes(
      '“We will send absentee requests,” said Borges, who predicted about one-third of the Ohio vote will be cast before March 15.',
      [
        { text: '“We will send absentee requests,”', speaker: 'Borges' },
        { text: 'about one-third of the Ohio vote will be cast before March 15', speaker: 'Borges', cue: 'predicted' },
      ],
    );
  });

  it('should take a described speaker after a quotation closed on a comma, and "told <hearer> she ..." as no inverted speaker', () => {
    expectQuotes(
      'Arizona has engaged in "consistent activity that has created a culture of voter disenfranchisement," the lawsuit says. One delegate not on the Cruz slate, Kelly Schmdit, told POLITICO she was leaning toward Cruz.',
      [
        {
          text: 'Arizona has engaged in "consistent activity that has created a culture of voter disenfranchisement,"',
          speaker: 'the lawsuit',
          cue: 'says',
          kind: 'mixed',
        },
        { text: 'she was leaning toward Cruz', source: 'Kelly Schmdit', cue: 'told' },
      ],
    );
  });

  it('should skip the state after a town in an opening phrase when it looks for the subject of a participle', () => {
    expectQuote('Speaking at a town hall event in Salem, New Hampshire, Donald Trump went after Bush, saying he was “a total stiff.”', {
      text: 'he was “a total stiff.”',
      source: 'Donald Trump',
      cue: 'saying',
    });
  });

  it('should read past an opening participle of a short stem ("Facing ...,") to the subject of a later participle', () => {
    const text =
      "Facing mounting criticism from Democrats and Republicans, Mr. Trump released a follow-up statement on Saturday night, describing the Khans' deceased son as a hero.";
    const result = expectQuote(text, { text: "the Khans' deceased son as a hero", speaker: 'Mr. Trump', cue: 'describing' });
    expect(result.quotes[0]?.span).toEqual({ start: 129, end: 162 });
  });

  it('should read past an opening phrase with two adjectives a comma joins ("In a wide-ranging, in-prison interview ..., Lazar")', () => {
    // polnear-train (wash-post, 2016-05-26): the quotation after "and added," had no claim, its subject read inside the phrase.
    const text =
      'In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed extradition to the United States and added, "I\'ll plead guilty, no problem."';
    expect(quoteSpans(text)).toEqual([
      [89, 133, 'Lazar'],
      [145, 177, 'Lazar'],
    ]);
  });

  it('should read past "In July," and "In October," opening the sentence to the speaker after them', () => {
    expectQuotes(
      'In July, Sammy Aaron, vice chairman of G-III, told Forbes that Trump is very involved on a weekly basis. In October, Mr. Paulson, who made billions of dollars on a bet against subprime mortgages, told investors that the concerns were overblown.',
      [
        { text: 'that Trump is very involved on a weekly basis', source: 'Sammy Aaron', cue: 'told' },
        { text: 'that the concerns were overblown', speaker: 'Mr. Paulson', cue: 'told' },
      ],
    );
  });

  it('should take "spokesmen" for the plural of a speaker noun and "on Thursday evening" as time before the cue', () => {
    expectQuotes(
      'White House and Pentagon spokesmen said the ban prevented the Defense Department from researching sites. RNC spokesman Sean Spicer on Thursday evening said the Republican Party was not in a crisis.',
      [
        {
          text: 'the ban prevented the Defense Department from researching sites',
          speaker: 'White House and Pentagon spokesmen',
          cue: 'said',
        },
        { text: 'the Republican Party was not in a crisis', source: 'Sean Spicer', cue: 'said' },
      ],
    );
  });

  it('should read past a dateline to the subject of "... and said" after a long verb phrase', () => {
    // PolNeAR (Reuters via HuffPost, 2016-06-16; HuffPost, 2016-06-08).
    const result = expectQuotes(
      'ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of a gay nightclub massacre on Thursday and said the United States must act to control gun violence.\n\nWASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack on a federal judge — something that has thrown the GOP into chaos all week — and said it is basically the same thing.',
      [
        { text: 'the United States must act to control gun violence', speaker: 'President Barack Obama', cue: 'said' },
        { text: 'it is basically the same thing', speaker: 'Sen. Chuck Grassley', cue: 'said' },
      ],
    );
    expect(result.quotes[0]?.span).toEqual({ start: 112, end: 162 });
  });

  it('should not take an opening phrase for the content of "and promised" when the subject follows it', () => {
    // PolNeAR (Washington Post, 2016-06-01): the speech act keeps its own object.
    expectQuote(
      'BUENA PARK, Calif. - Rallying hundreds of service workers who are struggling to get by, Hillary Clinton tried here last week to empathize with their frustrations and promised to deliver change.',
      { text: 'to deliver change', speaker: 'Hillary Clinton', cue: 'promised' },
    );
  });

  it('should end content before a trailing "according to" and read "told a Senate panel" as the hearer', () => {
    // PolNeAR (Politico, 2016-05-31; USA Today, 2015-12-14).
    expectQuotes(
      'He returned on Wednesday for the last few minutes of a caucus lunch and said little, according to an attendee. This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday.',
      [
        { text: 'He returned on Wednesday for the last few minutes of a caucus lunch and said little', speaker: 'an attendee' },
        { text: 'This includes a special force to assist Kurdish Peshmerga', speaker: 'Defense Secretary Ash Carter', cue: 'told' },
      ],
    );
  });

  it('should take the subject of "by saying" and the group of "with N percent saying"', () => {
    // PolNeAR (Washington Post, 2016-07-22; New York Times, 2016-07-15).
    expectQuotes(
      'Donald Trump picked up from his daughter by saying he is ready to go to work for the country. Mr. Trump has slightly improved his standing, with 30 percent of voters saying they have a positive view of him.',
      [
        { text: 'he is ready to go to work for the country', speaker: 'Donald Trump', cue: 'saying' },
        { text: 'they have a positive view of him', speaker: '30 percent of voters', cue: 'saying' },
      ],
    );
  });

  it('should not give "by saying" inside a clause of its own to the sentence subject', () => {
    // PolNeAR (New York Times, 2016-02-01): "while" opens the rival's clause.
    const result = parseArticle(
      'Voters see the top echelons of power as rigged against women, while her main rival has soared in the polls by saying that the system is rigged in favor of the rich.',
      { ingestedAt: INGESTED_AT },
    );
    expect(result.quotes.map((q) => q.speaker?.text ?? null)).not.toContain('Voters');
  });

  it('should end a speech act in an opening "Though" clause at its comma and find the quotation after it', () => {
    // PolNeAR (Washington Post, 2016-07-22).
    expectQuotes(
      'Though he thanked the evangelical community for supporting him, he sounded a rare note of self-deprecation, saying, "I\'m not sure I really deserve it."',
      [
        { text: 'the evangelical community for supporting him', speaker: 'he', cue: 'thanked' },
        { text: '"I\'m not sure I really deserve it."', speaker: 'he', cue: 'saying' },
      ],
    );
  });

  it('should split "X, who said A, said B" into two claims of X', () => {
    // PolNeAR (Politico, 2016-08-17): the relative clause and the main verb report two things.
    const result = expectQuotes(
      "Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any such disagreements.",
      [
        { text: "the project was vetted by his firm's counsel", speaker: 'Podesta', cue: 'said' },
        { text: 'he was unaware of any such disagreements', speaker: 'Podesta', cue: 'said' },
      ],
    );
    expect(result.quotes.map((q) => [q.span.start, q.span.end, q.cue?.start])).toEqual([
      [18, 62, 13],
      [69, 109, 64],
    ]);
    expect(new Set(result.quotes.map((q) => q.sourceId)).size).toBe(1);
  });

  it('should read a pronoun with its auxiliary ("she’ll") as opening the content of a weaker cue', () => {
    // PolNeAR (Breitbart, 2016-08-19).
    expectQuote('Hillary Clinton, in her campaigning, suggested she’ll turn to her husband for economic and jobs policy advice.', {
      text: 'she’ll turn to her husband for economic and jobs policy advice',
      speaker: 'Hillary Clinton',
      cue: 'suggested',
    });
  });

  it('should keep the infinitive of "vowed to" as the content, not a clause inside it', () => {
    expectQuote('Clinton has vowed to raise taxes on the wealthy if she is elected.', {
      text: 'to raise taxes on the wealthy if she is elected',
      speaker: 'Clinton',
      cue: 'vowed',
    });
  });

  it('should see past "Late last month," and "Therefore," to the subject of a participle or a later verb', () => {
    // PolNeAR (New York Times, 2015-12-03; HuffPost, 2016-08-29).
    expectQuotes(
      'Exxon faced critics. Late last month, the company wrote a letter to the university, calling the reports "inaccurate and deliberately misleading." Therefore, Gulf sources believe Erdogan has joined an axis, and admit that the Gulf States are powerless.',
      [
        { text: 'the reports "inaccurate and deliberately misleading."', speaker: 'the company', cue: 'calling' },
        { text: 'that the Gulf States are powerless', speaker: 'Gulf sources', cue: 'admit' },
      ],
    );
  });

  it('should read past a place abbreviated in news style and a second opening phrase to the subject of ", saying"', () => {
    // PolNeAR (New York Times, 2016-07-15; Washington Post, 2016-01-20).
    expectQuote(
      "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying that his former rival would ''make an outstanding president.''",
      {
        text: "that his former rival would ''make an outstanding president.''",
        speaker: 'Senator Bernie Sanders',
        cue: 'saying',
      },
    );
  });

  it('should end content before ", and X, who says ..." and ", while another says ...", each its own claim', () => {
    // PolNeAR (USA Today, 2016-05-02; New York Times, 2016-06-26).
    const text =
      'Clinton now shares a position with Donald Trump, who has called the pact "insanity," and Sanders, who says it\'s "disastrous."';
    const { quotes, sources } = parseArticle(text, { ingestedAt: INGESTED_AT });
    const name = (id: string | null) => sources.find((source) => source.id === id)?.name;
    expect(quotes.map((q) => [q.text, q.span.start, q.span.end, q.cue?.text, name(q.sourceId)])).toEqual([
      ['the pact "insanity,"', 64, 84, 'called', 'Donald Trump'],
      ['it\'s "disastrous."', 107, 125, 'says', 'Sanders'],
    ]);
    expectQuotes('One list says China has the most billionaires, while another says the United States has twice as many.', [
      { text: 'China has the most billionaires', speaker: 'One list', cue: 'says' },
      // "another" (of the lists) speaks the second.
      { text: 'the United States has twice as many', speaker: 'another', cue: 'says' },
    ]);
  });

  it('should read "Yahoo! News" as one hearer and skip the relative "that" of "a story that posted"', () => {
    // PolNeAR (Politico, 2016-05-19).
    expectQuote(
      'The Democrat told Yahoo! News in a story that posted this week that he believes the Saudi government is continuing to aid terrorists.',
      { text: 'that he believes the Saudi government is continuing to aid terrorists', speaker: 'The Democrat', cue: 'told' },
    );
  });

  it('should read an unnamed group placed by a preposition as the speaker ("Some delegates at the convention in Philadelphia said")', () => {
    // PolNeAR (HuffPost, 2016-07-27; New York Times, 2016-02-18).
    expectQuote('Some delegates at the convention in Philadelphia said they welcomed attention to the issue.', {
      text: 'they welcomed attention to the issue',
      speaker: 'Some delegates at the convention in Philadelphia',
      cue: 'said',
    });
    expectQuote('One in four voters in a New York Times poll last year said illegal immigrants should be required to leave the country.', {
      text: 'illegal immigrants should be required to leave the country',
      speaker: 'One in four voters in a New York Times poll',
      cue: 'said',
    });
  });

  it('should read "A, X said, B" as one claim around the aside when A is a few words ("It was, he said, ...")', () => {
    // PolNeAR (New York Times, 2016-07-29; 2016-09-06).
    expectQuote('It was, he said, one of the bitterest failures of his presidency.', {
      text: 'It was, he said, one of the bitterest failures of his presidency',
      speaker: 'he',
      cue: 'said',
    });
    expectQuote("And yet, Mrs. Clinton's aides say, Syria remains a priority for her.", {
      text: "And yet, Mrs. Clinton's aides say, Syria remains a priority for her",
      speaker: "Mrs. Clinton's aides",
      cue: 'say',
    });
  });

  it('should read a lowercase title between capitalized words as the title of the name after it, and a party adjective before a plural as a group', () => {
    // PolNeAR (HuffPost, 2015-12-12; Breitbart, 2016-07-20): no speaker "Democratic" or "Republican".
    const result = parseArticle(
      'Democratic presidential candidate Sen. Bernie Sanders on Saturday criticized the global climate change accord as too weak. Other Republican candidates followed his lead, saying the accord is a legitimate target.',
      { ingestedAt: INGESTED_AT },
    );
    expect(result.quotes.map((q) => q.speaker?.text)).toEqual([
      'Democratic presidential candidate Sen. Bernie Sanders',
      'Other Republican candidates',
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Bernie Sanders', 'Other Republican candidates']);
  });
  it('should find the subject past "Reached by X,", "Back in 1999," and "Hours later," for a participle\'s claim', () => {
    // PolNeAR (Politico 2015-12-23, NYT 2015-12-31, Reuters via Breitbart 2015-12-20): "Reached", "Back" and "Hours" had
    // spoken these claims.
    const text =
      'Reached by POLITICO, Bennett brushed off questions about a shakeup, explaining that he was unaware of the interview.\n\nBack in 1999, Mr. Trump expressed admiration for Mr. Clinton, telling CNBC: “I wish I could be like that. I just cannot.”\n\nHours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time.”';
    const result = expectQuotes(text, [
      { text: 'that he was unaware of the interview', speaker: 'Bennett', cue: 'explaining' },
      { text: '“I wish I could be like that. I just cannot.”', speaker: 'Mr. Trump', cue: 'telling' },
      { text: '“Sheldon and I have been friends for a long time.”', speaker: 'Trump', cue: 'telling' },
    ]);
    expect(result.quotes.map((q) => q.speaker)).toEqual([
      { text: 'Bennett', start: 21, end: 28 },
      { text: 'Mr. Trump', start: 132, end: 141 },
      { text: 'Trump', start: 254, end: 259 },
    ]);
  });
  it('should read past a title-case dateline with its agency, and keep a party noun out of the name', () => {
    // PolNeAR (AFP via Breitbart, 2016-06-26): "Washington" had spoken the claim, and "Democrat Hillary Clinton" had been a name.
    const text =
      'Clinton swipes at Trump over Brexit.\n\nWashington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican rival Donald Trump’s stance on Brexit, saying that “bombastic comments” do more harm than good during such times.';
    const result = expectQuotes(text, [
      {
        text: 'that “bombastic comments” do more harm than good during such times',
        speaker: 'Democrat Hillary Clinton',
        source: 'Hillary Clinton',
        cue: 'saying',
        kind: 'mixed',
      },
    ]);
    expect(result.quotes[0]?.speaker).toEqual({ text: 'Democrat Hillary Clinton', start: 57, end: 81 });
  });
  it('should find the subject of the clause two verbs share, past a "whose" aside and a party-and-state tag', () => {
    // PolNeAR (NYT 2015-12-15 and 2016-03-03, AP via Breitbart 2016-03-01): "Tennessee", "Oklahoma" and "Miami" had
    // spoken these claims.
    const text =
      "''You need to bomb the Iranian nuclear facilities,'' Representative Michele Bachmann, Republican of Minnesota, told Mr. Obama last year in one such brief exchange.\n\nSome in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled “Stay there!”\n\nMarco Rubio, whose hometown, Miami, is projected to be largely underwater within the not too distant future, argues that government efforts to combat it will ''destroy our economy.''";
    const result = expectQuotes(text, [
      { text: "''You need to bomb the Iranian nuclear facilities,''", speaker: 'Representative Michele Bachmann', cue: 'told' },
      { text: 'it was great to be home', speaker: 'Rubio', source: 'Marco Rubio', cue: 'said' },
      { text: '“Stay there!”', speaker: 'a man', cue: 'yelled' },
      {
        text: "that government efforts to combat it will ''destroy our economy.''",
        speaker: 'Marco Rubio',
        cue: 'argues',
        kind: 'mixed',
      },
    ]);
    expect(result.quotes.map((q) => q.speaker?.start)).toEqual([53, 199, 253, 281]);
  });
  it('should take the name before a parenthetical, an appositive description or an unnamed role as the speaker', () => {
    // recovery-2020 (Florida, census, Reuters and obituary coverage): the speakers had been "R", "D-N.Y.", "original
    // member", and the Reuters sentence was read as an inverted "..., said the Midland".
    const text =
      'Florida Gov. Ron DeSantis (R), a strong Trump ally, announced that the state would begin to reopen on May 4.\n\nRep. Carolyn Maloney (D-N.Y.), who helps oversee the 2020 census, says she hopes more households will respond.\n\nDoug Vaughn, an original member of the Sultans — driving a 1952 purple deluxe Chevrolet coupe — said he and many of the Sultans were veterans.\n\nIts chief executive, Stephen Taylor, said the Midland, Texas-based compression equipment provider had to cut 20% of its workforce.';
    const result = expectQuotes(text, [
      {
        text: 'that the state would begin to reopen on May 4',
        speaker: 'Florida Gov. Ron DeSantis',
        source: 'Ron DeSantis',
        cue: 'announced',
      },
      { text: 'she hopes more households will respond', speaker: 'Rep. Carolyn Maloney', source: 'Carolyn Maloney', cue: 'says' },
      { text: 'he and many of the Sultans were veterans', speaker: 'Doug Vaughn', source: 'Doug Vaughn', cue: 'said' },
      {
        text: 'the Midland, Texas-based compression equipment provider had to cut 20% of its workforce',
        speaker: 'Stephen Taylor',
        source: 'Stephen Taylor',
        cue: 'said',
      },
    ]);
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start])).toEqual([
      [62, 0],
      [181, 110],
      [323, 222],
      [408, 387],
    ]);
    expect(result.sources.find((s) => s.name === 'Stephen Taylor')?.roles).toEqual(['chief executive']);
    expect(result.sources.find((s) => s.name === 'Doug Vaughn')?.roles).toEqual(['original member of the Sultans']);
  });
  it('should read a cue word followed by an aside and a finite verb as a noun ("earnings reports, too, are ...")', () => {
    // recovery-2020 (NYT, 2020-05): "Corporate earnings" had claimed "are reflecting the heavy toll of the pandemic".
    const text =
      'Corporate earnings reports, too, are reflecting the heavy toll of the pandemic. Siemens, the European industrial giant, said profit fell 64 percent in the first quarter.';
    const result = expectQuotes(text, [{ text: 'profit fell 64 percent in the first quarter', speaker: 'Siemens', cue: 'said' }]);
    expect(result.quotes[0]?.span).toEqual({ start: 125, end: 168 });
  });
  it('should leave a wire dateline out of the claim that opens the story ("ANKARA, March 19 -", "KYIV, May 24 (Reuters) -")', () => {
    // reuters-21578: 4,578 of the 1987 Reuters stories had their dateline at the start of a claim. (The first line is the
    // headline, which the article's text leaves out: offsets count from the dateline.)
    const text =
      "Turkish debt rises\n\nANKARA, March 19 - Turkey's external debt rose to the\nequivalent of 31.4 billion dlrs at end-1986, Treasury Under-secretary Yavuz Canevi said.\n\nKYIV, May 24 (Reuters) - The attackers shot at them “like snipers,” he said.\n\nLONDON, March 19 - Prices will rise, according to the ministry.";
    const result = expectQuotes(text, [
      {
        // The wrapped line is one paragraph's line, read with a space.
        text: "Turkey's external debt rose to the equivalent of 31.4 billion dlrs at end-1986",
        speaker: 'Treasury Under-secretary Yavuz Canevi',
        cue: 'said',
      },
      { text: 'The attackers shot at them “like snipers,”', speaker: 'he', cue: 'said', kind: 'mixed' },
      { text: 'Prices will rise', speaker: 'the ministry', cue: 'according to' },
    ]);
    expect(result.quotes.map((q) => [q.span.start, q.span.end])).toEqual([
      [19, 97],
      [169, 211],
      [241, 257],
    ]);
  });
  it('should leave out a dateline whose place is in title case or lowercase ("New Orleans, April 1 -", "peoria, april 7 -")', () => {
    // reuters-21578: 168 claims had opened with such a dateline.
    const text =
      'New Orleans, April 1 - Ten grain ships were loading and 18 were waiting to load at New Orleans elevators, trade sources said.\n\npeoria, april 7 - barrow and gilt prices rose 1.00 to 1.50 dlrs in active trade, the Peoria Stockyards said.';
    expect(quoteSpans(text)).toEqual([
      [23, 104, 'trade sources'],
      [145, 206, 'the Peoria Stockyards'],
    ]);
  });

  it('should read past a hearer whose name holds "and" or "of", and a comma after it, to the content', () => {
    // reuters-21578 (65 claims began "and Exchange Commission it has acquired ...") and PolNeAR (Western Journalism,
    // 2016-05-14).
    const text =
      'Newt Gingrich spoke on Friday.\n\nOn Friday, Gingrich told Bill O’Reilly of Fox News, that “you have to look at it very seriously, of course.”\n\nComdata Corp told the Securities and Exchange Commission it has acquired a 6.2 pct stake in Comdata.';
    const result = expectQuotes(text, [
      { text: 'that “you have to look at it very seriously, of course.”', speaker: 'Gingrich', cue: 'told', kind: 'mixed' },
      { text: 'it has acquired a 6.2 pct stake in Comdata', speaker: 'Comdata Corp', cue: 'told' },
    ]);
    expect(result.quotes.map((q) => q.span.start)).toEqual([84, 199]);
  });

  it('should end a claim before a second cue of the same speaker in the present ("... but argues that ...") or a participle after a quotation', () => {
    // PolNeAR (Breitbart, 2016-02-20; Washington Post, 2016-01-16): the first claim had run on over the second.
    const result = expectQuotes(
      'Clinton said she respects Sanders’ “passion and commitment” but argues that he can’t deliver on his promises.',
      [
        { text: 'she respects Sanders’ “passion and commitment”', cue: 'said', source: 'Clinton' },
        { text: 'that he can’t deliver on his promises', cue: 'argues', source: 'Clinton' },
      ],
    );
    expect(result.quotes.map((q) => q.span.start)).toEqual([13, 71]);
    // (The participle is a claim of its own: its comma sits inside the quotation's mark.)
    expectQuotes('He said the video is a "distortion," describing the security team as highly accomplished.', [
      { text: 'the video is a "distortion,"', cue: 'said' },
      { text: 'the security team as highly accomplished', cue: 'describing', speaker: 'He' },
    ]);
    // A plural noun after "and" is no second cue.
    expectQuote('He said the debts and claims were paid.', { text: 'the debts and claims were paid', cue: 'said' });
  });

  it('should take the group or person a relative "who" hangs on as the speaker ("four in 10 who said", "Guessford, who answered ... and said")', () => {
    // PolNeAR (Washington Post, 2016-02-02; HuffPost, 2016-04-20; Politico, 2016-01-31): the speaker had been "compared
    // with four in 10", none, and "Tom", the subject of the sentence around the relative clause.
    expectQuote('Half of Republicans preferred a nominee, compared with four in 10 who said they preferred someone with experience.', {
      text: 'they preferred someone with experience',
      speaker: 'four in 10',
      source: 'four in 10',
    });
    expectQuote('Clinton won by almost 60 points among the 30 percent of voters who said Wall Street does more to help the economy.', {
      text: 'Wall Street does more to help the economy',
      speaker: 'the 30 percent of voters',
    });
    expectQuote('Tom told Annette Guessford, who answered her door Sunday afternoon and said she planned to caucus for Clinton.', {
      text: 'she planned to caucus for Clinton',
      speaker: 'Annette Guessford',
    });
    expectQuote('The rally drew supporters who said they had driven four hours.', {
      text: 'they had driven four hours',
      speaker: 'supporters',
    });
    expectQuote('During the pandemic, one in five respondents reported a decline in quality of life.', {
      text: 'a decline in quality of life',
      speaker: 'one in five respondents',
      source: 'one in five respondents',
    });
  });

  it('should keep "X, analysts said, is that ..." as one claim around the aside, and a floating "both" off the subject', () => {
    // reuters-21578 (1987): the subject before the aside had been a claim of its own, and "have both" part of the speaker.
    expectQuote('The problem with such a strategy, analysts said, is that it may not give certain products enough time.', {
      text: 'The problem with such a strategy, analysts said, is that it may not give certain products enough time',
      speaker: 'analysts',
    });
    expectQuote("Sweden's two biggest insurance companies have both said they would like to enter the banking business.", {
      text: 'they would like to enter the banking business',
      speaker: "Sweden's two biggest insurance companies",
    });
  });

  it('should end content before a clause of time with its own speaker, whose place after a comma is no name', () => {
    // PolNeAR (Breitbart, 2016-02-20): the content had run on over "after a woman in Worcester, Massachusetts, told him",
    // whose speaker had been "Massachusetts".
    expectQuotes(
      'John Kasich is assuring voters he is tough enough to be president after a woman in Worcester, Massachusetts, told him she worries he is “too nice” to fend off his rivals.',
      [
        { text: 'he is tough enough to be president', speaker: 'John Kasich', cue: 'assuring' },
        { text: 'she worries he is “too nice” to fend off his rivals', speaker: 'a woman', cue: 'told' },
      ],
    );
  });

  it('should take the cue\'s own clause, not words quoted in an opening participle\'s phrase ("Citing “...,” X told ...")', () => {
    // PolNeAR (Politico, 2016-07-24).
    expectQuote(
      'Citing “obligations in Tennessee,” the former vice president’s spokeswoman told POLITICO that Gore plans to skip the festivities in Philadelphia.',
      { text: 'that Gore plans to skip the festivities in Philadelphia', cue: 'told', speaker: 'the former vice president’s spokeswoman' },
    );
  });
  it('should take a possessed person named after an inverted cue as the speaker ("said her longtime friend and colleague Pamela Lesser")', () => {
    // recovery-2020 (recovery-1316, St. Louis Post-Dispatch): had no claim.
    expect(
      attributed(
        'Wilson-Griffin had a knack for doing the unorthodox for the benefit of those who needed her help, said her longtime friend and colleague Pamela Lesser, director of perinatal services at SSM St. Mary’s Health Center, where Wilson-Griffin last worked as a perinatal clinical nurse specialist.',
      ).quotes,
    ).toEqual([[0, 96, 'her longtime friend and colleague Pamela Lesser', 'Pamela Lesser']]);
    // "said his bill would restore equity": a possessive opening a clause is no speaker.
    expectQuote('Sen. Edward Zorinsky, D-Neb., said his bill would restore equity under federal sodbuster rules.', {
      text: 'his bill would restore equity under federal sodbuster rules',
      speaker: 'Sen. Edward Zorinsky',
    });
  });
  it('should end a body’s name before "in" and the place where it is ("NASA’s Ames Research Center in Silicon Valley")', () => {
    // recovery-2020 (recovery-1130, Space.com): had been a person, "Silicon Valley".
    expect(
      attributed(
        'On Sunday, NASA’s Ames Research Center in Silicon Valley, California, announced it was restricting access to its facilities. Engineers and scientists at Ames play roles in many of NASA’s major programs.',
      ),
    ).toEqual({ quotes: [[80, 123, 'NASA’s Ames Research Center', 'NASA’s Ames Research Center']], kinds: ['organization'] });
    // reuters-21578 (reuters-881): had been a person, "Frankfurt".
    expect(
      attributed(
        "Banking sources said commercial banks would not be involved in today's talks with Funaro. A spokesman for the Bundesbank in Frankfurt said the central bank would also not be represented.",
      ),
    ).toEqual({
      quotes: [
        [21, 88, 'Banking sources', 'Banking sources'],
        [139, 185, 'the Bundesbank', 'Bundesbank'],
      ],
      kinds: ['anonymous', 'organization'],
    });
  });
});

describe('wire copy', () => {
  it('should take a subject with the day between it and its cue ("Pennzoil today said"), not the day of a phrase', () => {
    // reuters-21578 (reuters-14187, reuters-12318): "today" had hidden the subject and no claim was found.
    const text =
      'Pennzoil today said it proposed to the court that Texaco secure its bond with assets. The National Weather Service forecast for today said periods of rain will occur across New England.';
    expect(quoteSpans(text)).toEqual([
      [20, 84, 'Pennzoil'],
      [139, 184, 'The National Weather Service forecast for today'],
    ]);
  });

  it('should take a subject with the place between it and its cue ("Her campaign workers here said"), not "here" as its name', () => {
    // polnear-train (wash-post, 2016-02-17): no claim had been found; reuters-21578 had "Diplomatic sources here" as a name.
    const text =
      'Her campaign workers here said they have been working the state since the spring. Diplomatic sources there say the talks stalled.';
    expect(quoteSpans(text)).toEqual([
      [31, 80, 'Her campaign workers'],
      [111, 128, 'Diplomatic sources'],
    ]);
  });

  it('should take the titled name that ends an opening phrase of time or place as the subject ("Saturday at the ... convention Sen. Elizabeth Warren said")', () => {
    // polnear-train (breitbart, 2016-06-05): other capitals in the phrase had left the claim without a speaker, so it was lost.
    const text =
      'Saturday at the Massachusetts Democratic state’s party convention Sen. Elizabeth Warren (D-MA) said presumptive Republican presidential nominee Donald Trump was a “proven failure” in business.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.span.end, q.speaker?.start, q.speaker?.text])).toEqual([
      [100, 191, 66, 'Sen. Elizabeth Warren'],
    ]);
  });

  it('should find the subject past "Here in ...," and a titled name after lowercase words ("There, the district GOP Chairman Chuck Williams")', () => {
    // polnear-train (Washington Post 2016-02-17, Politico 2016-04-09): a subheading "Stepped-up" had spoken for
    // Sanders, and Williams' claim had no speaker and was lost.
    const text =
      'Stepped-up outreach.\n\nHere in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to achieve the day." There, the district GOP Chairman Chuck Williams declined to name the delegates but said one was an avowed Trump supporter.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.span.end, q.speaker?.start, q.speaker?.text])).toEqual([
      [108, 141, 40, 'Sanders'],
      [230, 263, 149, 'the district GOP Chairman Chuck Williams'],
    ]);
  });

  it('should read what follows "told" as its hearer, never an inverted speaker ("..., Rep. Joaquin Castro (D-Texas), ..., told reporters Tuesday.")', () => {
    // recovery-2020 and reuters-21578: "reporters Tuesday", "Reuters", "NPR" and "ABC News" had spoken for the named speaker
    // before "told"; "the Kuwaiti news agency KUNA" had been content; a role with a preposition ("its ambassador to
    // Kuwait") had been content too.
    const text =
      'ICE should release immigrants who pose no threat, Rep. Joaquin Castro (D-Texas), chairman of the Congressional Hispanic Caucus, told reporters Tuesday. The Soviet Union supports the freedom of navigation in the Gulf, its ambassador to Kuwait, Ernest Zverev, told the Kuwaiti news agency KUNA. Despite a series of defeats, Sanders remains committed to the race, his top aide, Tad Devine, told The Huffington Post.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const source = (id: string) => result.sources.find((s) => s.id === id)?.name;
    expect(result.quotes.map((q) => [q.span.start, q.span.end, source(q.sourceId ?? '')])).toEqual([
      [0, 48, 'Joaquin Castro'],
      [152, 215, 'Ernest Zverev'],
      [293, 359, 'Tad Devine'],
    ]);
  });

  it('should not read a relative clause with its own speaker ("a surplus that economists said would ...") as what was announced', () => {
    // reuters-21578 (reuters-9442): Japan's claim had been "that economists said would be sure to ...".
    const text =
      'TOKYO, March 27 - Japan today announced another mammoth monthly trade surplus that economists said would be sure to intensify already mounting pressure on the country for action.';
    expect(quoteSpans(text)).toEqual([
      [40, 77, 'Japan'],
      [99, 177, 'economists'],
    ]);
  });

  it('should read "..., X told journalists, adding that ..." as two claims of X, the hearer and the participle after the cue', () => {
    // reuters-21578 (reuters-7739, reuters-13450): the claim before the attribution had been lost.
    const text =
      'Disinflation was an absolute priority, Neeser told journalists, adding that a failure to do this would be extremely serious.';
    expect(quoteSpans(text)).toEqual([
      [0, 37, 'Neeser'],
      [71, 123, 'Neeser'],
    ]);
  });

  it('should read "This campaign, he says, is different." as one claim around the aside', () => {
    // PolNeAR (Breitbart, 2016-02-08): two words after the aside's finite verb had been too few.
    expectQuote('This campaign, he says, is different.', { text: 'This campaign, he says, is different', speaker: 'he' });
  });

  it('should read the speaker after a dateline without the dateline ("ROME, March 4 - The Italian treasury said")', () => {
    // reuters-21578 (reuters-1336 and others, 1987): the speaker had been "March 4 - The Italian treasury", and a
    // company's subsidiary or "Striking Brazilian seamen" opening the story were found only with the date glued on.
    const text =
      "ROME, March 4 - The Italian treasury said it will issue 3,000 billion lire of a new type of indexed paper. Texas Air Corp's Continental Airlines subsidiary said it will serve Las Vegas. Striking Brazilian seamen say they have idled 158 ships.";
    expect(quoteSpans(text)).toEqual([
      [42, 105, 'The Italian treasury'],
      [161, 184, "Texas Air Corp's Continental Airlines subsidiary"],
      [216, 241, 'Striking Brazilian seamen'],
    ]);
  });

  it('should read no content after "responding to" or "contend with": what is answered or borne', () => {
    // recovery-2020 (USA Today and AP, 2020-04): "Federal officials responding to the pandemic are concerned" had been a
    // claim of the officials, "businesses contend with hefty taxes, an illicit market that ..." one of businesses.
    expect(
      quoteSpans(
        'WASHINGTON — Federal officials responding to the pandemic are concerned about the rising number of cases, while businesses contend with hefty taxes, an illicit market that still dwarfs the legal one.',
      ),
    ).toEqual([]);
  });

  it('should read "..., Hollande said Tuesday in Paris, noting ..." as two claims: the content before and the participle', () => {
    // PolNeAR (HuffPost, 2016-08-03): the phrase of time and place after the cue had been read as its content, and the
    // claim before the speaker was lost.
    const text =
      'Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you want to retch.”';
    expect(attributed(text).quotes).toEqual([
      [0, 32, 'Hollande', 'Hollande'],
      [73, 122, 'Hollande', 'Hollande'],
    ]);
  });

  it('should end a claim before ", though <speaker> said" and before ", and <name>, <description>, said"', () => {
    // PolNeAR (New York Times, 2015-12-31 and 2016-04-23): the second speaker's claim had run on inside the first one's.
    expect(
      attributed(
        "Candidates have followed Mr. Trump's lead, saying Mr. Clinton's history is a legitimate criticism, though Mrs. Fiorina said she doubted voters would care.",
      ).quotes,
    ).toEqual([
      [50, 97, 'Candidates', 'Candidates'],
      [124, 153, 'Mrs. Fiorina', 'Fiorina'],
    ]);
    expect(
      attributed(
        'The White House contends that it is still on track to meet those targets, and Brian Deese, the White House climate change adviser, said he and his staff were preparing models.',
      ).quotes,
    ).toEqual([
      [25, 72, 'The White House', 'White House'],
      [136, 174, 'Brian Deese', 'Brian Deese'],
    ]);
  });

  it('should keep a list of named speakers after the content, and a content that opens with "although"', () => {
    // reuters-21578 (reuters-14423, reuters-1953): two names joined by "and" are no second clause, and "He said that,
    // although ..., the IBC would not ..." is one claim.
    expect(
      attributed(
        'Merrill Lynch and Co said revenues were strong. "We have made steady progress," William Schreyer, chairman, and Daniel Tully, president, said.',
      ).quotes,
    ).toEqual([
      [26, 46, 'Merrill Lynch and Co', 'Merrill Lynch and Co'],
      [48, 79, 'William Schreyer', 'William Schreyer'],
    ]);
    expect(
      attributed(
        'He said that, although he had heard forecasts of 30 mln bags for the coming crop, the IBC would not make any estimate until late April.',
      ).quotes,
    ).toEqual([[8, 134, 'He', undefined]]);
  });

  it('should read the speaker after an opening connective and before a relative clause ("Still, Petrilli, who ..., called")', () => {
    // PolNeAR (Politico, 2015-11-30): "Still," before the name had made it a place the name describes, and no claim was found.
    const text =
      'Still, Petrilli, who thinks the Obama administration made a power grab, called the new law “much, much better” than No Child Left Behind.';
    expect(attributed(text).quotes).toEqual([[79, 136, 'Petrilli', 'Petrilli']]);
  });

  it('should read the speaker before a phrase of occasion ("Trump in his announcement speech called"), not a group before a place', () => {
    // PolNeAR (HuffPost, 2016-07-18): the phrase had hidden the speaker; "Dealers in all centres" keeps its place.
    const text =
      'The rejection was complete when Trump in his announcement speech called undocumented immigrants from Mexico “rapists” and worse. Dealers in all centres said the dollar would fall.';
    expect(attributed(text).quotes).toEqual([
      [72, 127, 'Trump', 'Trump'],
      [157, 178, 'Dealers in all centres', 'Dealers in all centres'],
    ]);
  });

  it('should read a titled name after a phrase of place as the speaker ("In Texas, Gov. Greg Abbott, a Republican, said")', () => {
    // recovery-2020 (recovery-0989, 2020-04): "In Texas, Gov. Greg Abbott," had read as a town and its state, and the
    // speaker was "In Texas".
    const text = 'In Texas, Gov. Greg Abbott, a Republican, said that he would lift restrictions on some medical procedures.';
    expect(attributed(text).quotes).toEqual([[47, 105, 'Gov. Greg Abbott', 'Greg Abbott']]);
  });

  it('should read a bare stem as a verb past a connective between commas ("The two lawmakers, however, argue that")', () => {
    // PolNeAR (Politico, 2016-07-11): "argue" after the comma had read as a noun, and the claim was lost.
    const text = 'The two lawmakers, however, argue that there is precedent for prosecution. Critics, though, claim it is not.';
    expect(attributed(text).quotes).toEqual([
      [34, 73, 'The two lawmakers', 'two lawmakers'],
      [98, 107, 'Critics', 'Critics'],
    ]);
  });

  it('should read "..., a spokesman for X, <description of X>, told Reuters" as the spokesman\'s, not the description\'s', () => {
    // reuters-21578 (reuters-13197, 1987): "the largest sugar processor" had spoken, and the claim had run over "a
    // spokesman for Suiker Unie"; after a name the name still speaks.
    const text =
      'Roughly half of the crop is in the ground, a spokesman for Suiker Unie, the largest sugar processor in the Netherlands, told Reuters. Roughly half of it is sold, John Smith, a spokesman for Suiker Unie, the largest sugar processor, said.';
    expect(attributed(text).quotes).toEqual([
      [0, 41, 'Suiker Unie', 'Suiker Unie'],
      [134, 160, 'John Smith', 'John Smith'],
    ]);
  });

  it('should read "a company called “...”" as a thing named, not words said', () => {
    // recovery-2020 (recovery-0990 and four more), reuters-21578 (reuters-7724): "ran a company" had been the speaker of
    // “Solo Supplies”, and the claim of "the authorities said" had been cut before it.
    expect(
      attributed(
        'The seller, Baruch Feldheim of Brooklyn, ran a company called “Solo Supplies” that had compiled a vast stockpile of masks, the authorities said.',
      ).quotes,
    ).toEqual([[0, 121, 'the authorities', 'authorities']]);
    // (A project "he called" is his words, the announcement ends before them; "a man called her friend" calls a name.)
    expect(attributed('Trump announced a general to lead the effort for a project he called "Operation Warp Speed."').quotes).toEqual([
      [16, 58, 'Trump', 'Trump'],
      [69, 92, 'Trump', 'Trump'],
    ]);
    expect(attributed('A man called her friend a racial expletive.').quotes).toEqual([[13, 42, 'A man', 'A man']]);
  });

  it('should keep an opening phrase with the claim an aside interrupts, unless it tells where the words were said', () => {
    // reuters-21578 (56 articles), recovery-2020 (15): "For the nine months, Davis said, earnings ..." had been the
    // claim "For the nine months"; a phrase of the occasion ("At a ... Conference") is the saying's, not the claim's.
    expect(
      attributed('For the first few weeks, this employee said, the volume of calls from customers who want to cancel was overwhelming.')
        .quotes,
    ).toEqual([[0, 115, 'this employee', 'this employee']]);
    expect(
      attributed(
        'At a Drexel Burnham Lambert Investor Conference, Coopervision chairman Parker Montgomery said, as previously announced, he will listen to any bid.',
      ).quotes,
    ).toEqual([[95, 145, 'Coopervision chairman Parker Montgomery', 'Parker Montgomery']]);
  });

  it('should read "the Rev. <name>" as a titled name, not a description', () => {
    // recovery-2020 (recovery-0170): "the Rev. Seth Kaper-Dale" had been read as "the Rev." and resolved to the other
    // reverend of the article, the one his words were about.
    expect(
      attributed(
        'The Rev. Rufus McClendon Jr. was a pastor in Plainfield.\n\n“Every person who was in that prison was made in the image of God,” the Rev. Seth Kaper-Dale, who was mentored by McClendon, told NJ.com.',
      ).quotes,
    ).toEqual([[58, 125, 'the Rev. Seth Kaper-Dale', 'Seth Kaper-Dale']]);
  });

  it('should end a subordinate clause at its comma after opening words, but not at a comma inside a list of names', () => {
    // recovery-2020 (recovery-0287): de Blasio's claim had run on over Cuomo's; PolNeAR (Washington Post, 2015-11-16).
    expect(
      attributed(
        'And most recently, when de Blasio said beaches might have to be closed throughout the summer, Cuomo said any such decision would have to be coordinated.',
      ).quotes,
    ).toEqual([
      [39, 92, 'de Blasio', 'Blasio'],
      [105, 151, 'Cuomo', 'Cuomo'],
    ]);
    expect(
      attributed(
        'Interestingly, after the department asked Mills, Sullivan and Abedin to search their personal e-mails, Hackett said that one message was found.',
      ).quotes,
    ).toEqual([
      [42, 101, 'the department', 'department'],
      [116, 142, 'Hackett', 'Hackett'],
    ]);
  });

  it('should read a clause after "told the <noun>" from its subject ("told the company its contract ...")', () => {
    // reuters-21578 (reuters-17010 and six more): the content had opened with the hearer's noun.
    expect(attributed('Federal regulators had also told the company its Medicare contract would be terminated on July 31.').quotes).toEqual(
      [[45, 97, 'Federal regulators', 'Federal regulators']],
    );
  });

  it('should keep two titles joined by "and" before a name in its speaker', () => {
    // reuters-21578 (reuters-2930 and five more): "vice president and treasurer Eugene Rotberg said" had cut the subject
    // at "and", lost the claim, and left his "He" after it with no one.
    expect(
      attributed(
        'The World Bank intends to borrow because it expects rates to rise by year end, World Bank vice president and treasurer Eugene Rotberg said.\n\nHe told a news conference that rates were near their lows.',
      ).quotes,
    ).toEqual([
      [0, 77, 'World Bank vice president and treasurer Eugene Rotberg', 'Eugene Rotberg'],
      [167, 198, 'He', 'Eugene Rotberg'],
    ]);
    // (Where the whole reads as no mention, the titles after the "and" do, as before.)
    expect(
      attributed(
        'NEW YORK, March 2 - Diagnostic Products Corp president and chief executive officer Sigi Ziering said he expects to maintain the same growth in 1987.',
      ).quotes,
    ).toEqual([[101, 147, 'chief executive officer Sigi Ziering', 'Sigi Ziering']]);
  });
  it('should take two words of content when they are a pronoun and its verb ("she said she’s nervous")', () => {
    // recovery-2020 (2020-04): both had been no claim, as "said Tuesday" is none.
    expect(attributed('Still, as the mother of a daughter with asthma, Lynnette Jones said she’s nervous.').quotes).toEqual([
      [68, 81, 'Lynnette Jones', 'Lynnette Jones'],
    ]);
    expect(
      attributed('Richard Cooper, chair of the Health Sciences Department at Loyola University Chicago, says he’s mystified.').quotes,
    ).toEqual([[91, 105, 'Richard Cooper', 'Richard Cooper']]);
    expectNoQuotes('The president said Tuesday.');
  });

  it('should read a long subject of a reported clause as far as its own auxiliary ("argued Trump’s proposal ... would")', () => {
    // polnear-train (huff-post, 2016-06): "argued" takes a clause without "that" only when an auxiliary shows it; a
    // subject of eleven words had put it out of reach.
    expect(
      attributed(
        'Clinton argued Trump’s proposal to pay down the national debt by printing money would trigger hyperinflation and crash the economy.',
      ).quotes,
    ).toEqual([[15, 130, 'Clinton', 'Clinton']]);
    // (An auxiliary of another verb's clause, joined by "and", makes no clause of the object: the photograph is no claim.)
    expect(attributed('Fields later tweeted a photograph of her bruised forearm and said she had been yanked backward.').quotes).toEqual([
      [66, 94, 'Fields', 'Fields'],
    ]);
    expectNoQuotes('Your mortgage servicer can tell you if your loan is federally backed.');
  });
  it('should read a progressive whose subject and auxiliary are one word ("He’s suggesting that ...")', () => {
    // polnear-train (usa-today, 2016-04): "’s" had made "He’s" a possessive, and "suggesting" a noun.
    expect(
      attributed(
        'Bernie Sanders is burrowing in for a floor fight. He’s suggesting that delegates from states he won should flip to his column.',
      ).quotes,
    ).toEqual([[66, 125, 'He', 'Bernie Sanders']]);
  });
  it('should find "that" past an aside after any cue ("stated, while testifying ..., that")', () => {
    // polnear-train (west-journal, 2016-07).
    expect(
      attributed(
        'The director further stated, while testifying before Congress earlier this month, that Clinton was not truthful with the American public.',
      ).quotes,
    ).toEqual([[82, 136, 'The director', 'director']]);
  });
  it('should take the clause after "pointed out that", not the phrase before the speaker', () => {
    // polnear-train (huff-post, 2015-11): "out" can open no content, so the opening phrase had been taken as the claim.
    expect(
      attributed(
        'As the Republican hopefuls sparred over military spending, Sanders pointed out that veterans’ issues were largely ignored.',
      ).quotes,
    ).toEqual([[79, 121, 'Sanders', 'Sanders']]);
  });
  it('should find the subject before "did", "continues to", "went on to" and "be quick to"', () => {
    // polnear-train (west-journal 2016-01, politico 2016-06, nyt 2016-02).
    expect(
      attributed(
        'Acknowledging that Trump “says a lot of stupid stuff,” though, Tim Allen did suggest that the real estate mogul’s wealth does give him a unique advantage.',
      ).quotes,
    ).toEqual([[85, 153, 'Tim Allen', 'Tim Allen']]);
    expect(
      attributed(
        'The Vermont senator Bernie Sanders is struggling to put a consistent face on the balancing act. He continues to insist that he will fight on to the July Democratic convention.',
      ).quotes,
    ).toEqual([[119, 174, 'He', 'Bernie Sanders']]);
    expect(attributed('Sanders went on to say that the system is rigged in favor of the rich and powerful.').quotes).toEqual([
      [23, 82, 'Sanders', 'Sanders'],
    ]);
    expect(
      attributed('Senate Republicans were quick to point out that the bill had passed the House with votes from both parties.').quotes,
    ).toEqual([[43, 106, 'Senate Republicans', 'Senate Republicans']]);
  });
  it('should read a bare stem as a verb past an adverb after its plural subject ("defenders today argue")', () => {
    // polnear-train (huff-post 2016-03, politico 2016-07).
    expect(attributed('Clinton defenders today argue that this was the best anyone could have done.').quotes).toEqual([
      [30, 75, 'Clinton defenders', 'Clinton defenders'],
    ]);
    expect(attributed('Some activists even insist that Sanders may yet win California, when all the votes are counted.').quotes).toEqual([
      [27, 94, 'Some activists', 'Some activists'],
    ]);
  });
  it('should read "by warning that" as "by saying that"', () => {
    // polnear-train (wash-post, 2015-12).
    expect(attributed('Netanyahu rallied supporters by warning that the rule of the right is in danger.').quotes).toEqual([
      [40, 79, 'Netanyahu', 'Netanyahu'],
    ]);
  });

  it('should give a participle joined by "and" to one after a comma the sentence subject ("painting ... and suggesting")', () => {
    // polnear-train (politico, 2015-11).
    expect(
      attributed(
        'In the days since Paris, Donald Trump has sought to bolster his credibility as a tough enforcer, painting others as weak and suggesting that he would do whatever it took to stop a similar attack.',
      ).quotes,
    ).toEqual([[136, 194, 'Donald Trump', 'Donald Trump']]);
    // (The claim of the participle before it ends before the "and": polnear-train, huff-post 2016-02.)
    expect(
      attributed(
        'Marco Rubio was asked to name a single legislative achievement. He basically ducked, pointing to his record in the Florida Legislature and saying that productive senators are overrated.',
      ).quotes,
    ).toEqual([
      [97, 134, 'He', 'Marco Rubio'],
      [146, 184, 'He', 'Marco Rubio'],
    ]);
  });
  it('should read a bare stem after an aside and before "that" as a verb ("..., many of them Catholics, argue that")', () => {
    // polnear-train (nyt, 2016-02).
    expect(
      attributed('His critics in the United States, many of them conservative Catholics, argue that Francis is a political pope.').quotes,
    ).toEqual([[77, 109, 'His critics in the United States', 'His critics in the United States']]);
  });

  it('should read two groups joined by "and" as one speaker ("..., teachers and union officials told POLITICO")', () => {
    // polnear-train (politico 2016-04, nyt 2016-01) and reuters-21578 (dozens of "..., dealers and analysts said"): "and"
    // had ended the subject, so the group before it was lost and the claim before the comma with it.
    expect(
      attributed(
        'Sanders’ support is particularly strong among the most progressive and active wing of the union, teachers and union officials told POLITICO.',
      ).quotes,
    ).toEqual([[0, 95, 'teachers and union officials', 'teachers and union officials']]);
    expect(
      attributed(
        "The source of the attraction to Mr. Trump, union members and leaders say, is manifold: the candidate's unapologetically populist positions on certain economic issues, particularly trade.",
      ).quotes,
    ).toEqual([[0, 185, 'union members and leaders', 'union members and leaders']]);
    // (Where the two read as no mention together, the second alone speaks, as before.)
    expect(
      attributed(
        'Central bank officials and money market dealers said the shortening of the tender process should be seen as purely technical, with no direct implications for interest rates.',
      ).quotes,
    ).toEqual([[53, 172, 'money market dealers', 'money market dealers']]);
    // (Not the object of a verb before them: "worried some analysts and activists, who ...".)
    expect(
      attributed(
        'The remark worried some analysts and activists, who pointed out that such a position - unheard of until now - would violate the constitution.',
      ).quotes,
    ).toEqual([[64, 140, 'activists', 'activists']]);
  });

  it('should find the subject past a two-word connective between commas or "in the past" ("Cement makers, for instance, argue")', () => {
    // polnear-train (nyt, 2016-03) and reuters-21578 (reuters-9249).
    expect(
      attributed(
        'Cement makers, for instance, argue that imports from China and the United States grew to 40 percent from 5 percent of the market.',
      ).quotes,
    ).toEqual([[35, 128, 'Cement makers', 'Cement makers']]);
    expect(attributed('The Labour party has in the past said it would do this.').quotes).toEqual([
      [38, 54, 'The Labour party', 'Labour party'],
    ]);
  });
  it('should know a specialist of medicine by the specialty ("the retired neurosurgeon acknowledged")', () => {
    // polnear-train (west-journal, 2015-11): "neurosurgeon" was no speaker noun, and the claim had none.
    expect(
      attributed(
        'Reacting to criticism over perceived autobiographical inconsistencies, the retired neurosurgeon acknowledged that he expected his White House bid to open his past up to investigation.',
      ).quotes,
    ).toEqual([[109, 182, 'the retired neurosurgeon', 'retired neurosurgeon']]);
  });

  it('should give a cue joined by "and" in a clause that opens the sentence its clause\'s subject ("When Trump referred ... and said")', () => {
    // polnear-train (wash-post, 2016-07): the subordinator opening the sentence had not been looked at, and the claim,
    // with no speaker, ran past the quotation's comma into the main clause.
    expect(
      attributed(
        'When Trump later referred to the recent massacre at a gay nightclub in Orlando and said he would "protect our LGBTQ citizens," the crowd applauded loudly.',
      ).quotes,
    ).toEqual([[88, 126, 'Trump', 'Trump']]);
    // (Nor is a relative clause on the cue's object content: "wrote legislation that gave ...", polnear-train, nyt 2016-04.)
    expectNoQuotes(
      'While Mr. Ryan is a vocal advocate of trade deals and wrote legislation that gave President Obama expanded authority to negotiate them, Mr. Trump is equally vocal in opposing free trade.',
    );
  });

  it('should take a quantified group after an opening phrase as the sentence subject ("At a meeting ..., some senators ... and said")', () => {
    // polnear-train (wash-post, 2016-06) and reuters-21578 (reuters-824: the claim had gone to the economist quoted before).
    expect(
      attributed(
        'At a meeting Tuesday morning of the Senate Democratic leadership, some senators vented about Sanders vowing to fight on and said that they had lost their patience with him.',
      ).quotes,
    ).toEqual([[129, 171, 'some senators', 'some senators']]);
    expect(
      attributed(
        'However, other economists disagreed, saying the service sector would be able to hire workers no longer needed by the manufacturing sector over the next five years.',
      ).quotes,
    ).toEqual([[44, 162, 'other economists', 'other economists']]);
  });

  it('should read "allies" as an unnamed group around someone, never that someone ("the Texas senator’s allies say")', () => {
    // polnear-train (politico, 2016-05): "allies" had been no speaker noun, so the claim around the aside had none.
    expect(
      attributed(
        'And the first step to improving his rancorous relationships, the Texas senator’s allies say, will be to help them keep their Senate seats.',
      ).quotes,
    ).toEqual([[0, 137, 'the Texas senator’s allies', 'Texas senator’s allies']]);
    // (A part keeps its "of": "one of the sources", not "of the sources", 16 sources' names in reuters-21578.)
    expect(attributed('One of the sources said there are also severance payments to employees.').quotes).toEqual([
      [24, 70, 'One of the sources', 'One of the sources'],
    ]);
  });

  it('should take a question\'s clause as what someone explained ("The actress explained why ..."), not what things explain', () => {
    // polnear-train (huff-post 2015-12, breitbart 2016-04): "explained why/how ..." had been no claim, or one without its
    // "how". recovery-2020: "The packaging challenges may explain why ..." and "The answers reveal how much ..." are none.
    expect(attributed('The actress explained why being portrayed as such is actually a backhanded compliment.').quotes).toEqual([
      [22, 85, 'The actress', 'actress'],
    ]);
    expectNoQuotes('The packaging challenges may explain why some consumers are seeing flour sold in unmarked bags.');
  });
  it('should find the name before an age and a place of origin and ", who said" ("Nicky Driscoll, 24, from Manchester, who said")', () => {
    // polnear-train (usa-today, 2016-02).
    expect(
      attributed(
        '"I have never voted in a primary, but I am going to vote in this primary for Bernie," said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to get corporate money out of government.',
      ).quotes,
    ).toEqual([
      [0, 85, 'Nicky Driscoll', 'Nicky Driscoll'],
      [137, 200, 'Nicky Driscoll', 'Nicky Driscoll'],
    ]);
  });

  it("should not read the main clause after an opening subordinate clause as what that clause's cue reports", () => {
    // recovery-2020 (2020-05): "While she tried to write up her results remotely, it proved difficult" had been her claim.
    expectNoQuotes(
      'Samantha Noor had to leave behind the research she had been conducting all year. While she tried to write up her results remotely, it proved difficult as she had an unreliable Internet connection.',
    );
    // recovery-2020: "While she declined to say how many ..., Dorfman said ..." had been the previous speaker's.
    expect(
      attributed(
        'While she declined to say how many licensed instructors are teaching Zumba, Dorfman said thousands of classes are now being offered virtually.',
      ).quotes,
    ).toEqual([[89, 141, 'Dorfman', 'Dorfman']]);
    // polnear-train (huff-post, 2016-06): a cue after the subordinate clause still reports the main clause.
    expect(
      attributed(
        'If she becomes president, Clinton suggested in a tweet, women won’t be punished for exercising their right to terminate a pregnancy.',
      ).quotes,
    ).toEqual([[56, 131, 'Clinton', 'Clinton']]);
  });

  it('should read "states" after a count opening the sentence as the noun ("Some states do have ...")', () => {
    // recovery-2020: seven claims of "Some states", "Most states", "Many states" ("Most states have decided that school
    // openings will occur on a local level" had been Alker's).
    expectNoQuotes('This argument sounds reasonable at first. Some states do have persistent fiscal challenges.');
    expectNoQuotes('Most states have decided that school openings will occur on a local level.');
    expect(attributed('The report states that no one may be held without a hearing.').quotes).toEqual([[18, 59, 'The report', 'report']]);
    // recovery-2020 (2020-05): "The first U.S. states that rolled out smartphone apps ..." had been a claim of "U.S.".
    expectNoQuotes(
      'The first U.S. states that rolled out smartphone apps for tracing the contacts of COVID-19 patients are dealing with technical glitches.',
    );
  });

  it('should take the subject before "in <Town>, <State>" when no comma follows the state', () => {
    // recovery-2020: "Goog's Pub and Grub in Holland, Michigan wrote on Facebook that ..." had been Michigan's;
    // reuters-21578: "An investor group ... in Dallas, Texas said" had been Texas.
    expect(attributed('The hospital in Springfield, Illinois said it had run out of beds.').quotes).toEqual([
      [43, 65, 'The hospital', 'hospital'],
    ]);
    expect(attributed('Officials in Wuhan, China said the lockdown would end.').quotes).toEqual([[31, 53, 'Officials', 'Officials']]);
    // Not a reported clause's subject: the content of "said that" stays whole.
    expect(
      attributed(
        'CIS Technologies Inc said that it and the Swiss Reinsurance Co of Zurich, Switzerland agreed to a second extension of two dates for the final payment.',
      ).quotes,
    ).toEqual([[26, 149, 'CIS Technologies Inc', 'CIS Technologies Inc']]);
  });

  it('should read a participle after "of" and a noun before a bare verb as no cue ("80 percent of confirmed cases", "Current estimates suggest")', () => {
    // recovery-2020 (2020-03): "Around 80 percent of confirmed cases are mild" had been a claim of "Around 80 percent".
    expect(
      attributed(
        'The symptoms of COVID-19 have ranged from mild, like those in a cold, to severe. Around 80 percent of confirmed cases are mild and don’t require hospitalization.',
      ).quotes,
    ).toEqual([]);
    // (A relative clause's stranded preposition is no adjective's: "the experts I spoke with agreed that ..." is a claim.)
    expect(quoteSpans('All of the experts I spoke with agreed that workplaces can be made safer.').map(([s, e]) => [s, e])).toEqual([
      [39, 72],
    ]);
  });

  it('should find no speaker in an article alone ("A leaked Pentagon draft memo says")', () => {
    // recovery-2020 (2020-04): the claim had gone to Mark Esper, in the photo caption above; reuters-21578: "A proposed
    // 300 mln dlr debt offering will increase leverage" had been a claim of "A".
    const text =
      'A leaked Pentagon draft memo says that the US should expect for the coronavirus pandemic to last until the summer of 2021, according to those that have seen it.';
    expect(attributed(text).quotes).toEqual([[34, 121, 'A leaked Pentagon draft memo', 'leaked Pentagon draft memo']]);
  });

  it('should read "current and former officials said" whole, the claim before it', () => {
    // polnear-train (Washington Post, 2016-03): the clause's start after "and" had cut the speaker to "former officials",
    // with no comma before it, and the claim was lost.
    const text =
      "The official said the FBI had secured the cooperation of Bryan Pagliano, who worked on Clinton's 2008 presidential campaign before setting up the server in her New York home in 2009.\n\nAs the FBI looks to wrap up its investigation in the coming months, agents are likely to  want to interview Clinton and her senior aides about the decision to use a private server, how it was set up, and whether any of the participants knew they were sending classified information in emails, current and former officials said.";
    expect(attributed(text)).toEqual({
      quotes: [
        [18, 181, 'The official', 'official'],
        [184, 475, 'current and former officials', 'current and former officials'],
      ],
      kinds: ['anonymous', 'anonymous'],
    });
  });

  it('should read "It is ..., says X" and "That’s ..., says X" as the content before an inverted speaker', () => {
    // recovery-2020 (2020-04, 2020-05): "That’s another source of cash" had been the speaker of the words "Rita Cheng, a
    // certified financial planner"; "The Model Y is particularly important, says Karl Brauer" had found no claim (the
    // subject reader took the clause before the comma for the cue's subject).
    expect(
      attributed(
        'If you’re owed a refund, file your 2019 tax return right away. That’s another source of cash, says Rita Cheng, a certified financial planner Blue Ocean Global Wealth.',
      ).quotes,
    ).toEqual([[63, 92, 'Rita Cheng', 'Rita Cheng']]);
    expect(
      attributed(
        '“And as the world comes back online, Tesla will be competing against other automakers who are literally throwing out all the stops.”\n\nThe Model Y is particularly important, says Karl Brauer, the executive publisher at Autotrader and Kelly Blue Book.',
      ).quotes.at(-1),
    ).toEqual([134, 171, 'Karl Brauer', 'Karl Brauer']);
  });

  it('should find no claim in a condition ("if anyone says that ...", "If Reagan rejects the tax rise")', () => {
    // recovery-2020 (2020-05), reuters-21578: words supposed by "if" or "unless" had been claims of "anyone", "Reagan".
    expect(
      attributed(
        'Event planners for the Kentucky Derby and Bonnaroo already have new opening days on the books in September. The Olympics are scheduled to start in Tokyo on July 23rd, 2021. There’s just one problem: if anyone says that they know exactly when this pandemic will be over, they are lying.',
      ).quotes,
    ).toEqual([]);
    // (A condition inside what was said stays part of it.)
    expect(quoteSpans('He said if Reagan rejects the tax rise the plan fails.').map(([s, e]) => [s, e])).toEqual([[8, 53]]);
  });

  it('should read "What scientists call X is ..." opening a sentence as a name for a thing, not a claim', () => {
    // recovery-2020 (2020-05): "the infection fatality rate is so closely watched ..." had been the scientists' claim;
    // "in retaliation for what he called Japan's failure" (reuters-21578) stays Reagan's.
    expectNoQuotes(
      'What scientists call the infection fatality rate is so closely watched because even a seemingly trivial decrease could mean fewer deaths.',
    );
    expect(
      attributed("President Reagan imposed the sanctions in retaliation for what he called Japan's failure to honor a 1986 pact.").quotes,
    ).toEqual([[73, 109, 'he', 'Reagan']]);
  });

  it('should take no claim from an infinitive of speech opening its sentence ("To say ... is an understatement")', () => {
    // recovery-2020 (Chicago Tribune, 2020-03): the words after "To say" had been a claim of a speaker named "To".
    expectNoQuotes(
      'The new normal for Chicago theater consists of an ongoing attempt to predict the future. A crystal ball would come in handy.\n\nTo say the coronavirus crisis has thrown theaters big and small into unprecedented turmoil is an understatement.',
    );
  });

  it('should read the reason after an interrupting attribution as the claim\'s too (", he said, because ...")', () => {
    // polnear-train (Politico, 2016-04): the reason had been left out, and the few words before the aside found too little of
    // the annotated content.
    expect(
      attributed(
        'Babcock said Trump is his third choice among the three remaining candidates. He’s leaning toward Kasich, he said, because he prizes electability and reclaiming the White House in November.',
      ).quotes.map(([start, end, speaker]) => [start, end, speaker]),
    ).toEqual([
      [13, 75, 'Babcock'],
      [77, 103, 'he'],
      [114, 187, 'he'],
    ]);
  });

  it('should give a participle after "X, a description with a body in it, agreed," to X', () => {
    // recovery-2020 (recovery-0371): the claim had been the Software Freedom Law Center's.
    const text =
      'Mishi Choudhary, legal director at the New York- based Software Freedom Law Center, agreed, telling CBS News that collecting GPS data is excessive.';
    expect(attributed(text).quotes).toEqual([[109, 146, 'Mishi Choudhary', 'Mishi Choudhary']]);
  });

  it('should read a speaker noun before a role noun as one compound ("A military spokesman"), not a document\'s issuer', () => {
    // reuters-21578: "A military", "A company", "An exchange" had been the unnamed speakers.
    expect(attributed('A military spokesman said the troops had been withdrawn from the border.').quotes).toEqual([
      [26, 71, 'A military spokesman', 'A military spokesman'],
    ]);
  });

  it('should read "And Trump, said Sunshine, who ..., doesn\'t forgive" as one claim around the inverted attribution', () => {
    // PolNeAR (wash-post, 2016-07-15) and reuters-21578 (reuters-2459): the claim had been "And Trump", "At issue".
    const text = "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget.";
    expect(attributed(text).quotes).toEqual([[0, 94, 'Sunshine', 'Sunshine']]);
    const genentech = 'At issue, said Genentech, is whether Eli Lilly and Co has infringed its patent.';
    expect(attributed(genentech).quotes).toEqual([[0, 78, 'Genentech', 'Genentech']]);
  });

  it('should read "Thai and foreign bankers said" after the content\'s comma as one group, and "They said" as it', () => {
    // reuters-21578 (reuters-13046): no claim had been found, and the next one's "They" had no one to point to.
    const text =
      "BANGKOK, April 8 - Thailand's improving economy may have helped its trade and finance position but it has also created major problems for local banks, Thai and foreign bankers said.\n    They said a 900 mln dlr saving from cheaper imported oil contributed to the country's first current account surplus in 20 years.";
    expect(attributed(text)).toEqual({
      quotes: [
        [19, 149, 'Thai and foreign bankers', 'Thai and foreign bankers'],
        [196, 313, 'They', 'Thai and foreign bankers'],
      ],
      kinds: ['anonymous'],
    });
  });

  it('should read "agree on" as a topic agreed, neither content nor a second claim ending the first', () => {
    // reuters-21578 (reuters-14311, reuters-14837): the content had ended at "Congress" and "the government", and the
    // relative clause on the budget had been a claim of the White House.
    const text =
      'Bentsen predicted Congress and the White House would agree on a fiscal 1988 budget that would raise between 18 and 22 billion dlrs in new revenues.';
    expect(attributed(text).quotes).toEqual([[18, 146, 'Bentsen', 'Bentsen']]);
  });

  it('should end the content before ", and it pledged ...", a speech act of a pronoun subject of its own', () => {
    // recovery-2020 (recovery-1001), PolNeAR (HuffPost 2016-07-31): the pledge and the accusation had been read as part
    // of the claim before them.
    expect(attributed('Walmart said that it had hired 150,000 workers since March 19, and it pledged to hire 50,000 more.').quotes).toEqual(
      [
        [13, 61, 'Walmart', 'Walmart'],
        [78, 97, 'it', 'Walmart'],
      ],
    );
  });

  it('should take no phrase of when or where before the speaker as a claim', () => {
    // PolNeAR (USA Today 2016-04-28): "On CNN Tuesday" had been Jane Sanders's claim and her call unread; reuters-21578
    // (reuters-12360): "At the height of the stoppage" had been the seamen's.
    expect(attributed('On CNN Tuesday, his wife, Jane, called for an open primary process.').quotes).toEqual([[43, 66, 'Jane', 'Jane']]);
    expect(attributed('At the height of the stoppage, seamen said about 200 ships were strike-bound.').quotes).toEqual([
      [43, 76, 'seamen', 'seamen'],
    ]);
  });

  it('should give ", adding that ..." after an inverted attribution to the speaker named after the cue', () => {
    // recovery-2020 (recovery-0773, USA Today): the added claim, and the quotation after it, had been the virus's.
    const text =
      'Coronavirus "has caused an acceleration of some labor trends like automation," says Karen Fichuk, CEO of Randstad North America, adding that out-of-work Americans may need to develop new skills in order to find new jobs.';
    expect(attributed(text).quotes).toEqual([
      [12, 78, 'Karen Fichuk', 'Karen Fichuk'],
      [136, 219, 'Karen Fichuk', 'Karen Fichuk'],
    ]);
  });

  it('should read an "-s" cue after a compound adjective as a plural noun', () => {
    // recovery-2020 (recovery-1051): "tweets that could incite ..." had been a claim of "Twitter has also pledged ...".
    expect(
      attributed(
        'Twitter has also pledged to remove misleading COVID-19-related tweets that could incite people to engage in what it deems “harmful activity.”',
      ).quotes[0],
    ).toEqual([25, 141, 'Twitter', 'Twitter']);
  });

  it('should read a subordinate clause, the aside and its main clause as one claim', () => {
    // recovery-2020 (recovery-1210): "While the pandemic has created wrenching dilemmas for leaders" had been the claim,
    // and the main clause after the aside lost.
    const text =
      'Nancy Berlinger speaks with evangelical passion about displaying virtues during catastrophe times.\n\nWhile the pandemic has created wrenching dilemmas for leaders, she said, daily personal decisions such as social distancing also fall within the ethical prism.';
    expect(attributed(text).quotes).toEqual([[100, 258, 'she', 'Nancy Berlinger']]);
  });

  it('should read a short subordinate clause before its speaker as no claim', () => {
    // PolNeAR (USA Today 2016-01-05): "After Hillary Clinton accused him of sexism" had been Trump's claim.
    expect(
      attributed(
        'Donald Trump may be harder to ignore. After Hillary Clinton accused him of sexism, he warned, "Certainly if they play the woman\'s card with respect to me, that will be fair game," Trump told NBC\'s Today show.',
      ).quotes,
    ).toEqual([
      [68, 81, 'Hillary Clinton', 'Hillary Clinton'],
      [94, 179, 'Trump', 'Donald Trump'],
    ]);
  });

  it('should take no phrase of place opening the sentence for the speaker of "..., said X"', () => {
    // recovery-2020 (recovery-0078, Reuters): "In Zimbabwe’s capital Harare" had spoken the warehouse manager's name.
    const text =
      'In Zimbabwe’s capital Harare, one of five major cities where Malaicha operates, deliveries reached 200 a day in April, from an average of 20 before the lockdown, said warehouse manager Mario Ventouris.';
    expect(attributed(text).quotes).toEqual([[0, 160, 'warehouse manager Mario Ventouris', 'Mario Ventouris']]);
  });

  it('should read unnamed media as a group of speakers, and a "that" clause on past its opening phrase (PolNeAR, recovery-2020)', () => {
    // USA Today 2015-11-20: "media" had been no speaker at all, and ", President Recep Tayyip Erdogan reiterated his
    // request" had read as an attribution closing "that during Obama's visit to Turkey this week".
    const turkish = parseArticle(
      "Turkish media reported that during Obama's visit to Turkey this week, President Recep Tayyip Erdogan reiterated his request that the United States extradite Gulen.",
      { ingestedAt: INGESTED_AT },
    );
    expect(turkish.quotes.map((q) => [q.span.start, q.span.end, q.speaker?.text])).toEqual([[23, 162, 'Turkish media']]);
    expect(turkish.sources.map((s) => [s.name, s.kind])).toEqual([['Turkish media', 'anonymous']]);
    // recovery-2020 (Reuters, 2020-05): "Local media" is the press at large, not the agency named before it.
    expect(
      attributed(
        'South Korean entertainment agency Big Hit said on Monday that Jungkook had visited the district.\n\nLocal media reported three other boy band members were with Jungkook during that outing, including Cha Eun-woo of Astro.',
      ).quotes[1],
    ).toEqual([119, 217, 'Local media', 'Local media']);
  });

  it('should take no claim from a bare cue joined to an infinitive ("loath to shift gears and say", "to reply and tell us")', () => {
    // recovery-2020: once "media" could speak, the first had become its claim; the second, a newsletter's sign-off in eleven
    // Business Insider articles, had been Trump's.
    expectNoQuotes('The media is naturally loath to shift gears and say that the coronavirus has begun to loosen its grip.');
    expectNoQuotes(
      "Trump spoke on Friday.\n\nPlease feel free to reply to this email and tell us what you like or don't like, and we'll evolve and improve as we go.",
    );
  });

  it('should give a gerund cue after "after" or "while" to the sentence subject, past the hearer it tells (PolNeAR)', () => {
    // New York Times 2016-08-18, Breitbart 2016-05-05: "after telling" and "while saying" had been no claims.
    expect(
      attributed(
        'The candidate has bucked efforts to rein in his impulsive behavior, committing repeated gaffes after telling his aides he planned to adopt a more presidential tone.',
      ).quotes,
    ).toEqual([[119, 163, 'The candidate', 'candidate']]);
    expect(
      attributed(
        'Bolton had a comparable assessment of Trump’s thin foreign policy record, while saying that the candidate’s recent foreign-policy speech reassured him.',
      ).quotes,
    ).toEqual([[87, 150, 'Bolton', 'Bolton']]);
  });

  it('should skip a hearer opened by a possessive, with a name and its initials (reuters-21578)', () => {
    // reuters-9381, reuters-4853: "ruling Liberal Democratic Party (LDP)", "European Community partners" had opened the content.
    expect(
      attributed(
        'Prime Minister Yasuhiro Nakasone has told his ruling Liberal Democratic Party (LDP) to come up with a draft economic package in early April.',
      ).quotes,
    ).toEqual([[84, 139, 'Prime Minister Yasuhiro Nakasone', 'Yasuhiro Nakasone']]);
    expect(
      attributed(
        'West German Farm Minister Ignaz Kiechle told his European Community partners they would strongly oppose major elements of proposals to rid the EC of its farm surpluses.',
      ).quotes,
    ).toEqual([[77, 167, 'West German Farm Minister Ignaz Kiechle', 'Ignaz Kiechle']]);
  });

  it('should give a cue joined by ", but" to the speaker of the quotation before it (reuters-21578, PolNeAR)', () => {
    // reuters-18931, New York Times 2016-02-01: the speaker is written after the quotation, where the scan left from
    // "said" found no one; eight claims had been lost.
    expect(
      attributed(
        'Baker was wrong to blame the West Germans for the weak dollar, said Bernhard Wyttenbach, a banker. "We do not have a mark problem, we have a dollar problem," he added, but said the biggest culprit was the new chairman of the U.S. Federal Reserve Board, Alan Greenspan.',
      ).quotes,
    ).toEqual([
      [0, 61, 'Bernhard Wyttenbach', 'Bernhard Wyttenbach'],
      [99, 157, 'he', 'Bernhard Wyttenbach'],
      [177, 267, 'he', 'Bernhard Wyttenbach'],
    ]);
  });

  it('should take a body\'s name with "the" before its description for the speaker, and no weekday after the cue', () => {
    // recovery-2020 (recovery-1302): "the Council of the Islamic Waqf, the religious body that controls the site, said
    // Tuesday" had given the whole sentence to a speaker "Tuesday"; "the Council" had been read as one more description.
    const text =
      'In contrast, prayers at the al-Aqsa Mosque compound in Jerusalem will resume following the end of Ramadan festivities, the Council of the Islamic Waqf, the religious body that controls the site, said Tuesday.';
    expect(attributed(text)).toEqual({
      quotes: [[0, 117, 'the Council of the Islamic Waqf', 'Council of the Islamic Waqf']],
      kinds: ['organization'],
    });
  });

  it('should read "Said" before an Arabic family name as a name, not a cue ("UAE Oil Minister Mana Said al-Oteiba")', () => {
    // reuters-21578 (reuters-17363): "Mana" had been the speaker of "al-Oteiba arrived in Alexandria ...".
    const text =
      'CAIRO, June 29 - UAE Oil Minister Mana Said al-Oteiba\narrived in Alexandria last night for a visit to Egypt, the\nnational Middle East News Agency (MENA) said.';
    expect(attributed(text).quotes).toEqual([[17, 107, 'the national Middle East News Agency', 'Middle East News Agency']]);
  });

  it('should read "said it and two ... locals agreed" as one subject of the speaker and others, not a second claim', () => {
    // reuters-21578 (reuters-17507): the content had ended at "it", too short a claim; and the next "It said" went to the
    // union named inside it.
    const text =
      'FORT WORTH, Texas, June 29 - Textron Inc unit Bell\nHelicopter Textron Inc said it and two United Auto Workers\nunion locals agreed to a new three-year contract, ending a\nthree week strike.\n    It said production and maintenance members of Local 218 had\nbeen on strike for three weeks while clerical members of Local\n317 had been on strike for a week.';
    expect(attributed(text)).toEqual({
      quotes: [
        [79, 186, 'Textron Inc unit Bell Helicopter Textron Inc', 'Bell Helicopter Textron Inc'],
        [200, 348, 'It', 'Bell Helicopter Textron Inc'],
      ],
      kinds: ['organization'],
    });
  });

  it('should take two groups joined by "and" after the claim, the second with a people’s adjective ("Chinese officials and Japanese traders told Reuters")', () => {
    // reuters-21578 (reuters-5326): had no claim, and "They said" after it no speaker.
    expect(
      attributed(
        "HANGZHOU, China, March 17 - China's grain imports will rise\nin 1987 because of a serious drought and increasing demand, but\nwill be not be as large as in the past, Chinese officials and\nJapanese traders told Reuters.\n    They said foreign exchange constraints and national policy\nwould not allow a return to large-scale imports, which peaked\nat 16.15 mln tonnes in 1982.",
      ).quotes,
    ).toEqual([
      [28, 162, 'Chinese officials and Japanese traders', 'Chinese officials and Japanese traders'],
      [231, 369, 'They', 'Chinese officials and Japanese traders'],
    ]);
  });

  it('should take a paper’s edition for the paper ("the People’s Daily overseas edition said")', () => {
    // reuters-21578 (reuters-7893): had no claim, and "It said" after it no speaker.
    expect(
      attributed(
        "PEKING, March 24 - China's fifth securities market will\nopen on April 1 in the industrial port city of Tianjin, the\nPeople's Daily overseas edition said.\n    It said the market will in its first phase trade four\nbonds, two issued by banks, one by a well-known city bicycle\nfactory and one issued by the city government to finance\nconstruction of a road.",
      ),
    ).toEqual({
      quotes: [
        [19, 110, "the People's Daily overseas edition", "People's Daily"],
        [166, 352, 'It', "People's Daily"],
      ],
      kinds: ['media'],
    });
  });

  it('should keep a paper’s article in its name and read the paper by its description ("the newspaper La Repubblica")', () => {
    // recovery-2020 (recovery-0995) and reuters-21578 (reuters-15300): had been people, "Repubblica" and "Spiegel".
    expect(
      attributed(
        'On March 9, Ada Zanusso, 103, was one of several residents of a nursing home in the town of Lessona, Italy, to become ill with the coronavirus. Twenty people had already died there, the newspaper La Repubblica reported.',
      ),
    ).toEqual({ quotes: [[144, 180, 'the newspaper La Repubblica', 'La Repubblica']], kinds: ['media'] });
    expect(
      attributed(
        'HAMBURG, April 27 - Chancellor Helmut Kohl has decided to\nkeep Bundesbank President Karl Otto Poehl in office for a\nfurther eight years, the news magazine Der Spiegel said.',
      ),
    ).toEqual({ quotes: [[20, 135, 'the news magazine Der Spiegel', 'Der Spiegel']], kinds: ['media'] });
  });

  it('should read two titles joined by "and" before a name as one subject ("Former prosecutor and New York City Mayor Rudy Giuliani")', () => {
    // polnear-train (politico_2016-07-06): the participle's claim had been a source "Former".
    expect(
      attributed(
        'Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute under the statutory definition of the law.',
      ).quotes,
    ).toEqual([[125, 194, 'Former prosecutor and New York City Mayor Rudy Giuliani', 'Rudy Giuliani']]);
  });

  it('should read a claim closed by "X said" and a long phrase of where or how ("said in a report to President Corazon Aquino on ...")', () => {
    // reuters-21578 (reuters-4804, reuters-7444): more than eight words after the cue had made the sentence no claim.
    expect(
      attributed(
        'MANILA, March 16 - A 250 mln dlr Philippine capital fund\nwill be launched shortly to encourage private sector\ninvestment, Finance Secretary Jaime Ongpin said in a report to\nPresident Corazon Aquino on his first year in office.',
      ),
    ).toEqual({ quotes: [[19, 120, 'Finance Secretary Jaime Ongpin', 'Jaime Ongpin']], kinds: ['person'] });
    expect(
      attributed(
        'Exxon Corp director Donald McIvor said the price of oil would rise.\n    Policymakers must also face up to the reality that the bulk\nof world oil reserves lies in the Middle East, he said in a\nspeech prepared for delivery to the Australian Petroleum\nExploration Association (APEA) annual conference.',
      ).quotes[1],
    ).toEqual([72, 177, 'he', 'Donald McIvor']);
    // ("called on Democrat candidate Hillary Clinton to at least do something": the cue's content follows it.)
    expect(
      attributed(
        'Almost a week after Republican presidential candidate Donald Trump brought inspiration and supplies to the hard-pressed residents of flood-ravaged Louisiana, a Baton Rouge newspaper called on Democrat candidate Hillary Clinton to at least do something.',
      ).quotes,
    ).toEqual([[192, 251, 'a Baton Rouge newspaper', 'a Baton Rouge newspaper']]);
  });

  it('should read "X, which ..., has seen ..., said Y" as Y’s claim, the verb after the relative clause the content’s', () => {
    // recovery-2020 (recovery-0686, recovery-0170, recovery-0206), reuters-21578 (reuters-5019): the speaker's name after
    // the cue had been the claim, and the hospital its speaker.
    expect(
      attributed(
        'Stroger Hospital, which is taking part in the trial, has seen results that are “similar and consistent” with the overall results released by Gilead so far, said Dr. Gregory Huhn, an infectious disease physician for Cook County Health and principal site investigator for the trial here.',
      ),
    ).toEqual({ quotes: [[0, 154, 'Dr. Gregory Huhn', 'Gregory Huhn']], kinds: ['person'] });
    // (Not "Steven Cheung, who is a spokesman, said ...": the relative clause closes right before the cue.)
    expect(attributed('Steven Cheung, who is a campaign spokesman, said the space was needed for the rally.').quotes).toEqual([
      [49, 83, 'Steven Cheung', 'Steven Cheung'],
    ]);
  });

  it('should read "X, Canada’s largest bank, said" as X’s, the possessive and the body’s noun its description', () => {
    // reuters-21578 (reuters-2862, reuters-18184, reuters-15403, reuters-10775): the description had been the speaker.
    expect(
      attributed(
        "ST. JOHN'S, Newfoundland, March 9 - Petro-Canada, Canada's\nstate-owned oil company, said it will drill two delineation\nwells this summer at the Terra Nova oil field offshore\nNewfoundland.",
      ),
    ).toEqual({ quotes: [[89, 186, 'Petro-Canada', 'Petro-Canada']], kinds: ['organization'] });
    expect(
      attributed(
        "OSLO, Oct 20 - Den Norske Creditbank (DNC) <NCBO.OL>,\nNorway's biggest commercial bank, said it boosted its profits\nin 1987's first eight months by 32.3 pct after vigorously\ncutting loan losses and operating costs.",
      ),
    ).toEqual({ quotes: [[93, 213, 'Den Norske Creditbank', 'Den Norske Creditbank']], kinds: ['organization'] });
  });
});
