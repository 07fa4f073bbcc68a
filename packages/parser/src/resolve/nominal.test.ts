import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, attributed, expectQuotes } from '../test-helpers';
import { NOMINAL_REFINERS, headNoun } from './nominal';

describe('resolveNominal', () => {
  it('should take the head noun of a description, the role of a compound', () => {
    expect(headNoun('The former sergeant-at-arms')).toBe('sergeant');
    expect(headNoun("the agency's sources")).toBe('sources');
    expect(headNoun('the Canadian government')).toBe('government');
  });

  it('should run the refiners in order: author of a statement before news outlet, person, body and proper description', () => {
    expect(NOMINAL_REFINERS.map((r) => r.name)).toEqual(['statementAuthor', 'newsOutlet', 'personNoun', 'bodyNoun', 'properDescription']);
  });

  it('should resolve "the company" to the body named before it', () => {
    expectQuotes('Acme Corporation cut 300 jobs on Monday. The company said that sales had fallen.', [
      { text: 'that sales had fallen', speaker: 'The company', source: 'Acme Corporation' },
    ]);
  });

  it('should read a family or lawmakers speaking ("Relatives say") as an anonymous group, not a body named "Relatives"', () => {
    // recovery-2020 (recovery-1297): "Relatives" had been an organization.
    const result = expectQuotes('Tommie Brown and Doris Brown were inseparable. Relatives say their union was marked by a solemn vow.', [
      { text: 'their union was marked by a solemn vow', speaker: 'Relatives', source: 'Relatives' },
    ]);
    expect(result.sources.map((s) => s.kind)).toEqual(['anonymous']);
    // recovery-2020 (recovery-1145): "Lawmakers" had been an organization too.
    const lawmakers = expectQuotes('The vote was close. Lawmakers said the bill would pass.', [
      { text: 'the bill would pass', speaker: 'Lawmakers', source: 'Lawmakers' },
    ]);
    expect(lawmakers.sources.map((s) => s.kind)).toEqual(['anonymous']);
  });

  it('should resolve "the company" to the company that spoke before, not a company it named in its words', () => {
    // reuters-21578 (reuters-7720): "the company" had been Capital Health Care, the company being bought.
    expectQuotes(
      'CYPRESS, Calif., March 23 - PacifiCare Health Systems Inc\nsaid it is in negotiations to acquire Capital Health Care, a\n40,000 member health maintenance organization servicing Salem\nand Corvallis, Ore.\n    The company said it will not disclose terms or other\ndetails of the acquisition until negotiations are completed.',
      [
        {
          text: 'it is in negotiations to acquire Capital Health Care, a 40,000 member health maintenance organization servicing Salem and Corvallis, Ore',
          source: 'PacifiCare Health Systems Inc',
        },
        {
          text: 'it will not disclose terms or other details of the acquisition until negotiations are completed',
          speaker: 'The company',
          source: 'PacifiCare Health Systems Inc',
        },
      ],
    );
  });

  it('should resolve "the Arkansas-based company" to the company named before it, by its trade name, past where it sits', () => {
    // recovery-2020 (Associated Press, April 2020).
    expectQuotes(
      'IOWA CITY, Iowa — Tyson Foods suspended operations Wednesday at an Iowa plant that is critical to the nation’s pork supply.\n\nThe Arkansas-based company said the closure of the plant in Waterloo would deny a vital market to hog farmers.',
      [
        {
          text: 'the closure of the plant in Waterloo would deny a vital market to hog farmers',
          speaker: 'The Arkansas-based company',
          source: 'Tyson Foods',
        },
      ],
    );
  });

  it('should not give "the insurer" to a place named before it', () => {
    // recovery-2020 (Reuters, April 2020): "U.S." is the subject before, and speaks as no company.
    const result = expectQuotes(
      'Major U.S. insurers are offering credit to auto policyholders following a decline in driving.\n\nThe insurer said it would provide $200 million in dividends to personal and auto insurance customers.',
      [{ text: 'it would provide $200 million in dividends to personal and auto insurance customers', speaker: 'The insurer' }],
    );
    expect(result.sources.map((s) => s.name)).not.toContain('U.S.');
  });
  it("should give a document its author, not the person in focus ('the Johns Hopkins tally', 'the board’s numbers')", () => {
    // recovery-2020: "according to the Oxford ... Tracker’s stringency index" had resolved to the columnist quoted before
    // it; "the board’s unofficial numbers" to the official quoted before.
    const text =
      'Drew Harris, a professor, said testing was too slow. The state had 4,000 cases, according to the Johns Hopkins tally. The Illinois State Board of Elections met on Friday. Turnout was low, according to the board’s unofficial numbers.';
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const names = new Map(result.sources.map((s) => [s.id, s.name]));
    expect(result.quotes.map((q) => [q.span, q.speaker?.text, names.get(q.sourceId ?? '')])).toEqual([
      [{ start: 31, end: 51 }, 'Drew Harris', 'Drew Harris'],
      [{ start: 53, end: 78 }, 'the Johns Hopkins tally', 'Johns Hopkins'],
      [{ start: 171, end: 186 }, 'the board’s unofficial numbers', 'Illinois State Board of Elections'],
    ]);
  });

  it('should keep a definite description with no one named before it an unnamed source, not a person called by it', () => {
    // recovery-2020: "the restaurant owner", "the narrator" had been persons of those names, which a store of
    // articles would merge across articles.
    const result = parseArticle('Heading.\n\n“Business is down by half,” the restaurant owner said.', { ingestedAt: INGESTED_AT });
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['restaurant owner', 'anonymous']]);
  });

  it('should take "its website" for the body in focus, not the person last quoted', () => {
    // recovery-2020 (2020-05): it had been Frank Del Rio, the company's chief executive.
    expect(
      attributed(
        'Norwegian Cruise Line Holdings Ltd. is extending its sailing suspension through July 31, with ships now scheduled to resume embarkations in August.\n\n"With the virus continuing to impact communities and ports around the globe, we have made the decision to further suspend cruise voyages across our fleet for all sailings embarking through July 31, 2020," Christine Da Silva, spokesperson for Norwegian, told USA TODAY in an email.\n\nThe suspension was previoulsy extended to last through the end of June after the Centers for Disease Control and Prevention imposed a 100-day no-sail order following outbreaks on ships belonging to multiple cruise lines.\n\nPassengers on three Norwegian ships had symptoms or tested positive after their sailings, the CDC said.\n\nThe no-sail order – which was imposed April 15 – required cruise lines to cancel sailings through July 24. Last week, Disney Cruise Line suspended its sailings past the July 24 expiration date until July 27 and Carnival Cruise Line had previously extended its sailing suspension until Aug. 1.\n\n"Despite this further delay, we remain optimistic and expect to relaunch cruise operations in the near future," Da Silva said. "Given the fluid and evolving nature of the circumstances, we are making decisions as quickly and thoughtfully as possible and, as always, we are keeping our guests’ and travel partners’ best interests at heart."\n\n\'Hygiene is the new luxury\':How cruise ship design could evolve to ward against outbreaks\n\nFrank Del Rio, CEO of Norwegian Cruise Line Holdings Ltd., said during an earnings call Thursday that Norwegian has been planning a phased relaunch.\n\nLast week, he estimated full resumption of operations could take up to six months across Norwegian Cruise Line Holdings\' 28 ships, which are spread across its three brands: flagship Norwegian Cruise Line, Oceania Cruises and Regent Seven Seas Cruises.\n\nBut he expressed that it will take time and require cooperation with government and health authorities – including the CDC.\n\nDel Rio said wants to do "everything humanly possible within the bounds of what technology offers today" to be able to look his family members in the eyes and tell them that Norwegian\'s cruise ships are safe to board.\n\nDel Rio added that ships won\'t operate until that point, and when operations start to resume, it will be a gradual process that takes several months.\n\n"Nothing will be more critical to resuming sustained and profitable long term operations than making cruising the safest option in (the) travel and leisure space and providing cruisers with peace of mind," Del Rio said.\n\nPassengers who had made a reservation on one of Norwegian Cruise Line\'s canceled sailings will receive a 125% or 150% future cruise credit, depending on the date of their trip. They can either use that credit through the end of 2022 or opt for a full refund, according to its website.\n\nContributing: David Oliver',
      ).quotes.at(-1),
    ).toEqual([2780, 2860, 'its website', 'Norwegian Cruise Line']);
  });

  it('should take "the statement" for whoever the text says issued it', () => {
    // recovery-2020 (2020-05): it had been Dr. Yvonne Maldonado, quoted before.
    expect(
      attributed(
        'In response to an inquiry about Swaminathan’s comments, the Center for Disease Control issued a brief statement to ABC News.\n\n"Children can be infected with the virus that causes COVID-19 the same way as adults, and they can infect others if they have it,” the statement reads.',
      ),
    ).toEqual({
      quotes: [[126, 256, 'the statement', 'Center for Disease Control']],
      kinds: ['organization'],
    });
  });

  it('should take "the newspaper" for the paper the text named, and for no person in focus when it named none', () => {
    // reuters-21578 (1987-03, 1987-04): "The newspaper said" had been "NRC Handelsblad" as a person, and with no paper
    // named, Margaret Thatcher.
    expect(
      attributed(
        'AMSTERDAM, March 18 - NV KLM Royal Dutch Airlines <KLM.AS>\nis "absolutely not" negotiating a takeover of U.S. Regional\ncarrier Air Atlanta, a KLM spokeswoman said in a comment on an\narticle in the leading Dutch evening paper NRC Handelsblad.\n    "U.S. Law requires that at least 75 pct of shares in a U.S.\nAirline be owned by American firms or persons," the spokeswoman\nadded.\n    The newspaper said that Air Atlanta, which flies to 11 U.S.\nCities, has a fleet of five Boeing jets with passenger capacity\nof 110 and employs 400 people, is making losses.',
      ).quotes.at(-1),
    ).toEqual([400, 552, 'The newspaper', 'NRC Handelsblad']);
    expect(
      attributed(
        'LONDON, April 3 - British Prime Minister Margaret Thatcher\nhas improved her standing with voters, according to the first\nopinion poll published since her return from the Soviet Union.\n    Thatcher is seeking re-election for a third term and the\nnewspaper said there would now be pressure on her to go for a\nJune or even a May election to capitalise on her Soviet trip.',
      ).quotes.at(-1),
    ).toEqual([260, 367, 'the newspaper', 'newspaper']);
  });

  it('should read a plural in "-men" as a group ("Bankers and businessmen said"), not the person in focus', () => {
    // reuters-21578 (reuters-4743): "businessmen" had been the finance minister named before.
    const text =
      "The four-day conference has been organised by Saudi Arabia's chambers of commerce.\n    Finance Minister Mohammed Ali Abal-Khail and Commerce\nMinister Suleiman Abdulaziz al-Salim will attend the first day.\n    Bankers and businessmen said the conference will air\nproblems facing commerce and industry.";
    expect(attributed(text)).toEqual({ quotes: [[238, 299, 'businessmen', 'businessmen']], kinds: ['anonymous'] });
  });

  it('should take "fellow Democrats" before a surname for its role ("fellow Democrats Madigan and Senate President Don Harmon")', () => {
    // recovery-2020 (recovery-0419): "Democrats Madigan" had been the fullest name of Mike Madigan.
    const text =
      'GOP lawmakers balked at signing a pledge as requested by House Speaker Mike Madigan.\n\nFor weeks, Republicans called for the General Assembly return, but it was only after Pritzker joined that chorus that fellow Democrats Madigan and Senate President Don Harmon agreed.\n\nIn a letter to Durkin, Madigan wrote that he was asking House members to follow “approved precautions” from the Illinois Department of Public Health.';
    expect(attributed(text).quotes.at(-1)).toEqual([307, 418, 'Madigan', 'Mike Madigan']);
  });

  it('should take "The agency" for the news agency the text introduced as one ("the official Iraqi news agency INA")', () => {
    // reuters-21578 (reuters-12267): it had been Iraq, the speaker before; INA, a body, had been no news agency.
    const text =
      "BAGHDAD, April 7 - Iraq said today its troops had killed\nthousands of Iranians in checking a new Tehran offensive on\ntheir southern war front.\n    The official Iraqi news agency INA quoted a correspondent\nin the field as saying Baghdad's forces were pursuing\nretreating Iranian troops.\n    The agency said the al-Ghadeer Brigade of the Iranian\nRevolutionary Guards and the 21st Brigade had been destroyed in\nthe fighting.";
    expect(attributed(text)).toEqual({
      quotes: [
        [35, 141, 'Iraq', 'Iraq'],
        [306, 420, 'The agency', 'INA'],
      ],
      kinds: ['organization', 'media'],
    });
  });

  it('should give the role of a body named in "\'s" to someone whose role names that body, not to the person in focus', () => {
    // recovery-2020 (Associated Press): "Zoll’s top executive" had been President Trump, the person in focus; PolNeAR,
    // reuters-21578: "Cameron’s spokesman", "Lyng's aide" had been Trump and Lyng.
    const zoll =
      'President Donald Trump said the company was helping. The Department of Defense bought a single ventilator from Zoll Medical for $12,260.\n\nZoll’s top executive said his company’s pricing had remained consistent.';
    expect(attributed(zoll)).toEqual({
      quotes: [
        [28, 51, 'President Donald Trump', 'Donald Trump'],
        [164, 209, 'Zoll’s top executive', 'Zoll’s top executive'],
      ],
      kinds: ['person', 'anonymous'],
    });
    // (A surname set right before such a role is the person: "Boxer, Chlupsa's attorney, stated" had been the
    // prosecutor named last.)
    const boxer =
      'Nelson Boxer said the informant lied. In a court filing Monday, Assistant District Attorney Kenneth Moore Jr. agreed the conviction should be vacated.\n\nOn Tuesday, Boxer, Chlupsa\'s attorney, stated, "After a long, hard fight, it\'s a big step towards justice for Henry."';
    expect(attributed(boxer).quotes.at(-1)).toEqual([199, 269, "Chlupsa's attorney", 'Nelson Boxer']);
  });

  it('should take "the commission" and "it" for the unnamed commission introduced before, not the company it is about', () => {
    // reuters-21578 (reuters-16495): once Air Lanka read as an airline, "The commission said" and "It said" had become its.
    const body = 'commission set up to unravel the affairs of debt-ridden Air Lanka';
    expect(
      attributed(
        'COLOMBO, June 18 - A commission set up to unravel the\naffairs of debt-ridden Air Lanka says the airline amassed\nlosses of up to 265 mln U.S. Dlrs.\n    The commission said Air Lanka\'s reports to Jayewardene\n"blurred" its true financial health. It said the airline had\nirretrievably lost its share capital of 3.8 billion rupees.',
      ),
    ).toEqual({
      quotes: [
        [92, 145, 'A commission set up to unravel the affairs of debt-ridden Air Lanka', body],
        [171, 241, 'The commission', body],
        [251, 325, 'It', body],
      ],
      kinds: ['anonymous'],
    });
  });

  it('should keep a country apart from a body named after it ("Burundi", "SOS Medias Burundi")', () => {
    // recovery-2020 (recovery-0166): Burundi's claims had been the press group's, and the group a person.
    expect(
      attributed(
        "Burundi is kicking out the World Health Organization's top official in the country, saying he must leave by Friday.\n\nMore than 145 opposition members have been arrested since campaigning began, according to SOS Medias Burundi, a group of independent journalists.",
      ),
    ).toEqual({
      quotes: [
        [91, 114, 'Burundi', 'Burundi'],
        [117, 192, 'SOS Medias Burundi', 'SOS Medias Burundi'],
      ],
      kinds: ['organization', 'organization'],
    });
  });

  it('should take "the airline" for the airline its own claim names when none was named before, not the company in focus', () => {
    // recovery-2020 (recovery-1003): had been Blackstone's; reuters-21578: "the exchange said", "the association said"
    // after "the Chicago Board Options Exchange", "the National Soybean Processors Association" named in the claim.
    const text =
      'Besieged by the economic tumult created by the coronavirus, the private equity giant Blackstone swung to a loss of $2.6 billion in the first quarter, a steep slide from the same period last year, when the company reported $1.1 billion in profit.Starting Friday, all 25,000 United Airlines flight attendants will be required to wear masks while on duty, the airline said.';
    expect(attributed(text).quotes.at(-1)).toEqual([245, 351, 'the airline', 'United Airlines']);
  });

  it('should give a statement of a people’s government to its country ("a Chadian government statement")', () => {
    // reuters-21578 (reuters-7141): had been a body named "Chadian"; recovery-2020, reuters-21578: "the government" of
    // Slovenia, Bolivia and Sri Lanka had been an anonymous government of each article.
    const text =
      'PARIS, March 20 - Chadian troops killed 384 Libyans and\ncaptured 48 in fighting near the key Libyan air base of Ouadi\nDoum in northern Chad, a Chadian government statement said.';
    expect(attributed(text)).toEqual({
      quotes: [[18, 139, 'a Chadian government statement', 'Chad']],
      kinds: ['organization'],
    });
  });
});
