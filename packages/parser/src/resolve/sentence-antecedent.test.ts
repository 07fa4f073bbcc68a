import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, expectQuotes } from '../test-helpers';

describe('sentenceAntecedent', () => {
  it('should resolve "he" to the subject of its own clause rather than the person in focus before', () => {
    expectQuotes(
      'Finance Minister Tom Baxter bought the pipeline. Peter Grant wrote a report on it.\n\nThese are generous figures and Baxter was clutching at straws when he said the price was appropriate.',
      [{ text: 'the price was appropriate', speaker: 'he', source: 'Tom Baxter', cue: 'said' }],
    );
  });

  it('should resolve "they" to a plural subject of its own sentence', () => {
    expectQuotes(
      'Chuck Morrow met the press on Monday.\n\nRepublican senators are eager to go home, and they say they will not consider the bill.',
      [{ text: 'they will not consider the bill', speaker: 'they', source: 'Republican senators', cue: 'say' }],
    );
  });

  it('should not take a sentence adverb, a possessive or a place for the subject', () => {
    const text =
      'Dennis Brooks lived in a tent for a year.\n\nMostly, though, he says he was careful with money.\n\nIn a speech in Sackville, N.B., he said he found himself in tears.';
    expectQuotes(text, [
      { text: 'he was careful with money', source: 'Dennis Brooks' },
      { text: 'he found himself in tears', source: 'Dennis Brooks' },
    ]);
  });

  it('should not take a lone sentence-opening word the article never gives as a name', () => {
    expectQuotes('Pamela Smelser answered the phone.\n\nThrough her tears, she said she did not speak English.', [
      { text: 'she did not speak English', speaker: 'she', source: 'Pamela Smelser' },
    ]);
  });

  it('should not take a subject inside the claim, nor one of the other gender', () => {
    const { quotes, sources } = parseArticle('Mary Olsen ran the office.\n\nPeter Grant and some colleagues hid under desks, she said.', {
      ingestedAt: INGESTED_AT,
    });
    expect(quotes.map((q) => sources.find((s) => s.id === q.sourceId)?.name)).toEqual(['Mary Olsen']);
  });
});
