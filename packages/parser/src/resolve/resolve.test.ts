import { describe, expect, it } from 'vitest';
import type { ParseResult } from '@claimline/schema';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../index';
import { INGESTED_AT, attributed, expectQuotes, quoteSpans } from '../test-helpers';

/** The source of the quote that starts at `start`. */
function sourceAt(result: ParseResult, start: number) {
  return result.sources.find((s) => s.id === result.quotes.find((q) => q.span.start === start)?.sourceId);
}

describe('resolve', () => {
  it('should split a hyphenated title from the name after it ("Federal Reserve Board Vice-Chairman Manuel Johnson")', () => {
    // reuters-21578 (reuters-18716): the whole run had been one body's name, and every "he" after it no one's; the claim
    // after "told an American Stock Exchange conference," had opened with "conference,".
    const text =
      'WASHINGTON, Oct 19 - Federal Reserve Board Vice-Chairman\nManuel Johnson cautioned against seeking "quick-fix solutions" to\npersistent U.S. trade and federal budget deficits.\n    In particular, he told an American Stock Exchange\nconference, a decline in the dollar below current levels would\nexacerbate financial market conditions.';
    expect(attributed(text)).toEqual({ quotes: [[240, 329, 'he', 'Manuel Johnson']], kinds: ['person'] });
  });

  it('should resolve a surname to the fullest name in the article', () => {
    expectQuotes('Dmitry Peskov met reporters on Monday.\n\nPeskov said that talks were possible.', [
      { text: 'that talks were possible', speaker: 'Peskov', source: 'Dmitry Peskov' },
    ]);
  });

  it('should resolve a pronoun to the person in focus, of the right gender', () => {
    expectQuotes('Mary Nicholson agreed with Williamson\'s approach.\n\n"It is part of the message," she wrote.', [
      { text: '"It is part of the message,"', speaker: 'she', source: 'Mary Nicholson' },
    ]);
  });

  it('should resolve an epithet through the role written before a name', () => {
    expectQuotes('Russian dictator Vladimir Putin is ready to talk. According to the dictator, the war is won.', [
      { text: 'the war is won', speaker: 'the dictator', source: 'Vladimir Putin' },
    ]);
  });

  it('should resolve "the agency" to the news agency named before', () => {
    expectQuotes('Reuters spoke to five people. The agency said that the talks had stalled.', [
      { text: 'that the talks had stalled', speaker: 'The agency', source: 'Reuters' },
    ]);
  });

  it('should resolve "the agency" to a public agency before a body of another kind named since, and to a rater as one', () => {
    // recovery-2020 (recovery-0351): "the agency" had been the House committee that wrote to ICE.
    const ice =
      'ICE said it continues to hold roughly 544 detainees at the San Diego-area detention center.\n\nIn a letter Thursday, the House Oversight Committee accused ICE of not taking the crisis "seriously," urging the agency to release all asylum-seekers.\n\nIn a court filing last week, the agency said it had identified more than 4,400 detainees at risk.';
    expect(attributed(ice).quotes.at(-1)).toEqual([290, 341, 'the agency', 'ICE']);
    // reuters-21578 (reuters-14681): "Moody's" stays the agency when a public service commission is named after it.
    const moodys =
      "Moody's said it may review the company's debt ratings pending a rate decision by the Georgia Public Service Commission due by October. A negative order would have negative implications, the agency noted.";
    expect(attributed(moodys).quotes.map((q) => q[3])).toEqual(["Moody's", "Moody's"]);
  });

  it('should expand an acronym to the name it abbreviates', () => {
    expectQuotes('The Parliamentary Budget Officer published a report. The PBO said that the price was too high.', [
      { text: 'that the price was too high', source: 'Parliamentary Budget Officer' },
    ]);
  });

  it('should not take a name inside the claim as its speaker', () => {
    expectQuotes(
      'Hiram Macharia was at his desk.\n\nKen Njoroge runs a company nearby. Macharia and some colleagues hid under desks, he said.',
      [{ text: 'Macharia and some colleagues hid under desks', speaker: 'he', source: 'Ken Njoroge' }],
    );
  });

  it('should take a one-word name never given in full, with no pronoun or title, for a body', () => {
    const { sources } = expectQuotes('Google said Thursday that Apple had revoked its certificate.', [
      { text: 'that Apple had revoked its certificate' },
    ]);
    expect(sources[0]).toMatchObject({ name: 'Google', kind: 'organization' });
  });
  it('should not resolve a described body to a differently named one', () => {
    expectQuotes(
      'The Australian Government has raised the case. The Canadian government said that its citizens were detained arbitrarily.',
      [{ text: 'that its citizens were detained arbitrarily', speaker: 'The Canadian government', source: 'Canadian government' }],
    );
  });

  it('should keep a collective noun as its own body rather than the last body named', () => {
    expectQuotes('Oxfam said it had sent blankets to the coast. The military said it was deploying troops to the area.', [
      { text: 'it had sent blankets to the coast', source: 'Oxfam' },
      { text: 'it was deploying troops to the area', speaker: 'The military', source: 'military' },
    ]);
  });
  it('should take a report for its author, the one named with it or else the speaker in focus', () => {
    expectQuotes('Economist Philip Cross wrote a paper for the institute.\n\nSpending rose only 8.7 per cent in volume, the report said.', [
      { text: 'Spending rose only 8.7 per cent in volume', speaker: 'the report', source: 'Philip Cross' },
    ]);
    expectQuotes(
      "The American Civil Liberties Union published a study on Monday. The ACLU's report says that location tracking should be rejected.",
      [{ text: 'that location tracking should be rejected', speaker: "The ACLU's report", source: 'American Civil Liberties Union' }],
    );
  });
  it('should take a one-word name speaking as "I" for a person, by the one full name given with it', () => {
    const { sources } = expectQuotes(
      'Dorie married Michael Greenspan in 1967.\n\n"I walked into the store because I needed cards," says Michael.',
      [{ text: '"I walked into the store because I needed cards,"', speaker: 'Michael', source: 'Michael Greenspan' }],
    );
    expect(sources[0]).toMatchObject({ kind: 'person' });
  });

  it('should keep a role whole when its capitalized words run back past one, and no courtesy title or possessive title as a role', () => {
    const { sources } = expectQuotes(
      'The nurse died, New York City\'s mayor Bill de Blasio said. "We\'re nearing the peak," Centers for Disease Control and Prevention Director Robert Redfield told NPR. "It will come back," White House economist Kevin Hassett said. Mr. Hassett added that it would take time. "We are ready," NIH\'s Dr. Anthony Fauci said.',
      [
        { text: 'The nurse died', source: 'Bill de Blasio' },
        { text: '"We\'re nearing the peak,"', source: 'Robert Redfield' },
        { text: '"It will come back,"', source: 'Kevin Hassett' },
        { text: 'that it would take time', source: 'Kevin Hassett' },
        { text: '"We are ready,"', source: 'Anthony Fauci' },
      ],
    );
    expect(sources.map((s) => [s.name, s.roles])).toEqual([
      ['Bill de Blasio', ["New York City's mayor"]],
      ['Robert Redfield', ['Centers for Disease Control and Prevention Director']],
      ['Kevin Hassett', ['White House economist']],
      ['Anthony Fauci', ['Dr.']],
    ]);
  });

  it('should not take a place for the antecedent of "he" or "the company", nor a body\'s title word for a role', () => {
    const { sources } = expectQuotes(
      'Larry Jones runs a shop in Buffalo, New York.\n\n"We are still open," he said. The General Services Administration said it would review the contracts.',
      [
        { text: '"We are still open,"', speaker: 'he', source: 'Larry Jones' },
        { text: 'it would review the contracts', source: 'General Services Administration' },
      ],
    );
    expect(sources.map((s) => [s.name, s.kind, s.roles])).toEqual([
      ['Larry Jones', 'person', []],
      ['General Services Administration', 'organization', []],
    ]);
  });

  it('should keep "Ms. Rose" apart from "Rep. Max Rose ... He" and "Mr. Rose": a spouse is not the same person', () => {
    const { sources } = expectQuotes(
      'Rep. Max Rose voted on the relief bill. He was deployed with the National Guard. "We are definitely not alone," Ms. Rose said. "I miss him," she said. Mr. Rose said he was proud of his unit.',
      [
        { text: '"We are definitely not alone,"', speaker: 'Ms. Rose', source: 'Rose' },
        { text: '"I miss him,"', speaker: 'she', source: 'Rose' },
        { text: 'he was proud of his unit', speaker: 'Mr. Rose', source: 'Max Rose' },
      ],
    );
    expect(sources.map((s) => [s.name, s.roles])).toEqual([
      ['Rose', []],
      ['Max Rose', ['Rep.']],
    ]);
  });
  it('should make a one-word name a body by its business role, and a person by "who" or an earlier role', () => {
    // recovery-2020 (NYT, 2020-05): "giant" names a business; without it Siemens was a person, and so was every
    // later "Siemens said".
    const siemens = parseArticle(
      'Siemens, the European industrial giant, said profit fell 64 percent. Siemens said that sales had slipped a modest 1 percent.',
      { ingestedAt: INGESTED_AT },
    );
    expect(siemens.quotes.map((q) => [q.span, q.speaker?.text])).toEqual([
      [{ start: 45, end: 67 }, 'Siemens'],
      [{ start: 82, end: 123 }, 'Siemens'],
    ]);
    expect(siemens.sources.map((s) => [s.name, s.kind])).toEqual([['Siemens', 'organization']]);
    // PolNeAR (USA Today, 2016-04-26): "Kunin, who" is a person; the bare "said Kunin." before it is the same one.
    const kunin = parseArticle('"He will," said Kunin. "He is a national figure," said Kunin, who has been critical of Sanders.', {
      ingestedAt: INGESTED_AT,
    });
    expect(kunin.sources.map((s) => [s.name, s.kind])).toEqual([['Kunin', 'person']]);
    // recovery-2020: "who’s" is "who" too.
    const julia = parseArticle('“Everyone loved it,” Julia said. “It is fun,” said Julia, who’s one of the youngest instructors.', {
      ingestedAt: INGESTED_AT,
    });
    expect(julia.sources.map((s) => [s.name, s.kind])).toEqual([['Julia', 'person']]);
    // recovery-2020 (USA Today): "Koutsoukosta and her team" makes her a person, whom the later "she" can then name;
    // a body "Koutsoukosta" had left each "she" to the ship or the man named before.
    const designer = parseArticle(
      'Koutsoukosta and her team have not forgotten the crew.\n\n“Crew cabins will change,” Koutsoukosta said.\n\n“It will take months,” she said.',
      { ingestedAt: INGESTED_AT },
    );
    expect(designer.quotes.map((q) => [q.speaker?.text, q.sourceId === designer.sources[0]?.id])).toEqual([
      ['Koutsoukosta', true],
      ['she', true],
    ]);
    expect(designer.sources.map((s) => [s.name, s.kind])).toEqual([['Koutsoukosta', 'person']]);
  });
  it('should read "the Mayo Clinic" as a body and keep "May" in "Meghan May"', () => {
    // recovery-2020 (USA Today, 2020-05): the clinic was a description resolved to the person named before it, and
    // "May" was cut from the name as a month, leaving a body named "Meghan".
    const text =
      "President Donald Trump said he's been taking the drug. Hydroxychloroquine is an arthritis medicine, according to the Mayo Clinic.\n\n“People seem to get very fired up about grocery bags,” says Meghan May, a professor of microbiology.";
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span, q.speaker?.text])).toEqual([
      [{ start: 28, end: 53 }, 'President Donald Trump'],
      [{ start: 55, end: 98 }, 'the Mayo Clinic'],
      [{ start: 131, end: 185 }, 'Meghan May'],
    ]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Donald Trump', 'person'],
      ['Mayo Clinic', 'organization'],
      ['Meghan May', 'person'],
    ]);
  });
  it('should read "the Federal Reserve" and "the C.D.C." as bodies, but not "the AHDB\'s Clayton" or "the Kentucky Republican"', () => {
    // recovery-2020 (Business Insider, NYT, Reuters, 2020): "the Federal Reserve" had been a description resolved to the
    // economist quoted before it, and "the C.D.C." and "the I.R.S." persons.
    const text =
      'Manufacturing output plunged a record 13.7% "as all major industries posted decreases," the Federal Reserve said in a Friday release.\n\nThose payments will be deposited into your bank account automatically, the I.R.S. said.\n\n"The problem is much worse in mainland Europe," the AHDB\'s Clayton told Business Insider.\n\nSen. Rand Paul spoke on Friday. The tax would hurt families, the Kentucky Republican said.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.text])).toEqual([
      [0, 'the Federal Reserve'],
      [135, 'the I.R.S.'],
      [224, "the AHDB's Clayton"],
      [347, 'the Kentucky Republican'],
    ]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Federal Reserve', 'organization'],
      ['I.R.S.', 'organization'],
      ["AHDB's Clayton", 'person'],
      ['Rand Paul', 'person'],
    ]);
  });
  it('should resolve "the governor" to the person titled "Gov." before, and "a representative of ..." to no one named', () => {
    // recovery-2020 (AP, 2020-04; Chicago Sun-Times, 2020-05): the governor had been the lawmaker quoted last, and "a
    // representative of" a firm a state representative named earlier.
    const text =
      'Local officials had called on Republican Gov. Kim Reynolds to temporarily close the plant.\n\n“My concern is the impact this has had because we didn’t act soon enough,” said Democratic Rep. Ras Smith of Waterloo.\n\nThe governor didn’t respond directly when asked Wednesday if the state should have intervened. She defended her overall response to the crisis but said, “There’s always more we could have done.”\n\nA representative of a major Illinois cannabis firm, who asked not to be named, said the company has been included in some recent conversations.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => q.span.start)).toEqual([30, 92, 365, 492]);
    expect([92, 365, 492].map((start) => sourceAt(result, start)?.name)).toEqual(['Ras Smith', 'Kim Reynolds', 'A representative']);
  });
  it('should read a company\'s regional arm as a body, and "the spokesperson" as the body given a spokesperson before', () => {
    // recovery-2020 (The Verge, Business Insider, 2020-04): "Honda North America" had been a person, and "The
    // spokesperson" the worker quoted before.
    const text =
      'A spokesperson for Honda North America said the company’s “utmost concern is the safety of our associates,” but declined to answer specific questions.\n\nAn Amazon spokesperson says that the company does not tell workers who they came in contact with out of respect for worker privacy. The spokesperson said Amazon began notifying workers immediately.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.text])).toEqual([
      [44, 'Honda North America'],
      [180, 'An Amazon spokesperson'],
      [306, 'The spokesperson'],
    ]);
    expect([44, 180, 306].map((start) => [sourceAt(result, start)?.name, sourceAt(result, start)?.kind])).toEqual([
      ['Honda North America', 'organization'],
      ['An Amazon spokesperson', 'anonymous'],
      ['An Amazon spokesperson', 'anonymous'],
    ]);
  });
  it('should not take a weekday or a word with digits for the antecedent of "she" ("Thomas suspected COVID-19")', () => {
    // recovery-2020 (USA Today, 2020-05), read whole from the shared corpus: "COVID-19" had been the surname of a
    // person the article named, and so the "she" of Grace Thomas's quotes.
    const line = readFileSync(fileURLToPath(new URL('../../../../../shared/corpus/recovery-2020.jsonl', import.meta.url)), 'utf8')
      .split('\n')
      .find((l) => l.includes('"id": "recovery-0366"'));
    const article = JSON.parse(line ?? '{}') as { text: string };
    const result = parseArticle(article.text, { ingestedAt: INGESTED_AT });
    const quote = result.quotes.find((q) => q.span.start === 1303);
    expect(quote?.speaker).toEqual({ text: 'she', start: 1447, end: 1450 });
    expect(result.sources.find((s) => s.id === quote?.sourceId)?.name).toBe('Grace Thomas');
  });
  it('should keep "these reports" no one\'s in focus', () => {
    // reuters-21578 (1987, two stories): Helmut Schlesinger had been the source of reports about his own replacement.
    const text =
      'Helmut Schlesinger is a conservative monetarist.\n\nAccording to these reports, Schlesinger would be replaced two years later by Hans Tietmeyer.';
    const result = expectQuotes(text, [
      {
        text: 'Schlesinger would be replaced two years later by Hans Tietmeyer',
        speaker: 'these reports',
        source: 'these reports',
        cue: 'According to',
      },
    ]);
    expect(result.quotes[0]?.span.start).toBe(78);
    expect(result.sources[0]?.kind).toBe('anonymous');
  });

  it('should give "The statement" to the unnamed group that spoke, not to a person named "statement" (reuters-21578)', () => {
    const text =
      'WASHINGTON, April 8 - Ministers from the Group of 24\ndeveloping coutries said that the debt crisis was entering a\nnew and dangerous phase.\n    The statement said that there should be a new attitude and\napproach in respect of the existing stock of debt.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect([78, 162].map((start) => [sourceAt(result, start)?.name, sourceAt(result, start)?.kind])).toEqual([
      ['Ministers from the Group of 24 developing coutries', 'anonymous'],
      ['Ministers from the Group of 24 developing coutries', 'anonymous'],
    ]);
  });

  it('should read two titles joined by "and" before a name as his role ("Amazon senior engineer and vice president Tim Bray")', () => {
    // recovery-2020 (The Verge, 2020-05): the speaker had been "Amazon", after an opening clause of 15 words.
    const text =
      'Tesla shares fell on Friday.\n\nIn the latest sign that unrest over warehouse conditions is spreading through the company’s white-collar workforce, Amazon senior engineer and vice president Tim Bray resigned over the firings of whistleblowers, saying that “remaining an Amazon VP would have meant, in effect, signing off on actions I despised.”';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const quote = result.quotes.find((q) => q.span.start === 249);
    expect([quote?.speaker?.start, quote?.speaker?.text, sourceAt(result, 249)?.name]).toEqual([
      146,
      'Amazon senior engineer and vice president Tim Bray',
      'Tim Bray',
    ]);
  });

  it('should not give "the local police department" to the Department of Homeland Security, and keep "former Ald." a title', () => {
    // recovery-2020 (The Verge, 2020-03, Tesla's factory) and (Chicago Sun-Times, 2020-04): the police had been the
    // department named before, and "Ald." had ended the sentence, leaving the speaker "former Ald".
    const text =
      'Workman told employees that it was because the company had been told it was considered “national critical infrastructure” by the Department of Homeland Security, though the government agency has not responded to multiple requests to confirm this.\n\nOn Thursday, the local police department tweeted that the police chief and members of the city’s management team was scheduled to meet with “Tesla Factory management.” The state health department said it had not been consulted.\n\n“If she is able to guide us through this incredibly difficult time, she is going to be viewed historically as one of the city’s greatest mayors,” said former Ald. Joe Moore (49th). “But, boy, it is daunting.”';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start, q.speaker?.text])).toEqual([
      [23, 0, 'Workman'],
      [297, 261, 'the local police department'],
      [449, 416, 'The state health department'],
      [477, 628, 'former Ald. Joe Moore'],
      [658, 628, 'former Ald. Joe Moore'],
    ]);
    expect([297, 449, 658].map((start) => [sourceAt(result, start)?.name, sourceAt(result, start)?.kind])).toEqual([
      ['local police department', 'anonymous'],
      ['state health department', 'anonymous'],
      ['Joe Moore', 'person'],
    ]);
  });

  it('should read a study, court filings or data as the source of what they say, the study once for the article', () => {
    // recovery-2020 (USA Today, 2020-04) and PolNeAR (Washington Post, 2016-07-15; Politico, 2016-01-05): "The study"
    // had gone to the person in focus, and "court filings revealed" and "As POLITICO revealed," had been no claim.
    const text =
      "The situation is dire.\n\nA new study estimates that at least 72% of people held in immigration detention centers are likely to get infected within the next 90 days. The study also says that the centers lack tests.\n\nTrump's tactics were apparent this week when court filings revealed that he has sought $10 million in damages from Samuel Nunberg.\n\nAs POLITICO revealed, the RNC agreed to allow Trump to use the party’s voter file in late November or early December.";
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start, q.speaker?.text])).toEqual([
      [46, 24, 'A new study'],
      [184, 164, 'The study'],
      [282, 259, 'court filings'],
      [368, 349, 'POLITICO'],
    ]);
    expect([46, 184, 282].map((start) => [sourceAt(result, start)?.name, sourceAt(result, start)?.kind])).toEqual([
      ['A new study', 'unknown'],
      ['A new study', 'unknown'],
      ['court filings', 'unknown'],
    ]);
  });

  it('should give "The spokesman" to the body an earlier spokesman spoke for, its name some words after "for"', () => {
    // reuters-21578 (1987-06-02): "a spokesman for the private business group Kansai Economic Federation told
    // Reuters"; "The spokesman" had been "U.S. Goods", a person the name index had made of "U.S. Goods,".
    const text =
      'TOKYO, June 2 - Japan planned to buy a three billion yen\nsupercomputer as part of a policy of importing more U.S. Goods,\na spokesman for the private business group Kansai Economic\nFederation told Reuters by telephone from Osaka.\n    The supercomputer would be bought from Cray Research Inc\n<CYR.N> of the U.S., The spokesman said.\n    He said the supercomputer would not necessarily be bought\nthis year but eventually it would be installed at the Advanced\nTelecommunications Research Institute International.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect([sourceAt(result, 233)?.name, sourceAt(result, 233)?.kind]).toEqual(['Kansai Economic Federation', 'organization']);
    expect(result.quotes.find((q) => q.span.start === 233)?.speaker).toMatchObject({ start: 311, text: 'The spokesman' });
  });

  it('should give "the French" and "The French statement" to France, a bare surname "German" staying a name', () => {
    // reuters-21578 (1987-04-09): the speaker had been a body named "French".
    const text =
      'The Paris Club met on Monday.\n\nIn a statement to the International Monetary Fund\'s policy-making Interim Committee, the French said the "multilateral resources thus collected will be used for the poorest countries."\n    The French statement said that Paris club reschedulings should be decided on a case-by-case basis.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start, q.speaker?.text])).toEqual([
      [132, 116, 'the French'],
      [246, 220, 'The French statement'],
    ]);
    expect([132, 246].map((start) => [sourceAt(result, start)?.name, sourceAt(result, start)?.kind])).toEqual([
      ['France', 'organization'],
      ['France', 'organization'],
    ]);
    const german = parseArticle(
      'The union met on Monday.\n\nMichael German said the strike would go on. German added that talks had failed.',
      {
        ingestedAt: INGESTED_AT,
      },
    );
    expect(german.sources.map((s) => s.name)).toEqual(['Michael German']);
  });

  it('should name a relative given by first name only ("his wife Donna") and take her gender for "she"', () => {
    // recovery-2020 (NPR, 2020-03), read whole from the shared corpus: "she says" had gone to Bob Carey, a man quoted
    // before.
    const line = readFileSync(fileURLToPath(new URL('../../../../../shared/corpus/recovery-2020.jsonl', import.meta.url)), 'utf8')
      .split('\n')
      .find((l) => l.includes('"id": "recovery-0869"'));
    const article = JSON.parse(line ?? '{}') as { text: string };
    const result = parseArticle(article.text, { ingestedAt: INGESTED_AT });
    expect([2942, 3032].map((start) => result.quotes.find((q) => q.span.start === start)?.speaker)).toEqual([
      { text: 'she', start: 3022, end: 3025 },
      { text: 'she', start: 3022, end: 3025 },
    ]);
    expect([2942, 3032].map((start) => sourceAt(result, start)?.name)).toEqual(['Donna', 'Donna']);
  });

  it('should give "The airline" to a body whose name has the noun in the plural ("Canadian Airlines")', () => {
    // reuters-21578 (1987-04): "The airline" had been Boeing, the company in focus.
    const result = parseArticle(
      'Canadian Airlines International Ltd said it ordered six Boeing 767 jets.\n    The airline said it plans to finance the new aircraft by means of operating leases.',
      { ingestedAt: INGESTED_AT },
    );
    expect(sourceAt(result, 94)?.name).toBe('Canadian Airlines International Ltd');
  });

  it('should give "she" to an unnamed speaker whose noun says "she" ("a company spokeswoman said ... she also pointed out")', () => {
    // reuters-21578 (1987): "she" had gone to "Pacific Gas", read as a person; 89 claims of the corpus after "a company
    // spokesman said" had had no speaker.
    const result = parseArticle(
      'Pacific Gas and Electric Co said it would keep its dividend.\n\nPacific Gas has raised its common stock dividend on a\nregular basis for the past 10 years, a company spokeswoman\nsaid.\n    In addition, she also pointed out that prospects for higher\ninterest rates may also be affecting Pacific Gas trading\nactivity.\n    Citicorp <CCI> and Chase Manhattan Corp <CMB> yesterday\nincreased the',
      { ingestedAt: INGESTED_AT },
    );
    expect(result.quotes.find((q) => q.span.start === 219)?.speaker).toMatchObject({ start: 198, text: 'she' });
    expect([sourceAt(result, 219)?.name, sourceAt(result, 219)?.kind]).toEqual(['a company spokeswoman', 'anonymous']);
  });

  it('should give "he" after an unnamed official, and "It added" after a newspaper, to that speaker when no one is named', () => {
    // reuters-21578: 190 claims like these had had no speaker.
    const result = parseArticle(
      'Oil prices fell on Monday.\n\nAccording to the official, Venezuela is searching for refining capacity abroad. Refineries abroad, he said, guarantee an outlet for Venezuelan crude.\n\nSome 80,000 hectares of land had been inundated, the newspaper said. It added that spring sowing was two weeks behind schedule.',
      { ingestedAt: INGESTED_AT },
    );
    expect(result.quotes.map((q) => [q.speaker?.text, result.sources.find((s) => s.id === q.sourceId)?.name])).toEqual([
      ['the official', 'official'],
      ['he', 'official'],
      ['the newspaper', 'newspaper'],
      ['It', 'newspaper'],
    ]);
  });

  it('should take "she" to the subject of the sentence before, not a name later in it', () => {
    // recovery-2020 (CNBC, 2020-05): "Schwab-Pomerantz is impressed with where Navarro stands now. “...,” she tells
    // CNBC Make It." had been Carmela Navarro's (the name last written).
    const text =
      'Carmela Navarro, 40, and her husband Ron spend $600 on food, she said.\n\nCNBC Make It asked Carrie Schwab-Pomerantz, president of Charles Schwab Foundation, to comment on what Navarro is doing right.\n\nSchwab-Pomerantz is impressed with where Navarro stands now. "With zero credit card balance, Ron is in a great position," she tells CNBC Make It.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const quote = result.quotes.find((q) => q.kind === 'direct');
    expect([quote?.span.start, quote?.span.end, quote?.speaker?.text]).toEqual([261, 321, 'she']);
    expect(result.sources.find((s) => s.id === quote?.sourceId)?.name).toBe('Carrie Schwab-Pomerantz');
  });

  it('should give a company with its home after its legal form, and not read a name it owns as who "it" is', () => {
    // reuters-21578 (reuters-7584): the claim had been the U.K.'s, and "It also said" its receipts'.
    const text =
      'Airship Industries Ltd of the U.K. said its American Depositary Receipts, or ADRs, will begin to trade on NASDAQ March 25. The company said it was the largest maker of airships in the world. It also said it entered into a joint venture.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const names = new Map(result.sources.map((s) => [s.id, s.name]));
    expect(result.quotes.map((q) => [q.span.start, q.span.end, names.get(q.sourceId ?? '')])).toEqual([
      [40, 121, 'Airship Industries Ltd'],
      [140, 189, 'Airship Industries Ltd'],
      [204, 235, 'Airship Industries Ltd'],
    ]);
  });

  it('should read no name in a participle and a month opening a sentence ("Starting April 13th, Tesla ...")', () => {
    // recovery-2020 (The Verge, 2020-04): "Starting" had been a person, and the author of "the email".
    const text =
      'Starting April 13th, Tesla is cutting pay for all salaried employees in the US, according to an internal email that was viewed by The Verge.\n\nSalaried employees at the vice-president level and above will have their pay cut by 30 percent, according to the email, which was first reported by Electrek.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const names = new Map(result.sources.map((s) => [s.id, s.name]));
    expect(result.quotes.map((q) => [q.span.start, q.span.end, names.get(q.sourceId ?? '')])).toEqual([
      [0, 78, 'internal email'],
      [142, 236, 'internal email'],
    ]);
  });

  it('should give a relative clause on a description of a named person to that person ("X, a paralegal in Minot, North Dakota, who says")', () => {
    // recovery-2020 (Kaiser Health News, 2020-05): the claim had been a person named "Minot".
    const text =
      '"This is a red state," said Crystal Wolfrum, a paralegal in Minot, North Dakota, who says she is one of the only people among her neighbors to download the app.';
    expect(attributed(text).quotes).toEqual([
      [0, 22, 'Crystal Wolfrum', 'Crystal Wolfrum'],
      [90, 159, 'Crystal Wolfrum', 'Crystal Wolfrum'],
    ]);
  });

  it('should take "it added" after an outlet spoke to the outlet, and read "the government newspaper X" as an outlet', () => {
    // reuters-21578 (reuters-14197, reuters-5323): "it" had been coffee trade sources and the U.S., written about.
    const text =
      "Banks are delaying Uganda's hard currency earnings from coffee exports, the government newspaper New Vision said. The banks are holding up to seven mln dlrs in coffee money, it added.";
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [0, 70, 'the government newspaper New Vision', 'New Vision'],
      [114, 172, 'it', 'New Vision'],
    ]);
    expect(kinds).toEqual(['media']);
  });

  it('should read a business named in "\'s" before its verb as the speaker, and give its short form the full name', () => {
    // reuters-21578 (reuters-1171, 1987-03): "Moody's said" had been no cue at all (a possessive before a noun), and
    // "It said" after it went to the full name only by chance; about 130 such claims in the corpus.
    const text =
      "Moody's Investors Service Inc said it downgraded the rating on Loral Corp's debentures. Moody's said it took the action after examining the acquisition. Standard and Poor's said it may lower its rating too.";
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [35, 86, "Moody's Investors Service Inc", "Moody's Investors Service Inc"],
      [101, 151, "Moody's", "Moody's Investors Service Inc"],
      [178, 205, "Standard and Poor's", "Standard and Poor's"],
    ]);
    expect(kinds).toEqual(['organization', 'organization']);
  });

  it("should give a company's first word the company's full name, not the name of another body opening with it", () => {
    // recovery-2020 (Reuters, 2020-05): "Delta said" had been a source of its own beside "Delta Air Lines Inc".
    const text =
      'Delta Air Lines Inc said it will limit seating through June. Delta said it aims to halve its daily cash burn. The Ford Foundation said it would give $1 million to the effort. Ford said it would cut production at two plants.';
    expect(attributed(text).quotes).toEqual([
      [25, 59, 'Delta Air Lines Inc', 'Delta Air Lines Inc'],
      [72, 108, 'Delta', 'Delta Air Lines Inc'],
      [135, 173, 'The Ford Foundation', 'Ford Foundation'],
      [185, 222, 'Ford', 'Ford'],
    ]);
  });

  it('should read "his son" as someone other than the man the article is about, and "Name, Robert’s son," as that name', () => {
    // recovery-2020 (obituaries of 2020-04): "his wife said", "her sister said" had been given to the dead.
    const text =
      'State Rep. Reggie Bagala died this week. His son said he had been in the hospital for two weeks. Dante Vicino, Robert’s son, says the bunkers are full of members.';
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [54, 95, 'His son', 'His son'],
      [130, 161, 'Robert’s son', 'Dante Vicino'],
    ]);
    expect(kinds).toEqual(['anonymous', 'person']);
  });

  it('should take no place coordinated with another ("Queens and Brooklyn") for who "the report" is, and no adverb for a name', () => {
    // recovery-2020 (Business Insider, 2020-05): "the report reads" had been "Queens", from the heading "Queens and
    // Brooklyn saw a similar April fate"; "Quite a few parents ... wrote" had been a body named "Quite".
    const report =
      'According to a report by Douglas Elliman, leases fell by 70 percent in April. Queens and Brooklyn saw a similar fate. "Renewal activity was where the weakness could be found," the report reads.';
    expect(attributed(report).quotes).toEqual([
      [42, 76, 'a report by Douglas Elliman', 'Douglas Elliman'],
      [118, 175, 'the report', 'Douglas Elliman'],
    ]);
    const parents =
      'Quite a few parents, such as Dina in California, wrote about their need to get their kids back to school: “It’s just not healthy for any of us.”';
    expect(quoteSpans(parents)).toEqual([[106, 144, 'a few parents']]);
  });

  it('should read a courtesy title written without its period ("Dr Klaus Goekmann", "Mr John Smith") as a title, not a role or a name', () => {
    // reuters-21578 (reuters-16352, 1987-06): the claim had run on over the name, said by "vice-president of marketing
    // ... for Cominco Ltd"; British copy writes "Dr" and "Mr" with no period.
    const text =
      "AMSTERDAM, June 15 - The world's zinc industry will become more concentrated in the 1990s, Dr Klaus Goekmann, vice-president of marketing for Cominco Ltd, said. Mr John Smith, an analyst, said prices would rise. Mrs Fields Inc said it plans 125 new stores.";
    expect(attributed(text).quotes).toEqual([
      [21, 89, 'Dr Klaus Goekmann', 'Klaus Goekmann'],
      [193, 210, 'Mr John Smith', 'John Smith'],
      [232, 255, 'Mrs Fields Inc', 'Mrs Fields Inc'],
    ]);
  });

  it('should read a name set before a relative ("Erik, Cristian\'s 13-year-old brother") as a person, and a hyphenated paper as an outlet', () => {
    // recovery-2020 (NBC News and The Washington Post, 2020-04): Erik had been a body, the Louisville Courier-Journal a person.
    const text =
      '"It was horrible," said Erik, Cristian\'s 13-year-old brother. Erik led the family in prayer, asking God for Cristian to come home safely. Paul attended an event, the Louisville Courier-Journal reported. The newspaper said several attendees had self-quarantined.';
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [0, 18, 'Erik', 'Erik'],
      [100, 136, 'Erik', 'Erik'],
      [138, 160, 'the Louisville Courier-Journal', 'Louisville Courier-Journal'],
      [222, 260, 'The newspaper', 'Louisville Courier-Journal'],
    ]);
    expect(kinds).toEqual(['person', 'media']);
  });

  it('should take no letter\'s salutation ("Dear Members of ...") for a name "she" could be', () => {
    // recovery-2020 (Chicago Sun-Times, 2020-05): "she wrote" had been "Dear Members", not the mayor.
    const text =
      'Mayor Lori Lightfoot spoke on Friday. In a “Dear Members of the Chicago Faith Community” letter, Lightfoot urged religious leaders to hold virtual services. “I am resolute that I must enforce the rules,” she wrote.';
    expect(attributed(text).quotes).toEqual([
      [113, 155, 'Lightfoot', 'Lori Lightfoot'],
      [157, 203, 'she', 'Lori Lightfoot'],
    ]);
  });

  it('should take no month after a word of time, nor a day opening the sentence, for part of a name ("late April Trump", "Yesterday Citicorp")', () => {
    // recovery-2020 (USA Today, 2020-05) and reuters-21578: "Since late April Trump had toned down ..." had made every
    // "Trump" of the article "April Trump"; "Yesterday Citicorp said" a person named so.
    const text =
      'President Donald Trump said Monday he was taking the drug. Since late April Trump had toned down his support of it. "A friend of mine told me he got better," he said in a briefing. Yesterday Citicorp said it would raise its prime rate.';
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [35, 57, 'President Donald Trump', 'Donald Trump'],
      [116, 157, 'he', 'Donald Trump'],
      [205, 234, 'Yesterday Citicorp', 'Citicorp'],
    ]);
    expect(kinds).toEqual(['person', 'organization']);
  });

  it('should keep a full name before "’s letter" as its writer, a person, for the surname after it', () => {
    // recovery-2020 (Business Insider, 2020-05): "Trump threatened ..." had been a body, the name before "letter" left out.
    const text =
      'The WHO responded to President Donald Trump’s letter threatening to halt funding. Trump threatened on Monday to reconsider the membership of the United States, saying the agency had failed.';
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [109, 158, 'Trump', 'Donald Trump'],
      [167, 188, 'Trump', 'Donald Trump'],
    ]);
    expect(kinds).toEqual(['person']);
  });

  it('should read "most Americans" as some of a people, unnamed, and "the Soviets" as they were', () => {
    // recovery-2020 (The Washington Post, 2020-04): "most Americans agree" had been a person named "Americans".
    const text =
      'According to a Washington Post poll published this week, most Americans agree that it is necessary to wear a mask. The Soviets rejected the offer, saying the subsidy was too small.';
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [78, 113, 'most Americans', 'most Americans'],
      [136, 145, 'The Soviets', 'Soviets'],
      [154, 179, 'The Soviets', 'Soviets'],
    ]);
    expect(kinds).toEqual(['anonymous', 'media', 'organization']);
  });

  it('should give a bare surname shared by two people the one named last before it with a title ("Dr. Melanie Malloy")', () => {
    // recovery-2020 (CBS News, 2020-05): "Malloy said" had been the doctor's four-year-old daughter, named first.
    const text =
      'Four-year-old Amina Malloy has a tough time sharing her mom. Dr. Melanie Malloy works 12-hour shifts at Mount Sinai Hospital in Brooklyn. "I just look at them and I think of all the possibilities," Malloy said.';
    expect(attributed(text).quotes).toEqual([[138, 197, 'Malloy', 'Melanie Malloy']]);
  });

  it('should give a bare surname far from every full name of it the one the article introduced first ("Clinton")', () => {
    // polnear-train (wash-post 2016-02; also huff-post 2016-02, west-journal 2015-12): "Clinton proposed ..." in a story on
    // Hillary Clinton's campaign had been Bill Clinton, named once in passing fifteen lines before; and "Speaking in
    // Harlem, Clinton, ..." had made Clinton the state of Harlem and Harlem the speaker.
    const text =
      "Sanders and Clinton see black votes as key in S.C.\n\nCOLUMBIA, S.C. - The call-bank headquarters of Hillary Clinton's campaign in this suddenly must-have state is in a small house on a tree-lined street not far from the Capitol. And, in a straight-from-central-casting display of Clinton's core demographic of support, the first two volunteers inside the door are Eva Miller and Gloria Major, African American women who remember well the civil rights struggle.\n\nSanders is trying to cut into Clinton's sizable lead by appealing to younger African Americans such as Borders, who are drawn to his message of economic justice and feel that many of the crime policies that began under President Bill Clinton have done long-term harm to their communities.\n\nDemographics favor Clinton.\n\nThe challenge for Sanders is steep: Many people here have  come to know him only recently, if at all, and those he is counting on to rally to his side have not turned out to the same degree as their older counterparts.\n\nIn the 2008 South Carolina primary, with Barack Obama facing Clinton, about 60 percent of black voters were over 45. In the 2012 election, black turnout among those ages 18 to 29 was 53 percent. It was 66 percent among blacks 30 to 44 and more than 70 percent among blacks 45 and older.\n\n'It's according to age groups,' said Mattie Thomas, 66, a retired fast-food worker who lives in Lake City, about 25 miles south of Florence. She's a Sanders supporter but concedes that most of her peers love the Clintons from Bill's two terms in the Oval Office.\n\n'They have a perception of the Clintons, and you're not going to change their minds,' she said.\n\nAnother problem for Sanders: There are roughly 100,000 more African American women than men of voting age, and that demographic, particularly the older set, tends to skew heavily toward Clinton.\n\n'The key demographic is African American women,' said Jaime Harrison, chair of the South Carolina Democratic Party. 'Clinton has to maintain her support. Sanders has to do the 'Carolina two-step' ' - increasing his name recognition and then convincing voters he can deliver.\n\nBoth candidates sought to appeal to younger African Americans on Tuesday. In New York, after meeting with the Rev. Al Sharpton and other civil rights leaders, Clinton proposed new federal regulations that would end what she said were overly punitive school discipline policies that disproportionately affect minority students.\n\nSpeaking in Harlem, Clinton, without naming him, also accused Sanders of being a Johnny-come-lately to racial justice issues.";
    expect(attributed(text).quotes.slice(-3)).toEqual([
      [2297, 2397, 'Clinton', 'Hillary Clinton'],
      [2398, 2446, 'she', 'Hillary Clinton'],
      [2511, 2573, 'Clinton', 'Hillary Clinton'],
    ]);
    // (A known state after the opening phrase's town is still its place.)
    expect(attributed('Speaking in Columbus, Ohio, Clinton said the plan would fail in the end.').quotes).toEqual([
      [41, 71, 'Clinton', 'Clinton'],
    ]);
  });

  it('should resolve "the company" to the company the article names, however its name is written', () => {
    // reuters-21578: 202 claims had "company" for their speaker. A legal form ends a company's name whatever paper's
    // word it holds ("Sun Microsystems Inc" had been an outlet).
    expect(
      attributed(
        'SEATTLE, March 3 - Sun Microsystems Inc said it has agreed to cooperate with Philips Corporate Group Home Interactive Systems, a Dutch electronics firm, to develop a multi-media authoring computer system. The system will be based upon the integration of Sun workstation and Compact Disc Interactive technologies, the company said.',
      ).quotes,
    ).toEqual([
      [45, 203, 'Sun Microsystems Inc', 'Sun Microsystems Inc'],
      [205, 311, 'the company', 'Sun Microsystems Inc'],
    ]);
    // With no body before the claim, the one its own words open with.
    expect(
      attributed(
        'PITTSBURGH, March 11 - PPG Industries Inc will continue to show earnings growth in 1987 despite a difficult economic climate, the company said in its annual report, mailed to shareholders today.',
      ).quotes,
    ).toEqual([[23, 124, 'the company', 'PPG Industries Inc']]);
    // The article's first name, which no list knows, is the company when "the company" follows it.
    expect(
      attributed(
        'SPRING GROVE, Pa., March 25 - P.H. Glatfelter said its board increased its quarterly dividend on its common stock to 14 cts per share, from 12.5 cts per share the prior quarter. In addition, the company said it authorized the repurchase of up to an additional one mln shares of its common stock.',
      ).quotes,
    ).toEqual([
      [51, 176, 'P.H. Glatfelter', 'P.H. Glatfelter'],
      [208, 294, 'the company', 'P.H. Glatfelter'],
    ]);
    expect(attributed('NEW YORK - John Smith said the plan would fail. The company said it would appeal.').quotes).toEqual([
      [27, 46, 'John Smith', 'John Smith'],
      [65, 80, 'The company', 'company'],
    ]);
  });

  it('should keep a sheriff\'s title out of the name, and a title in "\'s" in the body it names', () => {
    // recovery-2020 (2020-04): "Sheriff Chris Watkins", "Reverend Katherine Ragsdale" had been names.
    expect(attributed('The deputy died on March 31, said Sheriff Chris Watkins.').quotes).toEqual([
      [0, 27, 'Sheriff Chris Watkins', 'Chris Watkins'],
    ]);
    expect(
      attributed(
        'Late Tuesday evening, the Alameda County Sheriff’s Office announced that it believed Tesla was not an essential business.',
      ).quotes,
    ).toEqual([[68, 120, 'the Alameda County Sheriff’s Office', 'Alameda County Sheriff’s Office']]);
    // recovery-2020 (2020-01, 2020-04): hyphenated titles of international bodies are titles too.
    expect(attributed('U.N. Secretary-General Antonio Guterres said the world must act now.').quotes).toEqual([
      [45, 67, 'U.N. Secretary-General Antonio Guterres', 'Antonio Guterres'],
    ]);
  });

  it('should read two titled names joined by "and" as two names, and a body\'s name with "and" as one', () => {
    // recovery-2020 (Reuters, 2020-05): "President Donald Trump and Secretary of State Mike Pompeo" had been one run, its
    // name Mike Pompeo, so that "Trump on Friday said" found no full name and was a body.
    const { quotes, kinds } = attributed(
      'The U.S. has not backed up allegations by President Donald Trump and Secretary of State Mike Pompeo that the virus came from a lab. Trump on Friday said WHO was like the public relations agency for China. The Centers for Disease Control and Prevention said the risk was low.',
    );
    expect(quotes).toEqual([
      [153, 203, 'Trump', 'Donald Trump'],
      [257, 273, 'The Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention'],
    ]);
    expect(kinds).toEqual(['person', 'organization']);
  });

  it('should make a one-word speaker a person when it "says he" or does what only people do, unless written as a body', () => {
    // recovery-2020 (20 claims in 10 articles, 2020-04 and -05): "Trump said" in articles that never give his full name,
    // and "Tom says", "Wong said", had been bodies; "Amazon said he was fired" stays one, as "Amazon workers" shows.
    expect(attributed('Trump says he is taking the drug. “This is an individual decision to make,” Trump told reporters.')).toEqual({
      quotes: [
        [11, 32, 'Trump', 'Trump'],
        [34, 75, 'Trump', 'Trump'],
      ],
      kinds: ['person'],
    });
    // (A contraction keeps the pronoun: "Trump says he’s taking ...".)
    expect(attributed('Trump says he’s taking hydroxychloroquine in case he gets coronavirus.').kinds).toEqual(['person']);
    expect(attributed('Amazon said he was fired for safety violations. Amazon workers walked out.')).toEqual({
      quotes: [[12, 46, 'Amazon', 'Amazon']],
      kinds: ['organization'],
    });
    expect(attributed('“To come here is like walking the Grand Canyon,” Tom says. Tom joked that the bunker was cozy.').kinds).toEqual([
      'person',
    ]);
  });

  it('should give a pronoun to the person named before, past a plan named since ("... of the Cruzado Plan. He said")', () => {
    // reuters-21578 (reuters-12899 and others, 1987): "He" had been the Cruzado Plan, as a person.
    expect(
      attributed(
        'Brazilian Finance Minister Dilson Funaro met bankers on Monday. Most of them blamed the failure of the Cruzado Plan. He said that if Brazil sought the help of the IMF, the Fund would lay down conditions.',
      ),
    ).toEqual({ quotes: [[125, 202, 'He', 'Dilson Funaro']], kinds: ['person'] });
  });

  it('should make a one-word name "one of" a kind of business a body ("Intel, one of the world’s largest computer chip makers")', () => {
    // recovery-2020 (recovery-1003, recovery-1008, 2020-04): Intel and Nordstrom had been people; "Smith, one of the
    // lawyers" and "Rafat Ali, founder of Skift" stay people.
    const text =
      'Intel, one of the world’s largest computer chip makers, said Thursday that revenue climbed 23 percent. Smith, one of the lawyers, said it was over. Rafat Ali, founder of Skift, said travel would return.';
    expect(attributed(text).kinds).toEqual(['organization', 'person', 'person']);
  });

  it('should give a surname misspelt once the one full name a letter away, not another titled surname ("Reagan", "Regan")', () => {
    // reuters-21578 (reuters-1699 and some 35 others, 1987) and recovery-2020: "Melnikov said" after "Albert Melknikov" had
    // been a body of its own; "Schultz", "Chronin", "Yuetter" too. "President Reagan" stays apart from "Donald Regan".
    expect(
      attributed(
        '"American exports depend on Soviet exports to the United States," said Albert Melknikov, deputy trade representative of the Soviet Union. The Soviet trade deficit with the United States totalled around two billion dlrs in 1985, Melnikov said.',
      ),
    ).toEqual({
      quotes: [
        [0, 65, 'Albert Melknikov', 'Albert Melknikov'],
        [138, 226, 'Melnikov', 'Albert Melknikov'],
      ],
      kinds: ['person'],
    });
    expect(
      attributed(
        'White House chief of staff Donald Regan met the panel. President Reagan said the talks would go on. The deficit must be cut, Reagan said.',
      ).quotes,
    ).toEqual([
      [77, 98, 'President Reagan', 'Reagan'],
      [100, 123, 'Reagan', 'Reagan'],
    ]);
  });

  it('should keep an occupation before a name as its role, not its name ("Comedian Hari Kondabolu", "Pastor Charles Mironas")', () => {
    // recovery-2020 (recovery-0446, recovery-0559, 2020-04) and reuters-21578 ("Businessman Raul Concepcion"): the
    // occupation had been part of the name, so the record was not the person's.
    expect(
      attributed('Comedian Hari Kondabolu said the show was an official document. Pastor Charles Mironas said the church was essential.'),
    ).toEqual({
      quotes: [
        [29, 62, 'Comedian Hari Kondabolu', 'Hari Kondabolu'],
        [92, 116, 'Pastor Charles Mironas', 'Charles Mironas'],
      ],
      kinds: ['person', 'person'],
    });
  });

  it('should take a contraction for its pronoun’s gender ("he\'d seen her" is said of a man)', () => {
    // recovery-2020 (recovery-1281): the "her" after "Batinovich explained that he'd" had made him a woman, and the "he"
    // of his first quotation found no one.
    expect(
      attributed(
        "The customer, John Batinovich of Hollywood, settled into the chair.\n\n“You’ve got a great set up here,” he said.\n\nBatinovich explained that he'd seen her on Craigslist.",
      ).quotes,
    ).toEqual([
      [69, 102, 'he', 'John Batinovich'],
      [134, 166, 'Batinovich', 'John Batinovich'],
    ]);
  });

  it('should take a given name alone for a person, unless the article writes it as a body’s or in a longer name', () => {
    // recovery-2020: "Sandra", "Megan", "Monica" had been organizations (one-word names with no title or pronoun), and
    // their "she" found no one; Reuters' "Ford" and "Grace" stay companies.
    const sandra = attributed(
      'Hector and Sandra are scared.\n\n“If we don’t work, we can’t survive. It’s just that simple,” Sandra said.\n\n“They’re really busy right now,” she said.',
    );
    expect(sandra.quotes).toEqual([
      [31, 91, 'Sandra', 'Sandra'],
      [106, 138, 'she', 'Sandra'],
    ]);
    expect(sandra.kinds).toEqual(['person']);
    expect(attributed('Ford said it would recall 10,000 trucks.').kinds).toEqual(['organization']);
    expect(attributed('Ford Motor Co posted a loss. Ford said the plant would close.').quotes).toEqual([[39, 60, 'Ford', 'Ford Motor Co']]);
    expect(attributed('Grace said the transaction involves its cocoa division.').kinds).toEqual(['organization']);
  });

  it('should take a one-word name owned by another body for a body, and find its full name', () => {
    // reuters-21578 (reuters-8678 and eight more): "Encor, 48 pct-owned by Dome Petroleum Ltd," had been a person of its
    // own, apart from "Encor Energy Corp Inc".
    expect(
      attributed(
        'Encor Energy Corp Inc said it would sell debentures.\n\nEncor, 48 pct-owned by Dome Petroleum Ltd <DMP>, said investment dealers agreed to purchase the issue.',
      ).quotes,
    ).toEqual([
      [27, 51, 'Encor Energy Corp Inc', 'Encor Energy Corp Inc'],
      [108, 155, 'Encor', 'Encor Energy Corp Inc'],
    ]);
  });

  it('should not take the gender of a name from the pronouns inside the quotation after it', () => {
    // recovery-2020 (recovery-0521, recovery-1094): "Hilgenberg said. “Then he came back ...”" had made the
    // horticulturalist a man, and her "she" went to "Arbor Day".
    expect(
      attributed(
        'A good idea, said Lisa Hilgenberg, a horticulturalist at the Chicago Botanic Garden.\n\nIt is a good way to celebrate Earth Day and Arbor Day.\n\n“Vegetable gardening is all about timing,” she said.\n\n“Look at Thomas Jefferson, who gardened for 40 years,” Hilgenberg said. “Then he came back with another new tool.”',
      ).quotes,
    ).toEqual([
      [0, 11, 'Lisa Hilgenberg', 'Lisa Hilgenberg'],
      [142, 184, 'she', 'Lisa Hilgenberg'],
      [196, 250, 'Hilgenberg', 'Lisa Hilgenberg'],
      [268, 310, 'Hilgenberg', 'Lisa Hilgenberg'],
    ]);
  });

  it('should not take a body and an executive title for a name ("the Tesla CEO’s comments")', () => {
    // recovery-2020 (recovery-1052): "Tesla announced" had gone to a person named "Tesla CEO".
    const text =
      'Tesla CEO Elon Musk tweeted about it. A statement did not reference the Tesla CEO’s comments or mention him by name. Tesla announced plans to resume limited operations at its Fremont facility.';
    expect(attributed(text).quotes).toEqual([[133, 191, 'Tesla', 'Tesla']]);
    expect(attributed(text).kinds).toEqual(['organization']);
  });

  it('should give a "she" after "a spokeswoman for <body> said" to the body she speaks for', () => {
    // reuters-21578 (29 articles): the claims of "she said", "he added" after a body's spokesperson had no speaker.
    const text =
      'Prices will rise, a spokeswoman for the London Commodity Exchange said.\n\nThe figures represent total positions, she said.';
    expect(attributed(text).quotes).toEqual([
      [0, 16, 'the London Commodity Exchange', 'London Commodity Exchange'],
      [73, 110, 'she', 'London Commodity Exchange'],
    ]);
    // (Not a "he" after a spokeswoman.)
    expect(attributed(text.replace(', she said', ', he said')).quotes[1]).toEqual([73, 110, 'he', undefined]);
  });

  it('should give a "he" to the unnamed broker, adviser or body spokesman who spoke just before', () => {
    // reuters-21578 (21 articles): "one broker here said. ... He said", "an EC Commission spokesman said. ... he said"
    // had left the later claims with no speaker.
    expect(
      attributed(
        'BRUSSELS, June 19 - A meeting of farm ministers is unlikely to be held next week, an EC Commission spokesman said.\n\nHowever, he said he could not rule out a meeting later.',
      ).quotes,
    ).toEqual([
      [20, 80, 'an EC Commission spokesman', 'an EC Commission spokesman'],
      [133, 170, 'he', 'an EC Commission spokesman'],
    ]);
    expect(
      attributed(
        '"Gradually they are imposing restrictions," one broker here said.\n\nHe said that before the restriction the volume was much larger.',
      ).quotes,
    ).toEqual([
      [0, 43, 'one broker', 'one broker'],
      [75, 129, 'He', 'one broker'],
    ]);
  });

  it('should take a name described as a consortium, a unit or a group of bodies for a body, and its "it"', () => {
    // reuters-21578 (17 articles): "New Hampshire Yankee, a consortium of utility companies," had been a person, and
    // the "It said" after it had no speaker; a person with a body's description stays one.
    expect(
      attributed(
        'New Hampshire Yankee, a consortium of utility companies, said it is filing the plans because Massachusetts refuses to cooperate.\n\nIt said the 26-volume plan would be filed today.',
      ).quotes,
    ).toEqual([
      [62, 127, 'New Hampshire Yankee', 'New Hampshire Yankee'],
      [138, 177, 'It', 'New Hampshire Yankee'],
    ]);
    expect(
      attributed(
        '"These are the heaviest contract talks in years," George Miller, vice-president of the Canadian Lake Carriers Association, an association of major shipping companies, said.',
      ).kinds,
    ).toEqual(['person']);
  });

  it('should read a firm named for its founders as a body, so that "it" finds it', () => {
    // recovery-2020 (Reuters, 2020-05): "It said it expected the economy to shrink" after "Goldman Sachs said" had been
    // "the government": Goldman Sachs read as a person. reuters-21578: Merrill Lynch (29 claims), Security Pacific,
    // Morgan Stanley, E.F. Hutton and Smith Barney were people too, and "Procter & Gamble" was "Gamble".
    expect(
      attributed(
        'Combined, this is not enough to prevent a contraction, Goldman Sachs said on Monday. It said it expected the economy to shrink 45% in the quarter.',
      ),
    ).toEqual({
      quotes: [
        [0, 53, 'Goldman Sachs', 'Goldman Sachs'],
        [93, 145, 'It', 'Goldman Sachs'],
      ],
      kinds: ['organization'],
    });
    expect(attributed('Procter & Gamble said it would cut 1,000 jobs. It said the cuts were needed.')).toEqual({
      quotes: [
        [22, 45, 'Procter & Gamble', 'Procter & Gamble'],
        [55, 75, 'It', 'Procter & Gamble'],
      ],
      kinds: ['organization'],
    });
  });

  it('should keep a title "of the" body and an undersecretary out of the name', () => {
    // reuters-21578: "Exchequer Nigel Lawson" (245 claims) and "U.S. Agriculture Undersecretary Daniel Amstutz" (18).
    expect(
      attributed(
        "LONDON, March 2 - U.K. Chancellor of the Exchequer Nigel Lawson has told Brazil's Finance Minister that Britain would back talks.",
      ).quotes,
    ).toEqual([[99, 128, 'U.K. Chancellor of the Exchequer Nigel Lawson', 'Nigel Lawson']]);
    expect(
      attributed(
        "WASHINGTON, March 18 - The Soviet Union's corn purchases could total 3.5 mln tonnes, U.S. Agriculture Undersecretary Daniel Amstutz said.",
      ).quotes,
    ).toEqual([[23, 83, 'U.S. Agriculture Undersecretary Daniel Amstutz', 'Daniel Amstutz']]);
  });

  it('should leave out of a name a verb in the imperative or a day before it, and read no name in a currency', () => {
    // recovery-2020: "Remember Martin Shkreli?" opened an article and named him; reuters-21578: "Yesterday Robert Ortner,
    // Undersecretary of Commerce, said" kept its day once the title was read, and "6.28 billion U.S. Dlrs" was the
    // person a later "He" went to.
    expect(attributed('Remember Martin Shkreli? He said he would help find a cure.').quotes).toEqual([[33, 58, 'He', 'Martin Shkreli']]);
    expect(
      attributed(
        'Baker said there had been no change in policy. Yesterday Robert Ortner, Undersecretary of Commerce for Economic Affairs, said he thought the yen was undervalued.',
      ).quotes,
    ).toEqual([
      [11, 45, 'Baker', 'Baker'],
      [126, 160, 'Yesterday Robert Ortner', 'Robert Ortner'],
    ]);
    expect(
      attributed(
        'Offshore banking units rose to 6.28 billion U.S. Dlrs at end-March, the central bank said. He said the rise was seasonal.',
      ).quotes,
    ).toEqual([
      [0, 66, 'the central bank', 'central bank'],
      [99, 120, 'He', undefined],
    ]);
  });

  it('should name the outlet written before its medium, and keep an unnamed paper its own source', () => {
    // recovery-2020 (Reuters, 2020-05): "Cadena Ser radio reported" had been Reuters, the wire that carried the story;
    // reuters-21578: "the official Tanjug news agency" (12 claims), "the Jakarta Post newspaper".
    expect(
      attributed(
        'MADRID (Reuters) - Spain lifted a ban on flights from Italy. Cadena Ser radio reported that the cabinet would discuss an extension.',
      ),
    ).toEqual({ quotes: [[87, 130, 'Cadena Ser radio', 'Cadena Ser']], kinds: ['media'] });
    expect(
      attributed(
        'MADRID (Reuters) - Spain lifted a ban on flights from Italy. The Kyodo news agency reported that the cabinet would meet. A Hong Kong newspaper said talks had failed.',
      ),
    ).toEqual({
      quotes: [
        [92, 119, 'The Kyodo news agency', 'Kyodo'],
        [148, 164, 'A Hong Kong newspaper', 'A Hong Kong newspaper'],
      ],
      kinds: ['media', 'anonymous'],
    });
  });

  it('should give "the announcement" to whoever made it', () => {
    // reuters-21578: "..., the announcement said" after "Merrill Lynch said" had been an anonymous "announcement".
    expect(
      attributed(
        'Merrill Lynch said it expects to announce the final proration factor within 10 days. Shares validly tendered represented about 98.75 pct of the outstanding shares, the announcement said.',
      ).quotes,
    ).toEqual([
      [19, 83, 'Merrill Lynch', 'Merrill Lynch'],
      [85, 162, 'the announcement', 'Merrill Lynch'],
    ]);
  });

  it('should give "the nurse" to the unnamed nurse introduced before, not to the person in focus', () => {
    // recovery-2020 (2020-05): "the nurse said" had been Jacques Cohen, the man the reporter was interviewing;
    // reuters-21578: "a Washington-based lawyer ... The lawyer said" had been an analyst named earlier.
    const text =
      'A few weeks ago, I spoke, from the recommended distance, to a man named Jacques Cohen. He was seated on the sidewalk outside the IHU, an angular monument of concrete and glass about a mile and a half from Marseille’s old port. Cohen had his back against a pylon and his wrists on his knees, at the edge of a group of perhaps 60 people. By their unworried proximity to one another — they were standing around in a loose group, as people used to, waiting to enter the hospital through a side door — they were identifiable as the unfortunates who already knew they were positive. I had selected Cohen as my interlocutor under the guidance of a nearby nurse. He was not coughing or sneezing; he wore a mask. “In any case, we’re all going to get it,” the nurse said.';
    expect(attributed(text)).toEqual({ quotes: [[704, 745, 'the nurse', 'nurse']], kinds: ['anonymous'] });
    expect(
      attributed(
        'Mayor John Smith opened the hearing on Monday. A Washington-based lawyer who specializes in the drug field testified first. The lawyer said the new rules would raise costs for drug companies.',
      ),
    ).toEqual({ quotes: [[140, 190, 'The lawyer', 'Washington-based lawyer']], kinds: ['anonymous'] });
  });

  it('should give "he" after "one analyst said" to that analyst, unless a person is named since', () => {
    // reuters-21578: 120 claims whose "he" or "she" had gone to a minister named before, or to words that are no one's
    // ("Favoured Nation", "H.K. Dlr", "Japanese"), just after "one analyst said", "a grain dealer ... said".
    expect(
      attributed(
        'Finance Minister Roger Douglas presented the budget on Thursday. The forecast initially looks positive for the bond markets, one analyst said. Paradoxically, the New Zealand dollar could rise in the medium term, he said.',
      ).quotes,
    ).toEqual([
      [65, 123, 'one analyst', 'analyst'],
      [143, 210, 'he', 'analyst'],
    ]);
    expect(
      attributed(
        'Finance Minister Roger Douglas presented the budget on Thursday. The forecast looks positive, one analyst said. Douglas told reporters the deficit would shrink. The dollar could rise, he said.',
      ).quotes,
    ).toEqual([
      [65, 92, 'one analyst', 'analyst'],
      [135, 159, 'Douglas', 'Roger Douglas'],
      [161, 182, 'he', 'Roger Douglas'],
    ]);
    // recovery-2020 (2020-04): "Another nurse argued ... “No, we’re not doing that!” she said" had been the nurse named before.
    expect(
      attributed(
        'Nurse Capri Reese said patients were anxious. One nurse wanted to restrain the struggling patient. Another nurse argued that restraining the patient is wrong. “No, we’re not doing that!” she said.',
      ).quotes,
    ).toEqual([
      [23, 44, 'Nurse Capri Reese', 'Capri Reese'],
      [120, 157, 'Another nurse', 'Another nurse'],
      [159, 186, 'she', 'Another nurse'],
    ]);
    // reuters-21578 (1987-03): "The dealer, who declined to be named, said ..." keeps "he" with the dealer, not with Aldo
    // Roldan, quoted before him (about 50 Reuters claims had gone to a minister or economist named earlier).
    expect(
      attributed(
        '"Domestic costs have increased (due to inflation) and\nexporters have not had the same offsetting movement in exchange\nrates," Aldo Roldan said.\n    "Brazil would not tolerate a change in ICO regulations,\nwhich others wanted changed," one senior coffee dealer said.\n    The dealer, who declined to be named, said Brazil wanted to\npreserve its market share. At the end of the talks, he said\nBrazil hinted it could sell more than anyone else and others\nwould suffer.',
      ).quotes,
    ).toEqual([
      [0, 125, 'Aldo Roldan', 'Aldo Roldan'],
      [148, 233, 'one senior coffee dealer', 'one senior coffee dealer'],
      [312, 354, 'The dealer', 'one senior coffee dealer'],
      [389, 462, 'he', 'one senior coffee dealer'],
    ]);
  });

  it('should read no name in a country\'s initials and a word that is no body\'s ("In the U.S. Silas said")', () => {
    // reuters-21578: "U.S. Silas" (15 claims), "U.S. Would", "U.S. Economy", "U.S. Threats" had been people; "U.S.
    // Treasury" and "U.K. Embassy" stay bodies.
    expect(
      attributed(
        'NEW YORK, March 12 - Phillips Petroleum Co will cut its debt, chairman Pete Silas told Reuters.\n    Phillips is also pursue opportunities in China where Silas\nsaid he was seeking "a modification of terms with the Chinese\ngovernment to make oil discoveries (in the offshore Xijang\nfields) commercially viable."\n    In the U.S. Silas said Phillips hopes to get the Point\nArguello, Calif.',
      ).quotes,
    ).toEqual([
      [21, 60, 'chairman Pete Silas', 'Pete Silas'],
      [164, 309, 'Silas', 'Pete Silas'],
      [337, 384, 'the U.S. Silas', 'Pete Silas'],
    ]);
  });

  it('should keep a person titled by a body ("Senate Majority Leader Mitch McConnell") a person "he" finds', () => {
    // recovery-2020 (2020-05): "On Thursday, he said House Speaker Nancy Pelosi ..." had no speaker: the body's word that
    // opened the title made McConnell a body; reuters-21578: "Bundesbank President Karl Otto Poehl", "Senate Appropriations
    // Committee Chairman Mark Hatfield".
    expect(
      attributed(
        'Senate Majority Leader Mitch McConnell has no interest in the proposal. On Thursday, he said the bill was a catalog of oddities.',
      ),
    ).toEqual({ quotes: [[93, 127, 'he', 'Mitch McConnell']], kinds: ['person'] });
  });

  it('should read "May" as the surname of "Meghan May" when the article gives her full name', () => {
    // recovery-2020 (2020-04): six claims of "May says", "according to May" had gone to no one (a month) or to the body
    // quoted before.
    expect(
      attributed(
        '“People get very fired up about grocery bags,” says Meghan May, a professor of microbiology. The person who faces the most risk, according to May, is the grocery store worker. “They have to touch the bag,” May says. “The person at least risk is the person who owns the bag.”',
      ).quotes,
    ).toEqual([
      [0, 46, 'Meghan May', 'Meghan May'],
      [93, 174, 'May', 'Meghan May'],
      [176, 205, 'May', 'Meghan May'],
      [216, 274, 'May', 'Meghan May'],
    ]);
    expect(attributed('In May, the council said it would reopen the parks.').quotes).toEqual([[25, 50, 'the council', 'council']]);
  });

  it('should read "the Chamber of Mines" as a body and "K mart Corp" whole', () => {
    // reuters-21578: "the Chamber of Mines said" had been a person named "Mines" (16 claims); "K mart Corp said" had
    // been "Corp", which the company in focus then took ("Rapid American Corp.").
    expect(
      attributed(
        'JOHANNESBURG, April 29 - Wage talks are foundering and mines could face a work stoppage, the Chamber of Mines said. The union refused a request to name the workers, the Chamber said.',
      ).quotes[0],
    ).toEqual([25, 87, 'the Chamber of Mines', 'Chamber of Mines']);
    expect(
      attributed(
        'TROY, MICH., April 3 - K mart Corp said it agreed to sell most of its Kresge and Jupiter stores to McCrory Corp, a subsidiary of privately held Rapid American Corp.',
      ),
    ).toEqual({ quotes: [[40, 163, 'K mart Corp', 'K mart Corp']], kinds: ['organization'] });
  });

  it('should read "The Bank said" after "the Bank of Greece said" as that bank', () => {
    // reuters-21578: 84 claims of "the Bank", "the Chamber", "the Department", "the Ministry" had been bodies of their
    // own ("Bank"; "Bank of Tokyo International Ltd", named as a lender, for the Bank of Greece).
    expect(
      attributed(
        'ATHENS, June 29 - The central state owned Bank of Greece said a consortium of Japanese banks will lend it 20 billion yen. The Bank said in a statement the loan will be for 10 years.',
      ).quotes,
    ).toEqual([
      [62, 120, 'The central state owned Bank of Greece', 'Bank of Greece'],
      [151, 180, 'The Bank', 'Bank of Greece'],
    ]);
  });

  it('should make a one-word speaker a person when it "reasoned" or "lamented", as only people do', () => {
    // recovery-2020 (2020-05): an article that never gives Trump's full name had made "Trump" a body, "the president" an
    // unnamed one and the last "he" no one's.
    expect(
      attributed(
        'Trump reasoned that, along with the increasing number of tests performed in the U.S., the country\u2019s population also factored in to more than 1.5 million Americans testing positive for Covid-19, the illness caused by the novel coronavirus. On top of that, Trump complained, that figure also includes asymptomatic cases rather than just the most debilitating ones. More than 91,000 Americans have died from the virus.\n\n\u201cWhen we have a lot of cases, I don\u2019t look at that as a bad thing,\u201d the president said. \u201cI look at that in a certain respect as being a good thing, because it means our testing is much better. So, if we were testing a million people instead of 14 million people, it would have far few cases, right?\u201d\n\n\u201cSo, I view it as a badge of honor. Really, it\u2019s a badge of honor,\u201d he concluded.',
      ),
    ).toEqual({
      quotes: [
        [239, 361, 'Trump', 'Trump'],
        [417, 484, 'the president', 'Trump'],
        [505, 716, 'the president', 'Trump'],
        [718, 785, 'he', 'Trump'],
      ],
      kinds: ['person'],
    });
  });

  it('should read an "Institution" as a body, so that "it" finds it', () => {
    // reuters-21578: "New Bedford Institution" had been a person, and the next "it said" no one's; recovery-2020: the
    // Brookings Institution.
    expect(
      attributed(
        'NEW BEDFORD, Mass., March 12 - <New Bedford Institution for Savings> said it completed its conversion to a stock form of ownership from a mutual savings bank.\n    In the conversion, it said it issued 9.4 mln shares at 14.375 dlrs each.',
      ),
    ).toEqual({
      quotes: [
        [74, 157, 'New Bedford Institution for Savings', 'New Bedford Institution for Savings'],
        [190, 234, 'it', 'New Bedford Institution for Savings'],
      ],
      kinds: ['organization'],
    });
  });

  it('should read "the government" of no government named as that of the country the article is about', () => {
    // reuters-21578: 89 claims of "the government" had been one anonymous "government" in each article, which a store
    // cannot tell apart; recovery-2020: 18.
    expect(
      attributed(
        "WARSAW, March 30 - Poland's communist government raised food, fuel and energy prices. Bread will go up 100 pct next month.\n    The government said its annual plan for the economy had specified a 13 pct increase in food prices this year.",
      ),
    ).toEqual({ quotes: [[147, 235, 'The government', 'Polish government']], kinds: ['organization'] });
    // The country named most, not the last: "South Korea and Taiwan" are compared with Hong Kong.
    expect(
      attributed(
        "HONG KONG, March 26 - Hong Kong's government has long kept intervention to a minimum, unlike South Korea and Taiwan, businessmen said.\n    The government announced this month it will spend six mln H.K. Dlrs to train engineers.",
      ).quotes[1],
    ).toEqual([175, 225, 'The government', 'Hong Kong government']);
    // With no country named, an anonymous source of the article, as before.
    expect(attributed('The government said it would act.').kinds).toEqual(['anonymous']);
  });

  it('should give "the reporter" to the one introduced by "one reporter", not to a reporter named before', () => {
    // recovery-2020 (2020-05): "“Have you been exposed?” the reporter asked" had been a CNN reporter named paragraphs before.
    expect(
      attributed(
        'It all began Monday with a question about whistleblowers. One reporter went on to inquire about another possibility. "Have you been exposed?" the reporter asked.',
      ),
    ).toEqual({ quotes: [[117, 141, 'the reporter', 'reporter']], kinds: ['anonymous'] });
  });

  it('should keep an unnamed group anonymous whatever names it ("Ventura officials", "Half of Americans")', () => {
    // recovery-2020 and reuters-21578: about 400 claims of "U.S. officials", "Finance Ministry officials", "Wall Street
    // analysts" had been of kind unknown; "Half of Americans said" had been a person named "Americans".
    expect(
      attributed(
        "The county was able to show a plan to increase testing. That will help the county meet the state's required volume, according to Ventura officials.",
      ),
    ).toEqual({ quotes: [[56, 114, 'Ventura officials', 'Ventura officials']], kinds: ['anonymous'] });
    expect(attributed('Half of Americans said they would be likely to use a cell phone-based contact-tracing system.')).toEqual({
      quotes: [[23, 92, 'Half of Americans', 'Half of Americans']],
      kinds: ['anonymous'],
    });
    // (A party's caucus is a name: "Senate Democrats" is no unnamed group.)
    expect(attributed('Senate Democrats said the bill would fail.').kinds).toEqual(['organization']);
  });

  it('should read "Current estimates suggest" and "Local reports say" as figures of no author, and "Florida Today" as an outlet', () => {
    // recovery-2020 (2020-04): "Current estimates suggest" had made "estimates" the cue and "Current" a body; "Local
    // reports say" a body named "Local"; "according to Florida Today" a person.
    expect(
      attributed(
        'Patients may exhibit other symptoms, too, such as gastrointestinal problems or diarrhea. Current estimates suggest that symptoms may appear in as few as two days or as long as 14 days after being exposed to the virus.',
      ),
    ).toEqual({ quotes: [[115, 216, 'Current estimates', 'Current estimates']], kinds: ['unknown'] });
    expect(attributed('Local reports say Ulster County, where the barber shop is located, has met the benchmarks to reopen.')).toEqual({
      quotes: [[18, 99, 'Local reports', 'Local reports']],
      kinds: ['unknown'],
    });
    expect(
      attributed(
        "In early May, Florida counties began reopening. White House officials have praised the dashboard's accessibility, according to Florida Today.",
      ),
    ).toEqual({ quotes: [[48, 112, 'Florida Today', 'Florida Today']], kinds: ['media'] });
  });

  it('should read a company named for its works or factory as a body ("Corning Glass Works", "the Cheesecake Factory")', () => {
    // reuters-21578 and recovery-2020: "Corning Glass Works", "Stanley Works" and "Cheesecake Factory" had been people.
    expect(
      attributed('CORNING, N.Y., March 27 - Corning Glass Works said it bought a 50 pct interest in Technology Dynamics Inc.'),
    ).toEqual({ quotes: [[51, 105, 'Corning Glass Works', 'Corning Glass Works']], kinds: ['organization'] });
    expect(
      attributed(
        'Residents won’t make rent. Even the multibillion-dollar Cheesecake Factory has told landlords not to expect an April check.',
      ),
    ).toEqual({ quotes: [[94, 122, 'the multibillion-dollar Cheesecake Factory', 'Cheesecake Factory']], kinds: ['organization'] });
  });

  it('should give a company\'s name without its legal form to the company ("Data General" after "Data General Corp")', () => {
    // reuters-21578: about 700 claims of "Data General", "K Mart", "Waste Management", "McDonnell Douglas" had been people
    // or records of their own; "The spokesman" after "a spokesman for Manhattan National" is that company.
    expect(
      attributed(
        'NEW YORK, June 2 - Data General Corp said it introduced\nseveral new hardware and software products that link\nInternational Business Machines Corp <IBM> and IBM-compatible\npersonal computers into mainframe and minicomputer systems.\n    Data General said the products include three local area\nnetworks that conform to industry standards. It said it is now\noffering a Starlan network, which was originally introduced by\nAmerican telephone and Telegraph Co <t>, a thin Ethernet and a\nPC interface for the standard Ethernet.',
      ),
    ).toEqual({
      quotes: [
        [42, 229, 'Data General Corp', 'Data General Corp'],
        [300, 334, 'Data General', 'Data General Corp'],
        [344, 518, 'It', 'Data General Corp'],
      ],
      kinds: ['organization'],
    });
    expect(
      attributed(
        "NEW YORK, April 7 - The board of directors of Manhattan\nNational Corp said it has named Charles Hinckley chairman and\nchief executive officer of the life insurance holding company,\nreplacing Wilmot Wheeler Jr, who returns to his former position\nof vice chairman.\n    Hinckley is also president and chief executive officer of\n<Union Central Life Insurance Co>, a mutual insurer that on\nMarch 31 acquired 3.6 mln shares of Manhattan National's common\nstock for 43.2 mln dlrs, or 12 dlrs a share, a spokesman for\nManhattan National said.\n    The spokesman said the purchase, coupled with the 900,096\nManhattan National shares Union Central already owned, brought\nUnion Central's Manhattan National stake up to 52.2 pct of the\noutstanding common shares.",
      ).quotes.slice(1),
    ).toEqual([
      [267, 492, 'Manhattan National', 'Manhattan National Corp'],
      [558, 748, 'The spokesman', 'Manhattan National Corp'],
    ]);
  });

  it('should keep a body of no name anonymous ("A group led by a Swedish investment firm", "a Japanese refiner")', () => {
    // reuters-21578: "A group" after a dateline had been an organization named "A group" (about 80 claims).
    expect(
      attributed(
        'NEW YORK, March 5 - A group led by a Swedish investment firm said it raised its stake in the Scandinavia Fund Inc to 2,165,300 shares.',
      ),
    ).toEqual({ quotes: [[66, 133, 'A group', 'A group']], kinds: ['anonymous'] });
  });

  it('should read a relative clause with commas of its own as an aside, its antecedent the speaker', () => {
    // recovery-2020 (2020-05): "17 other airlines" had spoken for the union; the name before the relative clause stays
    // the speaker when the clause's last words name no one.
    expect(
      attributed(
        'The Association of Flight Attendants, which represents employees of United, Alaska, Frontier and 17 other airlines, says at least 300 of its members have contracted COVID-19 and several flight attendants have died.',
      ),
    ).toEqual({
      quotes: [[121, 213, 'The Association of Flight Attendants', 'Association of Flight Attendants']],
      kinds: ['organization'],
    });
    expect(
      attributed(
        'Vincent Munster, one of the authors of the new work, who collaborated with other government researchers and scientists at the University of California, Los Angeles, said the work built on more than a decade of studies.',
      ),
    ).toEqual({ quotes: [[170, 217, 'Vincent Munster', 'Vincent Munster']], kinds: ['person'] });
  });

  it('should give "The group" to the group of investors the article introduced, not to the body it filed with', () => {
    // reuters-21578: about 40 claims of "The group" in filings stories had gone to the Securities and Exchange
    // Commission or to a member firm.
    expect(
      attributed(
        'WASHINGTON, June 19 - A group of Boston investors and\ninvestment partnerships told the Securities and Exchange\nCommission it sold its entire stake in Silicon Systems Inc of\n410,000 shares, or 6.0 pct of the total outstanding.\n    The group, which includes HLM Associates, HLM Associates II\nand their three general partners, said it sold the stock\nbetween April 22 and June 9 at 9.00 to 9.125 dlrs a share as\nthe result of an investment decision.',
      ).quotes,
    ).toEqual([
      [122, 224, 'A group of Boston investors and investment partnerships', 'group of Boston investors and investment partnerships'],
      [329, 444, 'The group', 'group of Boston investors and investment partnerships'],
    ]);
  });

  it('should keep a title word opening a company\'s name in it ("General Host Corp"), and find "the Bureau" by its head', () => {
    // reuters-21578: about 150 claims of "General Host Corp", "General Electric Co", "Prime Computer Inc" had gone to "Host
    // Corp", "Electric Co", "Computer Inc" (the title read as a role), and their short forms to "General" or "Prime".
    expect(
      attributed(
        "STAMFORD, Conn., March 4 - General Host Corp said it will\nreport a loss from continuing operations and a sharp decline in\nnet income for the year ended January 25, 1987, due to\nsubstantial operating losses in its Frank's Nursery and Crafts\nunit. For the year ended January 25, 1986, General reported net\nincome of 29.7 mln dlrs.",
      ),
    ).toEqual({
      quotes: [
        [50, 244, 'General Host Corp', 'General Host Corp'],
        [300, 327, 'General', 'General Host Corp'],
      ],
      kinds: ['organization'],
    });
    expect(
      attributed(
        'Industrial production rose 2.5 pct in February over February 1986, reaching its highest level ever, the Central Bureau of Statistics said.\n    The rise reflected recovery in almost all sectors after an exceptionally cold spell in January, the Bureau said.',
      ).quotes,
    ).toEqual([
      [0, 98, 'the Central Bureau of Statistics', 'Central Bureau of Statistics'],
      [143, 237, 'the Bureau', 'Central Bureau of Statistics'],
    ]);
  });

  it('should read "military and diplomatic sources said" whole, and give "They" after it to them', () => {
    // reuters-21578: the clause start after "and" had cut the speaker to "diplomatic sources", with no comma before it, so
    // the claim was lost and the next "They said" had no one (about 30 claims of "trading and syndicate sources" and
    // the like).
    expect(
      attributed(
        'PARIS, March 26 - Libyan troops are hastily evacuating their last important stronghold in northern Chad, leaving the key desert oasis undefended against advancing Chad government troops, military and diplomatic sources said.\n    They said a Libyan force of some 3,000 men was abandoning the oasis of Faya-Largeau.',
      ).quotes,
    ).toEqual([
      [18, 185, 'military and diplomatic sources', 'military and diplomatic sources'],
      [239, 312, 'They', 'military and diplomatic sources'],
    ]);
  });

  it('should give "They" with no one else before it to the plural subject of the sentence before', () => {
    // recovery-2020 (2020-05): "The experts were particularly worried ... They said" had no speaker.
    expect(
      attributed(
        'The conversation reveals how many questions remain unanswered about the novel coronavirus.\n\nThe experts were particularly worried about regional testing disparities and eased lockdowns.\n\nThey said we still have a lot to learn, like how to do contact tracing at scale.',
      ),
    ).toEqual({ quotes: [[197, 266, 'They', 'experts']], kinds: ['anonymous'] });
  });

  it("should not take a name inside a quotation for the next speaker (a book's title, a phrase quoted)", () => {
    // reuters-21578 (1987-10): "He said" after 'Batra\'s book, "The Great Depression of 1990,"' had been a person named
    // "Great Depression"; about 70 claims in both corpora had gone to words inside quotation marks ("VW Bug", "Middle
    // East", "Hunger Games"). ggt-dev speaker name 93.0 -> 93.1.
    expect(
      attributed(
        'DALLAS, Oct 19 - Economist Ravi Batra, whose book warning\nof a crash on Wall Street has been a best seller all summer,\nsaid Monday\'s record-breaking market drop was no reason to\npanic.\n    "I think (investors) should stay in the market. Don\'t\npanic. The time to panic is two years from now," Batra, a\nprofessor at Southern Methodist University, told Reuters by\ntelephone from Pittsburgh, where he was to deliver a lecture at\nRockwell International Corp.\n    Batra\'s book, "The Great Depression of 1990," predicts that\nthe increasing concentration of U.S. wealth will lead to a\ndepression.\n     He said Monday\'s 508-point drop was set off by last week\'s\nnews of the trade deficit "and other things that added to the\ntotal jitters."',
      ),
    ).toEqual({
      quotes: [
        [124, 183, 'Economist Ravi Batra', 'Ravi Batra'],
        [189, 291, 'Batra', 'Ravi Batra'],
        [602, 730, 'He', 'Ravi Batra'],
      ],
      kinds: ['person'],
    });
  });

  it('should read "The federal Office of Special Counsel last week determined ... and said" as the office', () => {
    // recovery-2020 (2020-05): a lowercase word before the body's name had left the subject unread, and the claim lost.
    expect(
      attributed(
        "The Department of Health and Human Services issued a lengthy statement attempting to rebut Bright's testimony in the form of a fact check.\n\nThe federal Office of Special Counsel last week determined his removal was retaliatory and said that Bright should be reinstated as director of BARDA while the matter is investigated.",
      ),
    ).toEqual({ quotes: [[236, 322, 'The federal Office of Special Counsel', 'Office of Special Counsel']], kinds: ['organization'] });
  });

  it('should give "The ride-hailing giant" to the business whose name in "\'s" opens the lede ("Uber\'s food delivery platform")', () => {
    // recovery-2020 (2020-05): with no company named as a subject before it, it had been an anonymous "ride-hailing giant".
    expect(
      attributed(
        'Uber\'s food delivery platform is launching a tool that lets families get more value and savings when placing meal orders at a time when more Americans are financially squeezed.\n\nThe ride-hailing giant announced the new feature called "Family Style Meals" on Tuesday.',
      ).quotes[0],
    ).toEqual([211, 226, 'The ride-hailing giant', 'Uber']);
  });

  it('should read a name with a quoted nickname as the given names and the surname (\'C. J. "Pete" Silas\')', () => {
    // reuters-21578 (1987-03): the scan for the speaker had stopped at the quotation mark, so the chairman was "Silas", a
    // record of his surname alone (about 30 claims in both corpora: "John \"Jack\" Taylor", "Jesus \u201cChuy\u201d Garcia").
    expect(
      attributed(
        'NEW YORK, March 11 - Phillips Petroleum Co Chairman C. J.\n"Pete" Silas said his company\'s stock, ranked fourth on the\nmost active list of stocks traded today, rose partly because of\nsteps it took to pare its debt.\n    Silas told Reuters in an interview today, "part of this\nstrength results from the rise in oil prices and also because\nsome of the analysts have been happy with the steps we\'ve taken\nin 1986 to pare our debt."',
      ),
    ).toEqual({
      quotes: [
        [76, 212, 'C. J. "Pete" Silas', 'C. J. Silas'],
        [260, 426, 'Silas', 'C. J. Silas'],
      ],
      kinds: ['person'],
    });
  });

  it('should read an office with no name as someone unnamed ("The White House Press Secretary"), whom "he" does not point to', () => {
    // recovery-2020 (2020-04): the secretary had been a person named "White House Press Secretary", and Trump's
    // "Supposing you brought the light inside the body" hers; reuters-21578: "U.S. Official", "Treasury Secretary".
    expect(
      attributed(
        'The White House Press Secretary said in a statement today that President Trump’s statements were taken out of context. “President Trump has repeatedly said that Americans should consult with medical doctors regarding coronavirus treatment,” the statement read.\n\nAt the same briefing Trump also suggested using sunlight to cure the virus. “Supposing you brought the light inside the body, either through the skin, or some other way?” he said.',
      ),
    ).toEqual({
      quotes: [
        [58, 117, 'The White House Press Secretary', 'White House Press Secretary'],
        [119, 240, 'The White House Press Secretary', 'White House Press Secretary'],
        [338, 432, 'he', 'Trump'],
      ],
      kinds: ['anonymous', 'person'],
    });
  });

  it('should read "Japanese press reports said" and "Industry reports estimated" as reports of no one named', () => {
    // reuters-21578: "reports" had been the cue ("Industry" a person, "Japanese press" a speaker) or the claim had gone
    // to Japan, to "Press" or to "Reuters" (about 25 claims).
    expect(
      attributed(
        'TOKYO, April 2 - Japanese press reports said Prime Minister\nYasuhiro Nakasone has said he may compromise on his\ncontroversial sales tax plan, bowing to widespread opposition\neven within his own party.',
      ),
    ).toEqual({
      quotes: [[45, 199, 'Japanese press reports', 'Japanese press reports']],
      kinds: ['anonymous'],
    });
    expect(
      attributed(
        "After OPEC's price and production accord last December, the\nmarket firmed steadily but spot prices fell in the last week to\naround 16 dlrs. Industry reports estimated the organization was\nproducing up to one mln bpd above its ceiling during February.",
      ),
    ).toEqual({ quotes: [[167, 249, 'Industry reports', 'Industry reports']], kinds: ['unknown'] });
  });

  it('should give "General Cinema said" to "General Cinema Corp", the title word read as a role opening its name', () => {
    // reuters-21578: "General Acquisition", "General Electric", "General Mills" had been people named "Acquisition",
    // "Electric", "Mills" (about 30 claims).
    expect(
      attributed(
        "CHESNUT HILL, Mass., March 9 - General Cinema Corp said\nlower attendence at its theatres against last year's record\nChristmas season lowered its first fiscal quarter operating\nearnings nine pct to 15.9 mln dlrs.\n    General Cinema said the financing costs associated with its\npurchase of 3.5 mln Carter Hawley Hale Stores Inc <CHH> shares\nfor 177.9 mln dlrs, and its 89.7 mln sterling investment in\n<Cadbury Schweppes PLC>, lowered first quarter net.",
      ),
    ).toEqual({
      quotes: [
        [56, 210, 'General Cinema Corp', 'General Cinema Corp'],
        [236, 449, 'General Cinema', 'General Cinema Corp'],
      ],
      kinds: ['organization'],
    });
  });

  it('should not take a people\'s adjective before its noun for a person ("demand from Japanese investors")', () => {
    // reuters-21578 (1987-03): "He said" after "One trader said that although demand from Japanese investors is heavy"
    // had gone to a person named "Japanese".
    expect(
      attributed(
        'The Finance Ministry last April shortened the waiting\nperiod before issues could flow back to Japan to 90 days from\n180. A ministry official said it verified through sampling that\nreflow was fairly small.\n    "We believe the Euroyen bond should remain mainly in the\nEuroyen market," he said.\n    One trader said that although demand from Japanese\ninvestors is heavy, it may prove to be only short-term. He said\nmany investors plan to sell their bonds if Japanese or U.S.\nInterest rates decline further.',
      ).quotes,
    ).toEqual([
      [146, 203, 'A ministry official', 'ministry official'],
      [209, 282, 'he', 'ministry official'],
      [312, 401, 'One trader', 'trader'],
      [411, 501, 'He', 'trader'],
    ]);
  });

  it('should split a local office\'s title from the name ("City Councilman Mark Levine") and take no time zone for a body', () => {
    // recovery-2020 (NPR, 2020-04): "New York City Councilman Mark Levine" had been an organization of that name, and
    // "the city reported" had gone to "ET", the time zone of "Updated at 2 a.m. ET Tuesday".
    expect(
      attributed(
        'New York City Has Contingency Plan For Temporary Burials Of COVID-19 Dead\n\nUpdated at 2 a.m. ET Tuesday\n\nIn New York City, as the death toll from the coronavirus pandemic continues increasing, officials say the city may have to temporarily bury some of the dead at a public cemetery in Long Island Sound.\n\nNew York City Councilman Mark Levine says that if the death toll doesn\'t level off soon, the city will likely start doing "temporary interment." New York City\'s data indicate that total deaths in the city averaged nearly 150 per day before the pandemic. On one day recently, the city reported that 806 people died in a single day.',
      ),
    ).toEqual({
      quotes: [
        [132, 228, 'officials', 'officials'],
        [273, 375, 'New York City Councilman Mark Levine', 'Mark Levine'],
        [524, 560, 'the city', 'city'],
      ],
      kinds: ['anonymous', 'person', 'anonymous'],
    });
  });

  it('should read a lowercase "anchor" before a name as a role ("added \\"GMA\\" anchor Robin Roberts")', () => {
    // recovery-2020 (ABC News, 2020-04): the anchor's title was no role, so "Roberts said" had gone to a Charles Roberts
    // named earlier in the article.
    expect(
      attributed(
        '"We loved every single moment we were blessed to spend and share with Tony," added "GMA" anchor Robin Roberts. "Our condolences to his family in Chicago."\n\nTo Greer\'s mother, Roberts said, "Your son was a good man. He was kind, he was thoughtful, he was always a gentleman."',
      ).quotes,
    ).toEqual([
      // (The speaker after the show's quoted name is not read yet: the first quote has none.)
      [0, 76, undefined, undefined],
      [111, 154, 'anchor Robin Roberts', 'Robin Roberts'],
      [189, 274, 'Roberts', 'Robin Roberts'],
    ]);
  });

  it('should index no place\'s adjective as a name ("a Santa Barbara-based model")', () => {
    // recovery-2020 (2020-04): "She calls them ..." had gone to a person named "Santa Barbara-based".
    expect(
      attributed(
        'Taiana Giefer, a Santa Barbara-based model and artist, is hosting dances on Zoom. She posts the link on social media, then DJs a class that anyone can tune into. She calls them social distancing dance parties.',
      ),
    ).toEqual({ quotes: [[177, 208, 'She', 'Taiana Giefer']], kinds: ['person'] });
  });

  it('should give a place\'s name to the person the article names with it as a surname ("England said" after "A.W. England")', () => {
    // recovery-2020 (Detroit Free Press, 2020-05): seven claims of the astronaut had been England's, the country's.
    expect(
      attributed(
        'A.W. \u201cTony\u201d England, dean of the College of Engineering and Computer Science at the University of Michigan-Dearborn, is a former astronaut who served as mission scientist for Apollo 13 and 16 and space station program scientist from 1986 to 1987.\n\nEngland said NASA draws on the history of exploration, which often involved extreme physical distancing and social isolation.',
      ),
    ).toEqual({
      quotes: [[261, 372, 'England', 'A.W. England']],
      kinds: ['person'],
    });
  });

  it('should give "said the worker" to the unnamed employee who spoke just before, not the named person in focus', () => {
    // recovery-2020 (Chicago Sun-Times, 2020-04): "the worker" had been Dean Harrison, who wrote the memo quoted first;
    // the outlet found to relay the employee had hidden who spoke last.
    expect(
      attributed(
        '\u201cRecognizing the disproportionate burden of the COVID-19 pandemic to our employees who provide patient care in our hospitals and emergency departments, [Northwestern] will initiate a special compensation program, retroactive to April 5, 2020, through the lifting of the Illinois stay-at-home order or such other time as [Northwestern] determines it is no longer required,\u201d Dean Harrison wrote April 17.\n\nBut on Thursday, a day before employees were set to receive their first paychecks with the extra cash, some received another email from an administrator explaining that they were now deemed ineligible for the program. Employees who mostly deal with inpatients still qualify for the bonuses, though workers \u201cthat spend the majority of their time with patients coming in for outpatient procedures are not eligible,\u201d according to the email obtained by the Chicago Sun-Times.\n\nWhile those employees would still receive a bump in pay Friday, the email made it clear that the money would eventually be clawed back by their employer.\n\nAn employee at a suburban hospital, who asked to remain anonymous fearing she may be fired for speaking out, said she and her co-workers believe they\u2019re set to receive an extra $5 an hour in their paychecks on Friday. Nevertheless, the money will now be taken out of her next check on May 22.\n\n\u201cIt\u2019s like giving a kid a piece of candy, and just as they start to put it in their mouth, you\u2019re just ripping it out of their hands,\u201d said the worker. \u201cIt is very cruel. It\u2019s unbelievable.\u201d',
      ).quotes,
    ).toEqual([
      [0, 372, 'Dean Harrison', 'Dean Harrison'],
      [622, 817, 'the email', 'email'],
      [1146, 1248, 'An employee', 'employee'],
      [1326, 1460, 'the worker', 'employee'],
      [1478, 1516, 'the worker', 'employee'],
    ]);
  });

  it('should link a surname to the full name written with its generation ("Louis Gerstner Jr." ... "Gerstner told Reuters")', () => {
    // reuters-21578 (reuters-18335): "Gerstner" had been a record of its own, as "Biden" beside "Joseph R. Biden Jr." in PolNeAR.
    const text =
      "DALLAS, Oct 20 - American Express Co's <AXP> president\nLouis Gerstner Jr. said a bear market will not effect his\ncompany's long-term strategy.\n    \"I don't think where the market goes over any month long\nperiod has anything\nto do with our strategy,\" Gerstner told Reuters.";
    expect(attributed(text).quotes.map((q) => q[3])).toEqual(['Louis Gerstner Jr.', 'Louis Gerstner Jr.']);
    // ... but a generation parts two people of one surname: "Reese Jr." is not his mother "Stella Chase Reese".
    expect(
      attributed('Stella Chase Reese said her husband loved the team.\n\n“What would my dad do?” Reese Jr. said.').quotes.map((q) => q[3]),
    ).toEqual(['Stella Chase Reese', 'Reese Jr.']);
  });

  it('should read "the MPs" as a group of people, not the person in focus ("the Kentucky Republican" is)', () => {
    // reuters-21578 (reuters-9544): the MPs' words had been Margaret Thatcher's.
    const text =
      'Prime Minister Margaret Thatcher said on Thursday that Britain would not hesitate to retaliate.\n    A parliamentary motion, signed by 98 MPs, today urged the U.K. Government to act until authorities in Japan stopped imposing what the MPs called "restrictive conditions" on the bid.';
    expect(attributed(text).quotes.map((q) => q[3])).toEqual(['Margaret Thatcher', 'MPs']);
  });

  it('should give "The company said" to the company, not a public body named before it', () => {
    // reuters-21578 (reuters-11409): the permit's issuer, "Office and Department of Health Services", had spoken for the company.
    const text =
      "TORRANCE, Calif., April 2 - International Technology corp\nsaid it expects to report a loss for the fourth quarter ended\nMarch 31 of about 20 cts per share, compared with a\nyear-earlier profit of 11 cts.\n    The company blamed the expected loss on regulatory and\npermitting issues that limited the full utilization of\nhazardous waste treatment cites in Califoirnia, continued\nstartup delays for major remediation projects, the writeoff of\nan investment in a subsidiary and a settlem,ent with the\nCalifornia Attorney General's Office and Department of Health\nServices.\n    The company said the settlement relates to regulatory\nviolations alleged by the U.S. Environmental Protection Agengy\nand the California Health Services department at the company's\nVine Hill and Panoche treatment facilities in Northern\nCalifornia.\n    It said under the agreement, it will pay the state\n2,100,000 dlrs in civil penalties over a two-year period and\npay 500,000 dlrs over five years to local medical facilities as\npart of a community awareness and emergency response program\ndeveloped by local communities.  The expenses will be charged\nagainst fourth quarter results, it said.\n    The company said it has agreed as well to make compliance\nand public safety capital expenditures of about 600,000 dlrs.\n    It said it has now received an operating permit for a new\n250,000 cubic yard landfill cell at its Imperial County,\nCalif., from the Health Services department.\n    The company said the Panoche facility remains closed but is\nexpected to reopen for liquid and sludge receipts in the near\nfuture.";
    const quotes = attributed(text).quotes;
    expect(quotes.at(-1)).toEqual([1471, 1582, 'The company', 'International Technology corp']);
  });

  it('should give "The cable program said" to the network named before it, not a company', () => {
    // reuters-21578 (reuters-1509): "program" had read as a body's noun, and the claim gone to Sun Chemical.
    const text =
      'CHICAGO, March 4 - Wall Street traders said the stock of\nOutboard Marine Corp was rising on a rumor over a cable\ntelevision program that Outboard is a likely takeover target of\nSun Chemical Corp <SNL>.\n    Outboard was up 3-1/8 to 34-5/8. On Tuesday it rose 1-3/8\nto 31-1/2 Tuesday.\n    A report on Cable News Network today said Sun Chemical has\n4.9 pct of Outboard and is conducting a study on whether to go\nfor control of the whole company.\n    An Outboard Marine spokesman would not comment on the\nrumor.\n    The cable program said a buyout of Outboard would be for up\nto 40 dlrs a share, or for a total of 680 mln dlrs.';
    const { quotes, kinds } = attributed(text);
    expect(quotes.at(-1)).toEqual([535, 622, 'The cable program', 'Cable News Network']);
    expect(kinds).toContain('media');
  });

  it('should tell "Mr. Clinton" from Hillary Clinton by her given name when no pronoun has', () => {
    // polnear-train (nyt_2016-08-22): had been "Clinton", neither of them, as "Mr." and "Mrs." share the surname; "Mr. Trump"
    // beside Ivanka Trump, "Mrs. Schlafly" beside John Schlafly alike (96 claims of polnear-train given the full name).
    expect(
      attributed(
        "Hillary Clinton has yet to address how her administration would handle longtime donors like Saudi Arabia seeking help from the United States.\n\nWith Mrs. Clinton facing accusations of favoritism toward Clinton Foundation donors during her time as secretary of state, former President Bill Clinton told foundation employees on Thursday that the organization would no longer accept foreign or corporate donations should Mrs. Clinton win in November.\n\nThe foundation limited the conferences to domestic locations while Mrs. Clinton was secretary of state. On Thursday, Mr. Clinton said the gathering in September in New York would be the foundation's last.",
      ).quotes,
    ).toEqual([
      [334, 445, 'former President Bill Clinton', 'Bill Clinton'],
      [582, 651, 'Mr. Clinton', 'Bill Clinton'],
    ]);
  });
});
