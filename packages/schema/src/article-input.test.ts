import { describe, expect, it } from 'vitest';
import { ArticleInputSchema, MAX_ARTICLE_CHARS } from './article-input';

function firstMessage(value: unknown): string | undefined {
  const result = ArticleInputSchema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('ArticleInputSchema', () => {
  it('should accept text with optional metadata', () => {
    const input = {
      text: 'Peskov said Russia is "open to dialogue".',
      title: 'Putin is ready to end the war',
      outlet: 'Reuters',
      url: 'https://example.com/story',
      authors: ['Guy Faulconbridge'],
      publishedAt: '2024-05-24',
    };
    expect(ArticleInputSchema.parse(input)).toEqual(input);
  });

  it('should tell the user to paste the body when text is whitespace', () => {
    expect(firstMessage({ text: ' \n\t ' })).toBe('text is empty: paste the article body');
  });

  it('should refuse text over 1 MB and say what to do', () => {
    expect(firstMessage({ text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) })).toMatch(/over the 1 MB limit.*split the article/);
  });

  it('should refuse a relative url with an example of a good one', () => {
    expect(firstMessage({ text: 'x', url: '/story' })).toBe('url must be an absolute URL such as https://example.com/story');
  });

  it('should refuse a date that is not ISO', () => {
    expect(firstMessage({ text: 'x', publishedAt: '24/05/2024' })).toBe('expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z');
  });
});
