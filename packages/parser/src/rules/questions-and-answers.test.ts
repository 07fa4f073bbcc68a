import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, expectQuotes } from '../test-helpers';

/** After PolNeAR (Politico, 2016-02-19): a Q&A whose answers run on in unlabelled paragraphs. */
const BIDEN = [
  'Q&A with Vice President Joe Biden.',
  'Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota. Biden complained about the dour tone of the primary. Here is the edited transcript of the interview.',
  'Q: You’ve been talking about how the country is on the upswing, but the candidates are talking doom and gloom.',
  'A: It’s a big mistake. Everybody’s making it.',
  'Are there problems? Yeah. My staff told me not to make that speech at Davos. What we should be doing is what Barack and I have been doing.',
  'Q: What about the Senate?',
  'A: I think they will come around.',
].join('\n\n');

describe('questionsAndAnswers', () => {
  it('should give each answer and the paragraphs continuing it to the person interviewed, around what they report', () => {
    const result = expectQuotes(BIDEN, [
      { text: 'It’s a big mistake. Everybody’s making it', speaker: 'A', source: 'Joe Biden', kind: 'direct' },
      { text: 'Are there problems? Yeah', speaker: 'A', source: 'Joe Biden' },
      { text: 'not to make that speech at Davos', source: 'My staff', cue: 'told' },
      { text: 'What we should be doing is what Barack and I have been doing', speaker: 'A', source: 'Joe Biden' },
      { text: 'I think they will come around', speaker: 'A', source: 'Joe Biden' },
    ]);
    const answer = BIDEN.indexOf('A: It’s');
    expect(result.quotes[0]?.speaker).toMatchObject({ start: answer, end: answer + 1 });
    expect(result.quotes[0]?.span).toEqual({ start: answer + 3, end: answer + 44 });
  });

  it('should leave the questions out, and a Q&A that names no one in its opening', () => {
    const result = parseArticle(BIDEN, { ingestedAt: INGESTED_AT });
    expect(result.quotes.map((q) => q.text).join(' ')).not.toContain('What about the Senate?');
    const anonymous = ['Questions and answers have been edited for length.', ...BIDEN.split('\n\n').slice(2)].join('\n\n');
    expect(parseArticle(anonymous, { ingestedAt: INGESTED_AT }).quotes.map((q) => q.cue?.text)).toEqual(['told']);
  });
});
