import { describe, expect, it } from 'vitest';
import { readUpload } from './read-upload';

describe('readUpload', () => {
  it('should read a .txt file as one article', () => {
    expect(readUpload('story.txt', 'Peskov said "no".')).toEqual([{ label: 'story.txt', input: { text: 'Peskov said "no".' } }]);
  });

  it('should read each JSONL line, keeping only article fields', () => {
    const content = [
      JSON.stringify({
        id: 'reuters-0',
        outlet: 'Reuters',
        title: 'BAHIA COCOA REVIEW',
        publishedAt: '1987-02-26T15:01:01Z',
        text: 'Showers continued.',
      }),
      '',
      JSON.stringify({ text: 'Second.' }),
    ].join('\n');
    expect(readUpload('batch.jsonl', content)).toEqual([
      {
        label: 'batch.jsonl:1 BAHIA COCOA REVIEW',
        input: { outlet: 'Reuters', title: 'BAHIA COCOA REVIEW', publishedAt: '1987-02-26T15:01:01Z', text: 'Showers continued.' },
      },
      { label: 'batch.jsonl:3', input: { text: 'Second.' } },
    ]);
  });

  it('should report a line that is not JSON and one without text, by line number', () => {
    const items = readUpload('bad.jsonl', '{oops\n{"title": "no body"}\n{"text": "fine"}');
    expect(items).toEqual([
      { label: 'bad.jsonl:1', error: 'line is not JSON: write one {"text": "..."} object per line' },
      { label: 'bad.jsonl:2', error: 'text: text must be a string: paste the article body (missing)' },
      { label: 'bad.jsonl:3', input: { text: 'fine' } },
    ]);
  });

  it('should store a line whose publishedAt (or any field) is null without it, as an article of unknown date', () => {
    const line = JSON.stringify({ id: 'recovery-0099', outlet: 'CNN', title: null, publishedAt: null, authors: null, text: 'Cases rose.' });
    expect(readUpload('corpus.jsonl', line)).toEqual([{ label: 'corpus.jsonl:1', input: { outlet: 'CNN', text: 'Cases rose.' } }]);
  });

  it('should show the bad value in the reason, so the user can find and fix it', () => {
    const [item] = readUpload('dates.jsonl', JSON.stringify({ text: 'Fine.', publishedAt: '24/05/2024' }));
    expect(item).toEqual({
      label: 'dates.jsonl:1',
      error: 'publishedAt: expected an ISO date such as 2024-05-24 or 2024-05-24T09:30:00Z (got "24/05/2024")',
    });
  });

  it('should refuse other file types and say which ones work', () => {
    expect(readUpload('story.pdf', '%PDF')).toEqual([
      { label: 'story.pdf', error: 'not a .txt or .jsonl file: upload plain text, or one JSON article per line' },
    ]);
  });
});
