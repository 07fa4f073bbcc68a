import { describe, expect, it } from 'vitest';
import { attributedDocument, parseArticle } from '../index';
import { indexNames } from './name-index';
import { INGESTED_AT, attributed, expectQuotes } from '../test-helpers';

describe('indexNames', () => {
  it('should take a name after a short opening phrase and a comma as the new person in focus for "he"', () => {
    const text =
      '"We will stay," said Anna Holt, who runs the bakery. Across the square, Tom Reyes also waved a flag. "I want them to leave," he said.';
    const result = expectQuotes(text, [
      { text: '"We will stay,"', speaker: 'Anna Holt', source: 'Anna Holt', cue: 'said' },
      { text: '"I want them to leave,"', speaker: 'he', source: 'Tom Reyes', cue: 'said' },
    ]);
    const second = result.quotes[1];
    expect(second?.span).toEqual({ start: 101, end: 124 });
    expect(second?.speaker).toMatchObject({ start: 125, end: 127 });
  });

  it('should read a one-word speaker whose reported speech opens with "he" as a person, unless the text writes it as a body', () => {
    // recovery-2020 (recovery-0002, recovery-1132): "Trump" had been an organization in articles that never write
    // "Donald Trump"; "Amazon said he was fired" stays the company that has a spokesperson.
    const trump = parseArticle(
      'Several medical groups have given the same advice. Trump said this week he was taking hydroxychloroquine. Trump has promoted the drug.',
      { ingestedAt: INGESTED_AT },
    );
    expect(trump.sources.map((s) => [s.name, s.kind])).toEqual([['Trump', 'person']]);
    const amazon = parseArticle(
      'Workers said Amazon executives disputed that. Amazon said he was fired for safety violations. Amazon fired two designers.',
      { ingestedAt: INGESTED_AT },
    );
    expect(amazon.sources.map((s) => [s.name, s.kind])).toEqual([['Amazon', 'organization']]);
    // recovery-2020 (recovery-0428): the next sentence opens with "He", and no one else is named between.
    const pritzker = parseArticle(
      'The state runs the facility, and Pritzker visited the site. Pritzker has said the state is asking for volunteers. He said enough workers have been hired.',
      { ingestedAt: INGESTED_AT },
    );
    expect(pritzker.sources.map((s) => [s.name, s.kind])).toEqual([['Pritzker', 'person']]);
  });

  it("should leave a photo's credit line out of a name ('Courtesy Jean Sinofsky', 'Buy Photo Glen Swanson'), but keep 'Best Buy'", () => {
    // recovery-2020: the credit lines had become the fullest names of the sister and the historian quoted after them.
    const text =
      'Joanne Mellady died on March 30. Courtesy Jean Sinofsky\n\nMellady made a bucket list, her sister, Jean Sinofsky, told ABC News. Buy Photo Glen Swanson\n\n"We have a flight plan," Swanson said. Best Buy said it would furlough workers.';
    expectQuotes(text, [
      { text: 'Mellady made a bucket list', source: 'Jean Sinofsky' },
      { text: '"We have a flight plan,"', source: 'Glen Swanson' },
      { text: 'it would furlough workers', source: 'Best Buy' },
    ]);
  });

  it('should read two people joined by "and" when given names open both ("Amanda Celestino and Marco Shalma")', () => {
    // recovery-2020 (recovery-0230): the pair had been one name, and "Celestino said" an organization.
    const text = 'In the meantime, founders Amanda Celestino and Marco Shalma are planning their next move. Celestino said it was key.';
    const { doc } = attributedDocument(text, { ingestedAt: INGESTED_AT });
    expect(indexNames(doc).map((n) => [n.name, n.kind, n.at])).toEqual([
      ['Amanda Celestino', 'person', 26],
      ['Marco Shalma', 'person', 47],
      ['Celestino', 'person', 90],
    ]);
    expectQuotes(text, [{ text: 'it was key', speaker: 'Celestino', source: 'Amanda Celestino' }]);
  });

  it('should not take "Neither" or "Either" for part of a name ("Neither Mnuchin nor Powell")', () => {
    // recovery-2020 (recovery-1299) and PolNeAR: "Neither Mnuchin", "Neither Donald J. Trump" had been the fullest names.
    const text =
      'Brown asked Mnuchin and Powell whether it was fair. Neither Mnuchin nor Powell would say. Mnuchin responded by saying there had been “unprecedented transparency” so far.';
    expect(attributed(text).quotes.at(-1)).toEqual([118, 168, 'Mnuchin', 'Mnuchin']);
  });

  it('should not take the issuer before a document noun for a person ("Internal Tesla emails"), but keep "Anthony Kuhn reports"', () => {
    // recovery-2020: "Internal Tesla" had become the fullest name of "Tesla" and the speaker of 36 quotes.
    const tesla = parseArticle(
      'Internal Tesla emails viewed by NBC said that employees would lose their pay. Tesla said the plant would reopen on Monday.',
      { ingestedAt: INGESTED_AT },
    );
    expect(tesla.sources.map((s) => s.name)).not.toContain('Internal Tesla');
    expect(tesla.sources.map((s) => s.name)).toContain('Tesla');
    const kuhn = parseArticle("NPR's Anthony Kuhn reports from Seoul. Kuhn said the city was quiet.", { ingestedAt: INGESTED_AT });
    expect(kuhn.sources.map((s) => s.name)).toEqual(['Anthony Kuhn']);
  });

  it('should keep the person in focus when the comma closes a name and its apposition rather than an opening phrase', () => {
    const text = '"We will stay," said Anna Holt. Bakers from the market, Lena Park and two others marched. "It is our home," she said.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const last = result.quotes.at(-1);
    expect(result.sources.find((s) => s.id === last?.sourceId)?.name).toBe('Anna Holt');
  });

  it('should take a person introduced with an age at the end of a sentence as the one in focus for "he"', () => {
    const text = '"We will stay," said Anna Holt. The class helped the baker Tom Reyes, 50. "I want to run again," he said.';
    const result = expectQuotes(text, [
      { text: '"We will stay,"', speaker: 'Anna Holt', source: 'Anna Holt', cue: 'said' },
      { text: '"I want to run again,"', speaker: 'he', source: 'Tom Reyes', cue: 'said' },
    ]);
    expect(result.quotes[1]?.span).toEqual({ start: 74, end: 96 });
    expect(result.quotes[1]?.speaker).toMatchObject({ start: 97, end: 99 });
  });

  it('should not take a headline in title case that glues a verb to a name as a name ("Gorka Slam")', () => {
    const text =
      'Bolton and Gorka Slam ‘Neocons For Hillary.’\n\nBreitbart News National Security editor Dr. Sebastian Gorka met the hosts on Thursday.\n\n“That is not how you win a war,” Gorka declared.';
    const result = expectQuotes(text, [
      { text: '“That is not how you win a war,”', speaker: 'Gorka', source: 'Sebastian Gorka', cue: 'declared' },
    ]);
    expect(result.quotes[0]?.span).toEqual({ start: 134, end: 166 });
    expect(result.sources.map((s) => s.name)).not.toContain('Gorka Slam');
  });

  it('should keep the names a title-case headline shares with the body ("Francois Hollande Says Donald Trump ...")', () => {
    const text =
      'Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’\n\nThe attack on Donald Trump came as Francois Hollande spoke in Paris.\n\nThe Republican nominee “makes you want to retch,” Hollande said Tuesday.';
    const result = expectQuotes(text, [
      { text: 'Donald Trump ‘Makes You Want To Retch.’', speaker: 'Francois Hollande', source: 'Francois Hollande', cue: 'Says' },
      { text: 'The Republican nominee “makes you want to retch,”', speaker: 'Hollande', source: 'Francois Hollande', cue: 'said' },
    ]);
    expect(result.quotes[1]?.span).toEqual({ start: 134, end: 183 });
  });

  it('should not take a run of names that modifies a noun ("the Staten Island Amazon warehouse") for the full name of a body', () => {
    const text =
      'Barbara Chandler drove to the Staten Island Amazon warehouse where she worked.\n\nAmazon says it fired a protest organizer for violating quarantine.';
    const result = expectQuotes(text, [
      { text: 'it fired a protest organizer for violating quarantine', speaker: 'Amazon', source: 'Amazon', cue: 'says' },
    ]);
    expect(result.quotes[0]?.span).toEqual({ start: 92, end: 145 });
  });

  it('should take no gender from a pronoun opening a relative clause after a person\'s noun ("a student she advises")', () => {
    // recovery-2020 (NPR, 2020-04): "Ensheng Dong" had been a woman, and Lauren Gardner's later "she says" his.
    const { doc } = attributedDocument(
      'At that meeting over coffee, she asked Ensheng Dong, a first-year Ph.D. student she advises, if he had been following news of the coronavirus. He had.',
      { ingestedAt: INGESTED_AT },
    );
    expect(indexNames(doc).map((n) => [n.name, n.gender])).toEqual([['Ensheng Dong', 'm']]);
  });

  it('should not take a name before a noun in "\'s" for a person ("the European Airbus consortium\'s assessment")', () => {
    // reuters-21578 (1987-03): "Airbus announced" had gone to a person named "European Airbus".
    const result = parseArticle(
      "PARIS, March 18 - The French government has no reason to\ndoubt the European Airbus consortium's assessment that its A340\nlong-range jet project has a sound commercial basis, French\nTrade Minister Michel Noir said .\n    Airbus announced last Friday that it had 104 firm orders\nand options from nine airlines for its A340.",
      { ingestedAt: INGESTED_AT },
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Michel Noir', 'person'],
      ['Airbus', 'organization'],
    ]);
  });

  it('should part two titled names joined by "and" when the title stands inside a side ("U.S. Commerce Secretary Wilbur Ross")', () => {
    // recovery-2020 (recovery-0090, Reuters): "White House adviser Ivanka Trump and U.S. Commerce Secretary Wilbur Ross" had
    // been one name, Ivanka Trump's, so that "Ross said" found no full name.
    const text =
      'A White House advisory panel will call for new technological infrastructure, said the American Workforce Policy Advisory Board, which is co-chaired by White House adviser Ivanka Trump and U.S. Commerce Secretary Wilbur Ross.\n\nIn a statement, Ross said the advisory board’s meeting comes at a “challenging” time.';
    expect(attributed(text).quotes).toEqual([
      [0, 75, 'the American Workforce Policy Advisory Board', 'American Workforce Policy Advisory Board'],
      [252, 310, 'Ross', 'Wilbur Ross'],
    ]);
  });

  it('should keep an Arabic family name with its article in the name ("Sheikh Ali al-Khalifa al-Sabah"), and "Ali" for him', () => {
    // reuters-21578 (reuters-17405, reuters-7881): the name had stopped at the lowercase "al-", and "Kuwaiti oil minister
    // Sheikh Ali al-Khalifa al-Sabah said OPEC was ..." had no named subject; Reuters calls him "Ali" after.
    const text =
      'Kuwait\'s oil output will be 1.2 mln barrels per day, Kuwait oil minister Sheikh Ali al-Khalifa al-Sabah, said.\n    Iraq refused to sign the pact.\n    Ali told a news conference that including Iraq, "OPEC third\nquarter output will be between 17.5 and 17.7 mln bpd."';
    expect(attributed(text).quotes).toEqual([
      [0, 51, 'Kuwait oil minister Sheikh Ali al-Khalifa al-Sabah', 'Ali al-Khalifa al-Sabah'],
      [198, 264, 'Ali', 'Ali al-Khalifa al-Sabah'],
    ]);
  });

  it('should not read a people\'s adjective after a word read as a role ("The official Iraqi news agency") as a person', () => {
    // reuters-21578 (reuters-12267): "The INA correspondent" had been "Iraqi", a person.
    const text =
      "The official Iraqi news agency INA quoted a correspondent\nin the field as saying Baghdad's forces were pursuing\nretreating Iranian troops.\n    The agency said the al-Ghadeer Brigade of the Iranian\nRevolutionary Guards and the 21st Brigade had been destroyed in\nthe fighting.\n    The INA correspondent said Iraqi troops had surrounded the\nIranians after the overnight attack was launched.";
    expect(attributed(text).quotes).toEqual([
      [159, 273, 'The agency', 'INA'],
      [306, 386, 'The INA correspondent', 'INA correspondent'],
    ]);
  });

  it('should not index "I" or its contractions as a name ("where I’d traveled", "Bolts of energy I’d never experienced")', () => {
    // recovery-2020 (recovery-0134): "I’d" had been a person, the speaker of the writer's "I don’t usually bathe here".
    const text =
      'My first hot flash hit inside the San Fernando Cathedral in San Antonio, where I’d traveled from Wisconsin to see the crypt of Davy Crockett. Bolts of energy I’d never experienced zipped through me.';
    const { doc } = attributedDocument(text, { ingestedAt: INGESTED_AT });
    expect(indexNames(doc).map((n) => [n.name, n.at])).toEqual([
      ['San Fernando Cathedral', 34],
      ['Davy Crockett', 127],
    ]);
  });

  it('should not index a run before a body\'s noun in the plural as a person ("the Economics and Foreign ministries")', () => {
    // reuters-21578 (reuters-4948): "Foreign" had been a person, the "he" of Wayne Bennett's claim.
    const text =
      'The proposed tax will be rejected, American Soybean Association (ASA) president-elect\nWayne Bennett said.\n    Bennett, who is leading one of three soybean producer\ndelegations on a lobbying tour of EC capitals, was speaking at\na lunch.\n    After meetings at the Economics and Foreign ministries this\nmorning, he said the Dutch Government had indicated it would\nvote against the proposal, as had a number of other countries.';
    expect(attributed(text).quotes).toEqual([
      [0, 33, 'American Soybean Association (ASA) president-elect Wayne Bennett', 'Wayne Bennett'],
      [317, 422, 'he', 'Wayne Bennett'],
    ]);
  });

  it('should end a name before a verb a headline capitalizes ("Christie Is Over Marco Rubio")', () => {
    // PolNeAR (HuffPost liveblog, 2016-02-07): "Christie Is Over Marco Rubio" had been Rubio's fullest name (27 claims),
    // "Donald Trump Calls Out Ted Cruz" Cruz's (15).
    const text =
      'February 6, 2016 9:40PM Christie Is Over Marco Rubio\nChris Christie went after Marco Rubio again on Saturday.\n"I like Marco Rubio, and he is a smart person," Christie said.\nRubio said he would not be distracted.';
    const { doc } = attributedDocument(text, { ingestedAt: INGESTED_AT });
    expect(indexNames(doc).map((n) => n.name)).not.toContain('Christie Is Over Marco Rubio');
    // (recovery-2020: "Tweet Share Clifford Chattman", a page's share buttons before a credit line.)
    const credit = attributedDocument('Tweet Share Clifford Chattman stayed home. Chattman said the wait was long.', {
      ingestedAt: INGESTED_AT,
    });
    expect(indexNames(credit.doc).map((n) => n.name)).toEqual(['Clifford Chattman', 'Chattman']);
    expect(attributed(text).quotes.at(-1)).toEqual([131, 157, 'Rubio', 'Marco Rubio']);
  });
});
