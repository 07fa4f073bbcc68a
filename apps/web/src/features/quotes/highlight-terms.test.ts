import { describe, expect, it } from 'vitest';
import { markTerms, searchTerms } from './highlight-terms';

describe('searchTerms', () => {
  it('should read words and phrases, leaving out "or" and excluded words', () => {
    expect(searchTerms('"ceasefire talks" OR truce -Ukraine')).toEqual(['ceasefire', 'talks', 'truce']);
    expect(searchTerms(undefined)).toEqual([]);
  });
});

describe('markTerms', () => {
  it('should mark the words the search matched, with their other endings, and keep the text whole', () => {
    const text = 'Putin said talks on a ceasefire were talked about; the Kremlin talking-point stood.';
    const runs = markTerms(text, searchTerms('Talks ceasefire'));
    expect(runs.filter((r) => r.match).map((r) => r.text)).toEqual(['talks', 'ceasefire', 'talked', 'talking']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('should not mark a term inside another word', () => {
    expect(
      markTerms('Unwarranted war', ['war'])
        .filter((r) => r.match)
        .map((r) => r.text),
    ).toEqual(['war']);
  });

  it('should leave text unmarked when there is no search', () => {
    expect(markTerms('Nothing to see', [])).toEqual([{ text: 'Nothing to see', match: false }]);
  });
});
