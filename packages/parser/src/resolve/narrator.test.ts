import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT } from '../test-helpers';

/** The quotes of `text`, written by `authors`, as [start, end, the speaker's words, the source's name]. */
function quotesBy(text: string, authors: string[]): [number, number, string | undefined, string | undefined][] {
  const result = parseArticle(text, { ingestedAt: INGESTED_AT, authors });
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.quotes.map((q) => [q.span.start, q.span.end, q.speaker?.text, names.get(q.sourceId ?? '')]);
}

describe('narrator', () => {
  // recovery-2020 (Chicago Sun-Times, 2020-04, by Lynn Sweet): the columnist's "I asked Fratella ..." had been Fratella's.
  const column =
    '“The other part of me was interested just to see what [Trump] would do,” Fratella said.\n\nI asked Fratella when he realized Trump was going too far.\n\n“I think it was kind of a slow build.';

  it('should give an "I" outside quotations to the article\'s one author, and the answer to its question to the one asked', () => {
    expect(quotesBy(column, ['Lynn Sweet'])).toEqual([
      [0, 72, 'Fratella', 'Fratella'],
      [97, 146, 'I', 'Lynn Sweet'],
      // The quotation after the writer's question is the answer of whoever spoke before it.
      [149, 186, undefined, 'Fratella'],
    ]);
  });

  it('should leave the "I" to the pronoun\'s reading with no author, several, or in a transcript', () => {
    expect(quotesBy(column, [])[1]).toEqual([97, 146, 'I', 'Fratella']);
    expect(quotesBy(column, ['Lynn Sweet', 'Ann Smith'])[1]).toEqual([97, 146, 'I', 'Fratella']);
    // recovery-2020 (60 Minutes, by Lesley Stahl): the "I" of a labelled turn is its speaker's.
    const transcript =
      'Lesley Stahl: So I\'ve come to you. What do you advise me to do?\n\nRobert Serio: First thing I would do, ask you if you were married. And if your answer is yes, I would say, "Then you need to form a husband and wife partnership."';
    expect(quotesBy(transcript, ['Lesley Stahl']).map((q) => q[3])).not.toContain('Lesley Stahl');
  });

  it('should give an "I" in a transcript\'s turn to the turn\'s label, not the last person named ("Robert Serio: ... I might ask you")', () => {
    // recovery-2020 (recovery-0394, CBS "60 Minutes"): the quotations Serio says he would ask had been Lesley Stahl's.
    const text =
      'Robert Serio: I would say to that one person he needs to come and see me. Because he\'s not running a very economical farming operation.\n\n\n\nLesley Stahl: So I\'ve come to you. What are you-- what do you do? What do you advise me to do?\n\n\n\nRobert Serio: First thing I would do, ask you if you were married. And if your answer is yes, I would say, "Then you need to form a husband and wife partnership." That would be my first advice. Secondly, if you\'re even bigger than that, I might ask you, "Do you have any children who are working\' on the farm?"';
    expect(quotesBy(text, [])).toEqual([
      [14, 72, 'Robert Serio', 'Robert Serio'],
      [153, 233, 'Lesley Stahl', 'Lesley Stahl'],
      [344, 399, 'I', 'Robert Serio'],
      [491, 547, 'I', 'Robert Serio'],
    ]);
  });

  it('should give the writer a quotation of the writer\'s own past words that nests single marks ("the ‘heroes’ of 9/11")', () => {
    // recovery-2020 (recovery-1202): the nested ‘heroes’ had left a quotation open, and "I wrote" had gone to John Kerry.
    const text =
      'On the 10th anniversary of 9/11, I wrote that the day was commemorated with Stealth fighter jets flying over football stadiums and overheated praise of the armed forces. “There was a lot of talk about the ‘heroes’ of 9/11 but not much about who these heroes actually were,” I wrote. “What 9/11 stands for, if anything, continues to be open to debate.”';
    expect(quotesBy(text, ['Mitchell Nathanson']).map((q) => q[3])).toEqual([
      'Mitchell Nathanson',
      'Mitchell Nathanson',
      'Mitchell Nathanson',
    ]);
  });
});
