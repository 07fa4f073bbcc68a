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
      { label: 'bad.jsonl:2', error: 'text: text must be a string: paste the article body' },
      { label: 'bad.jsonl:3', input: { text: 'fine' } },
    ]);
  });

  it('should refuse other file types and say which ones work', () => {
    expect(readUpload('story.pdf', '%PDF')).toEqual([
      { label: 'story.pdf', error: 'not a .txt or .jsonl file: upload plain text, or one JSON article per line' },
    ]);
  });
});
