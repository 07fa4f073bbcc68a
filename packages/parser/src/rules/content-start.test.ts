import { describe, expect, it } from 'vitest';
import { attributed } from '../test-helpers';
import { tokenize } from '../tokens';
import { contentStart } from './content-start';

function start(sentence: string, cue: string, lemma: string): string | null {
  const tokens = tokenize(sentence, 0, sentence.length);
  const k = tokens.findIndex((t) => t.text === cue);
  const i = contentStart(tokens, k, tokens.length, lemma);
  return i === null ? null : sentence.slice(tokens[i]?.start);
}

describe('contentStart', () => {
  it('should start at "that"', () => {
    expect(start('Peskov said on Tuesday that talks were possible.', 'said', 'say')).toBe('that talks were possible.');
  });

  it('should skip the hearer of "told"', () => {
    expect(start('Blinken told reporters he did not believe it.', 'told', 'tell')).toBe('he did not believe it.');
    expect(start('Fritz told The Canadian Press by email the golfer was sore.', 'told', 'tell')).toBe('the golfer was sore.');
  });

  it('should skip a gathering that heard it ("told a news conference the government should")', () => {
    // reuters-21578 (reuters-12163 and about 40 more): the content had opened with "news conference the government".
    expect(start('Saito told a news conference the government should draw up a package.', 'told', 'tell')).toBe(
      'the government should draw up a package.',
    );
    expect(start('He told an investment conference the economy will not sustain growth.', 'told', 'tell')).toBe(
      'the economy will not sustain growth.',
    );
  });

  it('should read a phrase of place or time after the hearer as no content ("told the court in his filing")', () => {
    // PolNeAR (Washington Post, 2016-09-07); reuters-21578 (reuters-18503): the content had been "court in his filing" and
    // "the cabinet on Monday he was worried ...".
    expect(start('Michigan was right, he told the court in his filing.', 'told', 'tell')).toBeNull();
    expect(start('Goria told the cabinet on Monday he was worried about the Gulf.', 'told', 'tell')).toBe('he was worried about the Gulf.');
    // ... unless a verb, "that" or a quotation comes later: then the words after the hearer's noun are read as before.
    expect(start('Tehran warned the U.S. Any interference in the region would meet a strong response.', 'warned', 'warn')).toBe(
      'interference in the region would meet a strong response.',
    );
  });

  it('should skip a phrase of time or place before a clause', () => {
    expect(start('The council stated in July it opposed the pipeline.', 'stated', 'state')).toBe('it opposed the pipeline.');
    expect(start('Desmond said Thursday one of the ideas could save money.', 'said', 'say')).toBe('one of the ideas could save money.');
  });

  it('should skip the rest of a hearer before "to" ("urged the British government to ...")', () => {
    expect(start('Tusk urged the British government to clarify its intentions.', 'urged', 'urge')).toBe('to clarify its intentions.');
  });

  it('should find no content after "said in a statement."', () => {
    expect(start('The ministry said in a statement.', 'said', 'say')).toBeNull();
  });

  it('should read a quantity after "about" or "over" as content, not a topic', () => {
    expect(start('The budget office said about half of the adjustment reflected revenue losses.', 'said', 'say')).toBe(
      'about half of the adjustment reflected revenue losses.',
    );
    expect(start('He said about the war that it was lost.', 'said', 'say')).toBe('that it was lost.');
  });

  it('should read "this" with a verb as a clause, and "this week" as time', () => {
    expect(start('Others say this is just a rough patch.', 'say', 'say')).toBe('this is just a rough patch.');
    expect(start('He said this week the talks had failed.', 'said', 'say')).toBe('the talks had failed.');
  });

  it('should take a quoted label after "called" and the one it names', () => {
    expect(start('Trump called undocumented immigrants from Mexico “rapists” in his speech.', 'called', 'call')).toBe(
      'undocumented immigrants from Mexico “rapists” in his speech.',
    );
    expect(start('The crowd called out “lock her up” all night.', 'called', 'call')).toBeNull();
  });

  it('should skip the hearer of a participle, and a place with its state, up to "that" (USA Today, 2016)', () => {
    expect(start('Kasich ended his campaign, telling supporters in Columbus, Ohio, that he had "renewed faith."', 'telling', 'tell')).toBe(
      'that he had "renewed faith."',
    );
  });

  it('should require a clause after weaker cues', () => {
    expect(start('Carolina added three more goals.', 'added', 'add')).toBeNull();
    expect(start('She added it was too late.', 'added', 'add')).toBe('it was too late.');
  });

  it('should start at "that" after a comma ("He added, that ...")', () => {
    // PolNeAR (Politico, 2016-04-09).
    expect(start('He added, that there’s a strong emphasis on a fair process.', 'added', 'add')).toBe(
      'that there’s a strong emphasis on a fair process.',
    );
  });

  it('should read "said no decision ..." as a negated subject, and "said no to ..." as an answer (reuters-21578)', () => {
    expect(start('American Express said no decision has been reached on the options.', 'said', 'say')).toBe(
      'no decision has been reached on the options.',
    );
    expect(start('The minister said nothing has changed since the vote.', 'said', 'say')).toBe('nothing has changed since the vote.');
    expect(start('She said no to the deal.', 'said', 'say')).toBeNull();
  });

  it('should read a label in the New York Times archive\'s two apostrophes after "called" (PolNeAR)', () => {
    expect(start("Hillary Clinton called it ''predatory.''", 'called', 'call')).toBe("it ''predatory.''");
    expect(start("Mr. Axelrod called the Fox News chief ''brilliant.''", 'called', 'call')).toBe("the Fox News chief ''brilliant.''");
  });

  it('should read a hearer named with the particles of another language past them ("the Jornal do Brasil")', () => {
    // reuters-21578 (reuters-10440): the content had opened at "do Brasil".
    expect(attributed('Penna told the Jornal do Brasil that the state utility was receiving money from the government.').quotes).toEqual([
      [32, 94, 'Penna', 'Penna'],
    ]);
  });

  it('should read a long phrase of medium or occasion up to the "that" past it (recovery-2020, PolNeAR)', () => {
    // recovery-2020 (recovery-1175, recovery-1343) and PolNeAR (Breitbart, 2016-02-20): the claim had been lost, or had
    // opened inside the phrase at "a local CBS affiliate".
    expect(
      start('And she said in an email to the CBS12 television station in West Palm Beach that she faced blowback.', 'said', 'say'),
    ).toBe('that she faced blowback.');
    expect(
      start('Jones said in an email to WPEC, a local CBS affiliate, on Monday that her removal was "not voluntary".', 'said', 'say'),
    ).toBe('that her removal was "not voluntary".');
    expect(
      start(
        'Donald Trump is telling supporters after his victory in the South Carolina Republican primary that “when you win, it’s beautiful.”',
        'telling',
        'tell',
      ),
    ).toBe('that “when you win, it’s beautiful.”');
    expect(
      start('Trump is touting a cautious stance, stating in an interview on Fox News that the economy was weak.', 'stating', 'state'),
    ).toBe('that the economy was weak.');
    // ... not a relative clause on the phrase's noun, nor past a comma that opens the content.
    expect(
      start('The agency warned of a virus in the region of the Pacific coast near the border that kills livestock.', 'warned', 'warn'),
    ).toBeNull();
    expect(
      start(
        'As Business Insider reported earlier this month, four states that have already begun opening up are testing too little.',
        'reported',
        'report',
      ),
    ).toBe('four states that have already begun opening up are testing too little.');
  });

  it('should open the content at a subject pronoun after a cue that may take a hearer ("warned he will press")', () => {
    // reuters-21578 (reuters-8663), PolNeAR (Washington Post, 2016-03-22): "he" and "they" had been read as the hearer,
    // and the claims lost. "Tell" wants its hearer: "she could tell they were spellbound" is seeing (recovery-2020).
    expect(start('Jerry Huckaby, D-La., warned he will press next year for legislation.', 'warned', 'warn')).toBe(
      'he will press next year for legislation.',
    );
    expect(start('Presidential candidates promise they will stand by Israel.', 'promise', 'promise')).toBe('they will stand by Israel.');
    expect(
      attributed('She sat down in her driveway so her students could see them, and she could tell they were spellbound.').quotes,
    ).toEqual([]);
    const text =
      'WASHINGTON, March 25 - A leading U.S. farm-state Congressman, Jerry Huckaby, D-La., warned he will press next year for legislation to control domestic production of sweeteners.';
    expect(attributed(text).quotes).toEqual([[91, 175, 'Jerry Huckaby', 'Jerry Huckaby']]);
  });

  it('should open the content at a determiner right after one adverb ("said afterwards the three men had ...")', () => {
    // reuters-21578 (reuters-17831, reuters-1730 and five more): one adverb was no phrase, and the claim was lost or
    // began past its determiner ("most contentious trade issues were ..."); "said this the ..." stays no clause.
    expect(start('Officials said afterwards the three men had reaffirmed their commitment to the Louvre accord.', 'said', 'say')).toBe(
      'the three men had reaffirmed their commitment to the Louvre accord.',
    );
    expect(start('He said previously the exchange is studying the possibility of a products contract.', 'said', 'say')).toBe(
      'the exchange is studying the possibility of a products contract.',
    );
    expect(
      attributed('Officials said afterwards the three men had reaffirmed their commitment to the Louvre accord on currency stability.')
        .quotes,
    ).toEqual([[26, 114, 'Officials', 'Officials']]);
  });
});
