import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, NotAnArticleError, toArticleInput } from './extract-article';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const page = fixture('news-article.html');

describe('extractArticle', () => {
  it('should read the body without navigation, ads, share buttons, caption, sign-up box and related links', () => {
    const { text } = extractArticle(page, 'https://news.example.org/x');
    expect(text.startsWith('Russian dictator Vladimir Putin is ready to start negotiations')).toBe(true);
    expect(text.endsWith('he did not believe Putin was interested in serious negotiations.')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(18);
    for (const clutter of [
      'Advertisement',
      'Share on',
      'Subscribe',
      'Sign up',
      'Related',
      'burger',
      'cookies',
      'Kremlin photo',
      'Skip to content',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(clutter);
    }
  });

  it('should read title, author, date, outlet and canonical link from the meta tags and JSON-LD', () => {
    const { text: _text, ...metadata } = extractArticle(page, 'https://news.example.org/x?utm_source=feed');
    expect(metadata).toEqual({
      title: 'Putin is ready to end the war through negotiations, but has his own conditions',
      authors: ['Olena Kovalenko'],
      publishedAt: '2024-05-24T06:30:00.000Z',
      outlet: 'Kyiv Daily Wire',
      canonicalUrl: 'https://news.example.org/world/2024/05/24/putin-ready-to-end-war-conditions',
    });
  });

  it('should take the date from JSON-LD, else from <time datetime>, when the page has no article:published_time', () => {
    const noMeta = page.replace(/<meta property="article:published_time"[^>]*>/, '');
    expect(extractArticle(noMeta).publishedAt).toBe('2024-05-24T06:30:00.000Z');
    const timeOnly = noMeta
      .replace(/"datePublished": "[^"]*",/, '')
      .replace('datetime="2024-05-24T09:30:00+03:00"', 'datetime="2024-05-25T08:00:00Z"');
    expect(extractArticle(timeOnly).publishedAt).toBe('2024-05-25T08:00:00.000Z');
  });

  it('should resolve a relative canonical link against the page and fall back to the page link', () => {
    const relative = page.replace(
      'href="https://news.example.org/world/2024/05/24/putin-ready-to-end-war-conditions"',
      'href="/world/story-1"',
    );
    expect(extractArticle(relative, 'https://news.example.org/a/b').canonicalUrl).toBe('https://news.example.org/world/story-1');
    const none = relative.replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
    expect(extractArticle(none, 'http://127.0.0.1:8080/story').canonicalUrl).toBe('http://127.0.0.1:8080/story');
  });

  it('should refuse a section front with a message that says what to give instead', () => {
    expect(() => extractArticle(fixture('section-front.html'), 'https://news.example.org/')).toThrow(NotAnArticleError);
    expect(() => extractArticle(fixture('section-front.html'), 'https://news.example.org/')).toThrow(
      'https://news.example.org/ does not look like a news article (no block of article text found): give the link of one story, not a home page, section front or search page',
    );
  });
});

describe('toArticleInput', () => {
  it('should give articles.ingest its fields, leaving out what the page does not say', () => {
    const input = toArticleInput({ text: 'Body.', title: null, authors: [], publishedAt: null, outlet: 'Wire', canonicalUrl: null });
    expect(input).toEqual({ text: 'Body.', outlet: 'Wire' });
  });
});
