import { describe, expect, it } from 'vitest';
import { expectNoQuotes, expectQuotes } from '../test-helpers';

describe('continuation', () => {
  it('should give a paragraph-long quote with no cue to the speaker before it', () => {
    expectQuotes(
      '"I thought it was time to write to the police," Lonechild said.\n\n"And if so, could they explain to us what the timeline is."',
      [
        { text: '"I thought it was time to write to the police,"', source: 'Lonechild' },
        { text: '"And if so, could they explain to us what the timeline is."', source: 'Lonechild', cue: null, speaker: null },
      ],
    );
  });

  it('should continue a quote that runs over several paragraphs', () => {
    expectQuotes('Dmitry Peskov said: "We are open to dialogue.\n\n"But we will not accept these terms."', [
      { text: '"We are open to dialogue.', source: 'Dmitry Peskov', cue: 'said' },
      { text: '"But we will not accept these terms."', source: 'Dmitry Peskov', cue: null },
    ]);
  });

  it('should not take short quoted words in the middle of a sentence', () => {
    expectNoQuotes('The band played "Stand By Me" and left.\n\nFans remember the "best night" of the year in the city.');
  });

  it('should give a quotation after "X fired back forcefully:" to X, not to the speaker before it (PolNeAR, Politico)', () => {
    const result = expectQuotes(
      'Rubio had a strong moment in the debate’s second hour.\n\nWhen Trump suggested that Cuba would sue the U.S. for reneging on the Obama administration’s deal, Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose,” referencing the large number of Cuban immigrants in the region.',
      [
        { text: 'that Cuba would sue the U.S. for reneging on the Obama administration’s deal', source: 'Trump', cue: 'suggested' },
        // ("fired back" is a cue of its own since 0.5.265: the direct-quote rule takes it before the continuation.)
        { text: '“If they sue us in a court in Miami, they’re going to lose,”', speaker: 'Rubio', source: 'Rubio', cue: 'fired' },
      ],
    );
    expect(result.quotes.map((q) => [q.span.start, q.speaker?.start])).toEqual([
      [77, 61],
      [184, 155],
    ]);
  });

  it("should take the name set between commas before the cue of a colon's sentence, past a quoted show name", () => {
    // recovery-2020 (recovery-0995): "the Royal College of Nursing’s general" had been the subject, resolved to "Customs".
    const text =
      'At a briefing, he said that masks did not have to be changed after each patient.\nBut the Royal College of Nursing’s general secretary, Donna Kinnair, told BBC’s “Breakfast” show: “I take offense, actually, that we are saying that health care workers are abusing P.P.E.”';
    expectQuotes(text, [
      { text: 'that masks did not have to be changed after each patient', speaker: 'he' },
      {
        text: '“I take offense, actually, that we are saying that health care workers are abusing P.P.E.”',
        speaker: 'Donna Kinnair',
        source: 'Donna Kinnair',
      },
    ]);
  });

  it('should go on after an attribution ending in a state\'s abbreviation ("in Santa Monica, Calif.") or before an ellipsis (PolNeAR, Washington Post)', () => {
    // The tokenizer keeps "Calif." and "Ill." whole, so no stop token ended the sentence and the next quotation
    // opened none: it had been no claim at all.
    const briggs = expectQuotes(
      '"They\'d be wrong," Michael Briggs, a spokesman for Sanders, said in an interview Sunday in Santa Monica, Calif. "The reality is this is going to the convention."',
      [
        { text: '"They\'d be wrong,"', source: 'Michael Briggs', cue: 'said' },
        { text: '"The reality is this is going to the convention."', source: 'Michael Briggs', cue: null },
      ],
    );
    expect(briggs.quotes.map((q) => [q.span.start, q.span.end])).toEqual([
      [0, 18],
      [112, 161],
    ]);
    const magel = expectQuotes(
      '"He talks off the cuff all the time - is he going to remember everything? No," said David Magel, 53, who lives in the Chicago suburbs and flew to a Trump rally Monday in Springfield, Ill. ". . . I just want somebody who speaks like we do."',
      [
        { text: '"He talks off the cuff all the time - is he going to remember everything? No,"', source: 'David Magel', cue: 'said' },
        { text: '". . . I just want somebody who speaks like we do."', source: 'David Magel', cue: null },
      ],
    );
    expect(magel.quotes[1]?.span).toEqual({ start: 188, end: 239 });
  });

  it("should take a quoted sentence whose stop sits inside a nested quotation's mark (PolNeAR, Washington Post)", () => {
    const result = expectQuotes('"I was, like, shocked," said Haines, 44. "I kept on arguing, saying, \'Yes I am; I was adopted.\'"', [
      { text: '"I was, like, shocked,"', source: 'Haines', cue: 'said' },
      { text: '"I kept on arguing, saying, \'Yes I am; I was adopted.\'"', source: 'Haines', cue: null },
    ]);
    expect(result.quotes[1]?.span).toEqual({ start: 41, end: 96 });
  });
});
