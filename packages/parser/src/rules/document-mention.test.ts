import { describe, expect, it } from 'vitest';
import { expectQuotes } from '../test-helpers';
import { tokenize } from '../tokens';
import { documentMention } from './document-mention';

describe('documentMention', () => {
  it('should take a document for a speaker after "according to", by its author when it names one', () => {
    expectQuotes('According to the Civic Action study, retail is the biggest source of entry-level jobs.', [
      {
        text: 'retail is the biggest source of entry-level jobs',
        speaker: 'the Civic Action study',
        source: 'Civic Action',
        cue: 'According to',
      },
    ]);
    expectQuotes("Most gaps have since been filled, according to Infrastructure Canada's public database.", [
      { text: 'Most gaps have since been filled', speaker: "Infrastructure Canada's public database", source: 'Infrastructure Canada' },
    ]);
  });

  it('should keep a document with no author written as its own source, not the person in focus', () => {
    expectQuotes('Mayor Lori Hart spoke on Monday. Most residents were born elsewhere, according to census data.', [
      { text: 'Most residents were born elsewhere', speaker: 'census data', source: 'census data' },
    ]);
  });

  it('should take only phrases ending in a document noun', () => {
    const text = 'the study of the Brennan Center';
    expect(documentMention(text, tokenize(text, 0, text.length), 0, 6)).toBeNull();
    const data = 'court filings';
    expect(documentMention(data, tokenize(data, 0, data.length), 0, 2)).toMatchObject({ kind: 'nominal', name: 'court filings' });
  });
});
