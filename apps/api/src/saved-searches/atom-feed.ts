/** One entry of an Atom feed: already plain text; atomFeed escapes it. */
export interface AtomEntry {
  /** A stable URI (urn:claimline:quote:<id>), so a reader never shows one claim twice. */
  id: string;
  title: string;
  link: string;
  /** ISO 8601. */
  updated: string;
  content: string;
}

/** What an Atom feed says about itself. */
export interface AtomFeedMeta {
  id: string;
  title: string;
  /** The feed's own address (rel="self"), which readers follow. */
  self: string;
  /** The page in the web app the feed mirrors (rel="alternate"). */
  alternate: string;
  /** Used when there are no entries (an Atom feed must say when it was last updated). */
  fallbackUpdated: string;
}

// XML 1.0 allows tab, newline, carriage return and the ranges below; anything else (NUL and the
// other C0 controls, lone surrogates, U+FFFE/U+FFFF) makes a feed reader reject the whole document.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe for XML 1.0 element content and attribute values: forbidden characters dropped, markup escaped. */
export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The first `count` words of `text`, with an ellipsis when there were more. */
export function firstWords(text: string, count = 12): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** An Atom 1.0 document (RFC 4287): the feed's id, title, links and updated time, then each entry; updated is the newest entry's. */
export function atomFeed(meta: AtomFeedMeta, entries: readonly AtomEntry[]): string {
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries[0]?.updated ?? meta.fallbackUpdated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(meta.id)}</id>`,
    `  <title>${xmlText(meta.title)}</title>`,
    `  <updated>${xmlText(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(meta.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(meta.alternate)}"/>`,
    '  <author><name>Claimline</name></author>',
    '  <generator>Claimline</generator>',
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      `    <updated>${xmlText(e.updated)}</updated>`,
      `    <content type="text">${xmlText(e.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
