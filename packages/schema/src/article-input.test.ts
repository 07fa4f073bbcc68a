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
    expect(firstMessage({ text: 'x', url: '/story' })).toBe(
      'url must be an absolute URL such as https://example.com/story (http or https only)',
    );
  });

  // Regression: javascript: article URLs were stored, and the dashboard links the article to its url.
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com/story'])(
    'should refuse the url %s: only http(s) is a link to an article',
    (url) => {
      expect(firstMessage({ text: 'x', url })).toBe('url must be an absolute URL such as https://example.com/story (http or https only)');
    },
  );

  it('should refuse a url holding a NUL character', () => {
    expect(firstMessage({ text: 'x', url: 'https://example.com/\u0000' })).toMatch(/^url holds a NUL character/);
  });

  // PostgreSQL refuses NUL in text, and a lone surrogate has no UTF-8 form: pasted text is cleaned of them.
  it('should clean NUL characters and lone surrogates out of text, title, outlet and authors', () => {
    const parsed = ArticleInputSchema.parse({
      text: 'Peskov\u0000 said \uD83D "yes".',
      title: 'Talks\u0000',
      outlet: '\uDE00Reuters',
      authors: ['Guy\u0000 Faulconbridge'],
    });
    expect(parsed).toEqual({ text: 'Peskov said \uFFFD "yes".', title: 'Talks', outlet: '\uFFFDReuters', authors: ['Guy Faulconbridge'] });
  });

  it('should call text of NUL characters only empty', () => {
    expect(firstMessage({ text: '\u0000\u0000' })).toBe('text is empty: paste the article body');
  });

  it('should refuse a date that is not ISO', () => {
    expect(firstMessage({ text: 'x', publishedAt: '24/05/2024' })).toBe('expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z');
  });
});

describe('IsoDateInputSchema in ArticleInputSchema', () => {
  // Regression: year 0000 passed the ISO check and PostgreSQL refused it with a 500.
  it('should refuse a year PostgreSQL or toISOString cannot carry', () => {
    expect(firstMessage({ text: 'x', publishedAt: '0000-01-01' })).toBe(
      'expected a date between the years 1000 and 9999, such as 2024-05-24',
    );
    expect(firstMessage({ text: 'x', publishedAt: '9999-12-31T23:59:59-14:00' })).toBe(
      'expected a date between the years 1000 and 9999, such as 2024-05-24',
    );
  });

  it('should read a null publishedAt as an unknown date, as corpora exported with every field write it', () => {
    const parsed = ArticleInputSchema.parse({ text: 'Body.', publishedAt: null });
    expect(parsed.publishedAt).toBeUndefined();
    expect('publishedAt' in parsed && parsed.publishedAt !== undefined).toBe(false);
  });
});
