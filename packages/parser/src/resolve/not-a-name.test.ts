import { describe, expect, it } from 'vitest';
import { attributedDocument, parseArticle } from '../index';
import { cleanName } from './clean-name';
import { readName } from './not-a-name';
import { INGESTED_AT, attributed } from '../test-helpers';

const doc = (text: string) => attributedDocument(text, { ingestedAt: '2024-01-01T00:00:00Z' }).doc;

describe('cleanName', () => {
  const d = doc('The rival camp responded on Monday. A year ago the media and voters said little.');

  it('should drop a number that opens the sentence before the name of the people it counts ("Three Blue Origin employees")', () => {
    // recovery-2020 (The Verge, 2020-04): "Three Blue Origin" had been a speaker; "Several CEOs" stays a group.
    expect(cleanName(d, 'Three Blue Origin', true)).toBe('Blue Origin');
    expect(cleanName(d, 'Three Blue Origin', false)).toBe('Three Blue Origin');
  });

  it('should drop a body\'s acronym before a given name and a surname ("Ambassador to GATT Michael Samuels")', () => {
    // reuters-21578 (1987-10): 11 claims of "GATT Michael Samuels"; polnear-train: "DJ Beverly Bond".
    expect(cleanName(d, 'GATT Michael Samuels', false)).toBe('Michael Samuels');
    expect(cleanName(d, 'DJ Beverly Bond', false)).toBe('Beverly Bond');
    expect(cleanName(d, 'NATO Secretary General', false)).toBe('NATO Secretary General');
  });

  it('should drop "Shares of" before the company whose stock a market report opens with', () => {
    expect(cleanName(d, 'Shares of Sorrento Therapeutics', true)).toBe('Sorrento Therapeutics');
    expect(cleanName(d, 'Bank of America', true)).toBe('Bank of America');
  });

  it('should drop an ordinary word glued to a name by the capital of the sentence', () => {
    expect(cleanName(d, 'Rival Hillary Clinton', true)).toBe('Hillary Clinton');
    expect(cleanName(d, 'Year Barack Obama', true)).toBe('Barack Obama');
    expect(cleanName(d, 'Responded Trump', true)).toBe('Trump');
    expect(cleanName(d, 'April Trump', true)).toBe('Trump');
  });

  it('should drop a hyphenated age, title or verb form before a name, not a hyphenated name (recovery-2020)', () => {
    expect(cleanName(d, 'Four-year-old Amina Malloy', false)).toBe('Amina Malloy');
    expect(cleanName(d, 'Co-founder Jeffrey Katzenberg', true)).toBe('Jeffrey Katzenberg');
    expect(cleanName(d, 'Tony Award-nominee Judy Kuhn', false)).toBe('Judy Kuhn');
    expect(cleanName(d, 'Fact-checking Donald Trump', true)).toBe('Donald Trump');
    expect(cleanName(d, 'Jean-Luc Picard', true)).toBe('Jean-Luc Picard');
    expect(cleanName(d, 'Sandra Santos-Vizcaino', true)).toBe('Sandra Santos-Vizcaino');
  });

  it('should keep a name that does not open its sentence, or whose first word the article never writes in lowercase', () => {
    expect(cleanName(d, 'Rival Hillary Clinton', false)).toBe('Rival Hillary Clinton');
    expect(cleanName(d, 'Bill Clinton', true)).toBe('Bill Clinton');
  });

  it('should drop a speech verb inverted before a name and a place-born description, even where the article never writes them in lowercase', () => {
    const plain = doc('Nothing else here.');
    expect(cleanName(plain, 'Responded Trump', true)).toBe('Trump');
    expect(cleanName(plain, 'Added Nancy Pelosi', true)).toBe('Nancy Pelosi');
    expect(cleanName(plain, 'Alabama-born Jason Isbell', false)).toBe('Jason Isbell');
    expect(cleanName(plain, 'Ted Cruz', true)).toBe('Ted Cruz');
    expect(cleanName(plain, 'Pete Kiehart Pete Kiehart', false)).toBe('Pete Kiehart');
    expect(cleanName(plain, 'Obituaries Read', false)).toBe('Obituaries');
    expect(cleanName(doc('The talks fell behind schedule.'), 'Behind China', true)).toBe('China');
  });

  it('should drop a verb form in -ing or -ed or an adjective of rank opening a headline, but not a given name that ends so', () => {
    const plain = doc('Nothing else here.');
    expect(cleanName(plain, 'Understated Perez', true)).toBe('Perez');
    expect(cleanName(plain, 'Entrusting Donald Trump', true)).toBe('Donald Trump');
    expect(cleanName(plain, 'Irving Berlin', true)).toBe('Irving Berlin');
    expect(cleanName(plain, 'Mildred Lee', true)).toBe('Mildred Lee');
    expect(cleanName(plain, 'Understated Perez', false)).toBe('Understated Perez');
    expect(cleanName(plain, 'Top Clinton', true)).toBe('Clinton');
    expect(cleanName(plain, 'Former Republican', true)).toBe('Republican');
  });

  it('should drop a day written after a name', () => {
    expect(cleanName(d, 'CNN Tuesday', false)).toBe('CNN');
    // recovery-2020: a headline's hyphenated verb form ("Fact-checking Donald Trump's claims") is no part of the name.
    expect(cleanName(d, 'Fact-checking Donald Trump', true)).toBe('Donald Trump');
  });
});

describe('readName', () => {
  const d = doc('The media and voters said little, having won. Having won, he left.');
  const never = () => false;

  it('should read "Ever" opening "Ever since ..." as no speaker', () => {
    expect(readName(doc('Ever since she endorsed him, Ms. Warren has campaigned harder than ever.'), 'Ever', true, () => false)).toBe(
      'none',
    );
  });

  it('should read days, headings and function words as no speaker', () => {
    expect(readName(d, 'Tuesday', false, never)).toBe('none');
    expect(readName(d, 'RED STATES OUTNUMBER BLUE STATES', false, never)).toBe('none');
    expect(readName(d, 'Having', true, never)).toBe('none');
    // "One of the men, Jessie Elkins, ...": a number opening its sentence.
    expect(readName(doc('One of the men left. He had one.'), 'One', true, never)).toBe('none');
  });

  it('should read a pronoun contracted with its verb ("We’ve", "I\'d", "She\'ll") as no speaker', () => {
    // recovery-2020: "We’ve", "I’m", "I’ll" and "She'll" had been the names of bodies and people quoted (8 articles).
    for (const word of ['We’ve', "I'd", "She'll", 'They’re']) expect(readName(d, word, true, never)).toBe('none');
    expect(readName(d, 'Weaver', true, never)).toBe('name');
  });

  it('should read a sentence adverb, "Thanks" or a pronoun as no speaker even where the article never writes it in lowercase', () => {
    // recovery-2020: "Sometimes she closed her eyes" (6 quotes of one article), "Thanks as always for reading" (a
    // newsletter's sign-off, in 11 articles), "David Plotz and I are writing".
    const plain = doc('Sometimes she closed her eyes. Thanks as always for reading. David Plotz and I are writing.');
    expect(readName(plain, 'Sometimes', true, never)).toBe('none');
    expect(readName(plain, 'Thanks', true, never)).toBe('none');
    expect(readName(plain, 'I', false, never)).toBe('none');
    // "US" in capitals is the country, not "us".
    expect(readName(plain, 'US', false, never)).toBe('name');
  });

  it('should read an ordinary noun opening its sentence as a description, unless the article names it in full', () => {
    expect(readName(d, 'Voters', true, never)).toBe('description');
    expect(readName(d, 'Media', true, () => true)).toBe('name');
    expect(readName(d, 'Voters', false, never)).toBe('name');
  });

  it('should not make a day of the week a speaker (regression: "Friday" spoke for a skywriting plane)', () => {
    const { quotes, sources } = parseArticle('Dan Smith watched the planes. "America is great," Friday said.', {
      ingestedAt: '2024-01-01T00:00:00Z',
    });
    expect(quotes.map((q) => q.text)).toEqual(['"America is great,"']);
    expect(sources.map((s) => s.name)).not.toContain('Friday');
  });

  it('should read a stock ticker or a lone capital letter as no name (reuters-21578: "RTRS.L", "P")', () => {
    const d = doc('Reuters Holdings Plc <RTRS.L> said profits rose.');
    expect(readName(d, 'RTRS.L', false, () => false)).toBe('none');
    expect(readName(d, 'P', false, () => false)).toBe('none');
    expect(readName(d, 'Reuters', false, () => false)).toBe('name');
  });

  it('should read a plural for people opening a sentence as a description ("Regulators say"), not a body', () => {
    // reuters-21578, recovery-2020: "Operators", "Growers", "Underwriters", "Defenders" had been organizations (about 30
    // claims); "Allis-Chalmers" and a surname written in full before stay names.
    expect(attributed('Regulators say the rule will stand.')).toEqual({
      quotes: [[15, 34, 'Regulators', 'Regulators']],
      kinds: ['anonymous'],
    });
    expect(attributed('Allis-Chalmers said it would sell the unit.').kinds).toEqual(['organization']);
    expect(attributed('Bernie Sanders spoke on Monday. Sanders said the bill would fail.').kinds).toEqual(['person']);
  });

  it('should read an answer opening a sentence as no one\'s name ("Most haven’t, right? Right?")', () => {
    // recovery-2020 (Chicago Sun-Times, 2020-05): "Right" had been a source of its own, speaking the quotation after it.
    const { sources } = parseArticle(
      'I\u2019m all for moving forward. Yoder wouldn\u2019t reveal what percentage of people they\u2019ve tested had been exposed \u2014 trade secret \u2014 but I persisted. Most haven\u2019t, right? Right?\n\n\u201cThe majority of people were not exposed,\u201d she allowed.',
      { ingestedAt: INGESTED_AT },
    );
    expect(sources.map((s) => s.name)).not.toContain('Right');
  });
});
