import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, firstWords, xmlText } from './atom-feed';

describe('xmlText', () => {
  it('should escape markup and drop the characters XML 1.0 forbids', () => {
    expect(xmlText('a < b & "c" \'d\' >')).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;');
    expect(xmlText('bell\u0007 nul\u0000 lone\uD800 ok\tline\nend 😀')).toBe('bell nul lone ok\tline\nend 😀');
  });
});

describe('firstWords', () => {
  it('should keep the first words and mark a cut with an ellipsis', () => {
    expect(firstWords('one two three', 2)).toBe('one two…');
    expect(firstWords('  one   two ', 2)).toBe('one two');
  });
});

describe('atomFeed', () => {
  const meta = {
    id: 'urn:claimline:search:s1',
    title: 'Claimline: ports',
    self: 'http://localhost/feeds/searches/s1.atom',
    alternate: 'http://localhost/quotes?q=port',
    fallbackUpdated: '2024-01-01T00:00:00.000Z',
  };

  it('should write a feed a parser reads, its updated time the newest entry', () => {
    const xml = atomFeed(meta, [
      {
        id: 'urn:claimline:quote:1',
        title: 'A: x',
        link: 'http://localhost/articles/a',
        updated: '2024-05-01T00:00:00.000Z',
        content: 'x\u0001 < y',
      },
      {
        id: 'urn:claimline:quote:2',
        title: 'B: y',
        link: 'http://localhost/articles/b',
        updated: '2024-05-03T00:00:00.000Z',
        content: 'y',
      },
    ]);
    const feed = parseFeed(xml);
    expect(feed.updated?.toISOString()).toBe('2024-05-03T00:00:00.000Z');
    expect(feed.items.map((i) => [i.id, i.title, i.url])).toEqual([
      ['urn:claimline:quote:1', 'A: x', 'http://localhost/articles/a'],
      ['urn:claimline:quote:2', 'B: y', 'http://localhost/articles/b'],
    ]);
    // The control character is gone and the escaped markup reads back as the text it was.
    expect(feed.items[0]?.content).toBe('x < y');
  });

  it('should say when it was updated even with no entries', () => {
    expect(parseFeed(atomFeed(meta, [])).updated?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});
