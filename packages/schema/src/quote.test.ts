import { describe, expect, it } from 'vitest';
import { QuoteSchema, type Quote } from './quote';

const valid: Quote = {
  id: 'q1',
  articleId: 'a1',
  sourceId: 's1',
  text: 'open to dialogue',
  span: { start: 10, end: 26 },
  kind: 'mixed',
  cue: { text: 'said', lemma: 'say', start: 4, end: 8 },
  speaker: { text: 'Peskov', start: 0, end: 6 },
  viaSourceId: null,
  confidence: 0.9,
  time: { at: '2024-05-24T00:00:00.000Z', basis: 'published' },
};

function messages(value: unknown): string[] {
  const result = QuoteSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('QuoteSchema', () => {
  it('should accept a complete quote', () => {
    expect(QuoteSchema.parse(valid)).toEqual(valid);
  });

  it('should reject a span whose end comes before its start, saying how spans work', () => {
    expect(messages({ ...valid, span: { start: 26, end: 10 } })).toEqual([
      'span.end: end must not come before start: spans are [start, end) into Article.text',
    ]);
  });

  it('should reject an unknown kind and list the kinds it takes', () => {
    const [message] = messages({ ...valid, kind: 'rumour' });
    expect(message).toMatch(/^kind: .*"direct"\|"indirect"\|"mixed"/);
  });

  it('should reject a timeline time without its basis', () => {
    const [message] = messages({ ...valid, time: { at: '2024-05-24T00:00:00Z' } });
    expect(message).toMatch(/^time\.basis: /);
  });

  it('should reject a time that is not ISO 8601', () => {
    expect(messages({ ...valid, time: { at: 'last Tuesday', basis: 'published' } })).toEqual([
      'time.at: expected an ISO 8601 date-time such as 2024-05-24T09:30:00Z',
    ]);
  });

  it('should reject empty quote text', () => {
    expect(messages({ ...valid, text: '' })).toEqual(['text: a quote needs text: the words attributed to the speaker']);
  });
});
