import { describe, expect, it } from 'vitest';
import { attributed } from '../test-helpers';

describe('pronouns', () => {
  it('should take no gender from the "his" of a relative set in apposition ("Patterson, his longtime girlfriend,")', () => {
    // recovery-2020 (recovery-1181): "his" had made Patterson a man, and "She added" went to no one.
    const text =
      '"People don’t really understand how serious this is until they know somebody who\'s going through it," said Rebecca Patterson, Wilkins\' longtime girlfriend. "It\'s only a matter of time before everyone in the country knows someone."\n\nShe added, "I don’t know what the solution is, but I don’t think hurrying to open things up is it."\n\nOn April 4, he texted Patterson, his longtime girlfriend, to tell her he felt "much better." Two hours later, Wilkins was rushed to the hospital, unresponsive, and immediately placed on a ventilator.\n\n"It just escalated so quickly," Patterson said.';
    expect(attributed(text).quotes.map(([start, end, , name]) => [start, end, name])).toEqual([
      [0, 101, 'Rebecca Patterson'],
      [156, 230, 'Rebecca Patterson'],
      [243, 331, 'Rebecca Patterson'],
      [534, 565, 'Rebecca Patterson'],
    ]);
  });

  it('should take "they" for the plural subject of the sentence before, before whoever spoke last', () => {
    // recovery-2020 (2020-04): "they responded" had been "one researcher" (and with no one unnamed, the White House).
    expect(
      attributed(
        'In AIDS patients, cyclosporine had the paradoxical effect of increasing white-blood-cell counts; patients underwent a “spectacular improvement,” one researcher said. The announcement was based upon results from only two patients, however, and these patients had begun treatment only one week earlier. The scientists were widely criticized at the time for flouting the norms of biomedical research to report such limited data. “Given the strength of our hypotheses,” they responded, “we believe that, ethically, we could not continue to keep our results a secret just to respect the usual laws of scientific conduct.”',
      ),
    ).toEqual({
      quotes: [
        [97, 144, 'one researcher', 'one researcher'],
        [426, 616, 'they', 'scientists'],
      ],
      kinds: ['anonymous', 'anonymous'],
    });
  });

  it('should not take "they" for one unnamed person', () => {
    // recovery-2020 (2020-05): "they concluded" had been "a representative from Stanford".
    expect(
      attributed(
        "Neeleman denied that influenced the study's process or results, and a representative from Stanford said the university was reviewing the complaint, according to Buzzfeed.\n\nThe study was cited as evidence that coronavirus fears were exaggerated, and the death rate was closer to the flu\n\nThe preprint from Stanford University researchers found that the number of coronavirus infections in Santa Clara, California was up to 85 times higher than previously estimated. Based on the results of testing 3,300 residents of Santa Clara, they concluded that between 2.5% and 4.2% of Santa Clara County residents would have antibodies for the virus",
      ).quotes,
    ).toEqual([
      [104, 146, 'a representative', 'a representative'],
      [544, 638, 'they', 'preprint from Stanford University researchers'],
    ]);
  });

  it('should keep an unnamed spokesman for a participle that goes on with his "he said"', () => {
    // reuters-21578 (1987-02): "noting that ..." had no speaker once the Federal Reserve was no longer taken for a person.
    expect(
      attributed(
        'A Federal Reserve spokesman told a press briefing that\nthere were no large single day net misses in the Fed\'s reserve\nprojections in the week to Wednesday.\n    He said that natural float had been "acting a bit\nstrangely" for this time of year, noting that there had been\npoor weather during the latest week.',
      ),
    ).toEqual({
      quotes: [
        [50, 154, 'A Federal Reserve spokesman', 'A Federal Reserve spokesman'],
        [168, 242, 'He', 'A Federal Reserve spokesman'],
        [251, 306, 'He', 'A Federal Reserve spokesman'],
      ],
      kinds: ['anonymous'],
    });
  });

  it('should take a description set after a person\'s name for that person ("Mike Kazmierski, the organization\'s CEO said")', () => {
    // recovery-2020 (2020-05): "the organization's CEO" had been Noel Seeburg, a realtor quoted before.
    expect(
      attributed(
        "In Nevada — home to beautiful Lake Tahoe and bustling Reno — the government-backed Economic Development Authority of Western Nevada (EDAWN) is actively developing a new program in response to coronavirus to try and attract new remote workers to the state, Mike Kazmierski, the organization's CEO said, to be rolled out after the lockdowns lift.",
      ).quotes.at(-1),
    ).toEqual([302, 343, "the organization's CEO", 'Mike Kazmierski']);
  });

  it('should keep "<name>’s mother" someone unnamed, not the person in focus', () => {
    // recovery-2020 (2020-04): it had been "Upper Marlboro", a town in the obituary's heading read as a person.
    expect(
      attributed(
        'Leilani Margurite Jordan, 27\n\nUpper Marlboro, April 1\n\nLeilani Margurite Jordan’s mother called her “Butterfly,” for her love of butterflies.',
      ),
    ).toEqual({
      quotes: [[66, 110, 'Leilani Margurite Jordan’s mother', 'Leilani Margurite Jordan’s mother']],
      kinds: ['anonymous'],
    });
  });

  it('should give "He said" to the unnamed speaker before, not to the news agency that relays it', () => {
    // reuters-21578 (reuters-13790): once INA read as a news agency, relaying the commander, it had stood last and left
    // "He" no one.
    const text =
      'Iraq said today it repelled an Iranian assault near its\nsouthern port of Basra last night, inflicting thousands of\ncasualties on the attackers.\n    An Iraqi field commander told a correspondent of the\nofficial Iraqi news agency INA that four Iranian divisions were\ndestroyed in the fighting. He said "Our forces are still engaged\nin repelling the enemy offensive."';
    expect(attributed(text)).toEqual({
      quotes: [
        [16, 142, 'Iraq', 'Iraq'],
        [232, 290, 'An Iraqi field commander', 'An Iraqi field commander'],
        [300, 364, 'He', 'An Iraqi field commander'],
      ],
      kinds: ['organization', 'anonymous', 'media'],
    });
  });

  it('should take a one-word name whose claim a quotation closed by "he" follows for a person ("Wu admitted ...")', () => {
    // recovery-2020 (recovery-0180): "Wu", never named in full, had been a body, and "he told me" no one.
    const text =
      'Read: China hawks are calling the coronavirus a ‘wake-up call’\n\nWu admitted it was highly unlikely that Taiwan would be able to attend the WHA meeting, which begins Monday. “The World Health Organization, especially the secretariat … seems to have very close connections with the Chinese authorities,” he told me.';
    expect(attributed(text)).toEqual({
      quotes: [
        [99, 171, 'Wu', 'Wu'],
        [173, 301, 'he', 'Wu'],
      ],
      kinds: ['person'],
    });
    // (Not a body's verb that says nothing: "Allied-Lyons maintains control", reuters-21578, which had been a claim too,
    // "control of ... and has" read as a clause.)
    expect(
      attributed(
        'Allied-Lyons maintains control of the board and has total responsibility for its management. "We cannot contemplate giving up our control," he said.',
      ),
    ).toEqual({ quotes: [[93, 139, 'he', undefined]], kinds: [] });
  });

  it('should keep giving "he" to the body a spokesman spoke for, past the first "He said"', () => {
    // reuters-21578 (reuters-16396): the second and third "he said" had been no one's (30 claims of the corpus so).
    const sugar =
      "TAIPEI, June 16 - Taiwan's target for sugar production in\nthe 1987/88 season (November/May) has been set at 600,000\ntonnes, up from the 479,200 tonnes harvested in 1986/87, a\nspokesman for the state-owned Taiwan Sugar Corp told Reuters.\n    He said the increase was to meet rising local consumption,\nestimated at about 500,000 tonnes in calendar 1988 against\n470,000 tonnes in 1987. Taiwan would have a surplus for export\nof about 100,000 tonnes in 1988, he said.\n    In 1987 Taiwan would have no exportable sugar for the first\ntime in 40 years because of typhoon damage to more than 6,000\nhectares of canefield in 1986, he said.\n REUTER";
    expect(attributed(sugar).quotes.map((q) => q[3])).toEqual([
      'Taiwan Sugar Corp',
      'Taiwan Sugar Corp',
      'Taiwan Sugar Corp',
      'Taiwan Sugar Corp',
    ]);
    // (reuters-16113: "the spokeswoman", resolved to the firm, then "She said".)
    const firm =
      "NEW YORK, June 2 - The stock of HF Ahmanson and Co fell\nsharply after analyst Robert Hottensen of Goldman Sachs and Co\ncut his earnings estimates of the savings and loan, traders\nsaid.\n    Ahmanson's stock fell 1-1/8 to 20-1/8 in active trading.\n    Hottensen was unavailable for comment, but a spokeswoman\nfor Goldman Sachs said the reason for the reduction in earnings\nestimates is the decline in demand for mortgage loans as\ninterest rates move higher. Mortgage rates moved to double\ndigits in april for the first time since last summer.\n    The Goldman spokeswoman said that sales of adjustable rate\nmortgages was a significant factor in Hottensen's original\nearnings estimates.\n    Last year, when the company's net income was 3.22 dlrs a\nshare, Ahmanson generated more than half of its 541 mln dlrs of\npretax income from gains on loan sales, the spokeswoman said.\n    She said the reduction in earnings estimates to 2.60 dlrs a\nshare in 1987 from a previous estimate of 3.30 dlrs, reflects\nless optimism with the mortgage loan environment.";
    expect(attributed(firm).quotes.map((q) => [q[2], q[3]])).toEqual([
      ['traders', 'traders'],
      ['Goldman Sachs', 'Goldman Sachs'],
      ['The Goldman spokeswoman', 'Goldman Sachs'],
      ['the spokeswoman', 'Goldman Sachs'],
      ['She', 'Goldman Sachs'],
    ]);
  });
});
