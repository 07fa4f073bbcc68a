import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corpusPath } from './corpus';

/** An article of the shared corpus as the news site publishes it. */
export interface SiteArticle {
  slug: string;
  title: string;
  outlet: string;
  authors: string[];
  publishedAt: string;
  text: string;
}

/** Real articles from ../shared/corpus/recovery-2020.jsonl (by line): Reuters and Politico pieces with attributed quotes. */
export function corpusArticles(lines: number[]): SiteArticle[] {
  const all = readFileSync(corpusPath('recovery-2020.jsonl'), 'utf8').split('\n');
  return lines.map((n) => {
    const a = JSON.parse(all[n] ?? '{}') as Omit<SiteArticle, 'slug'> & { id: string };
    return {
      slug: a.id,
      title: a.title,
      outlet: a.outlet,
      authors: a.authors,
      publishedAt: new Date(a.publishedAt).toISOString(),
      text: a.text,
    };
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A news page as sites serve them: navigation, an ad, share buttons and related links around the article. */
function articlePage(a: SiteArticle): string {
  const paragraphs = a.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | ${esc(a.outlet)}</title>
<meta property="og:site_name" content="${esc(a.outlet)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${a.publishedAt}">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: a.title, datePublished: a.publishedAt, author: a.authors.map((name) => ({ '@type': 'Person', name })) }).replace(/</g, '\\u003c')}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="ad" id="ad-top">Advertisement</div>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By ${esc(a.authors.join(' and '))}</p><time datetime="${a.publishedAt}">${a.publishedAt.slice(0, 10)}</time>
${paragraphs}
</article><aside class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></aside>
<aside class="related"><h2>Related</h2><ul><li><a href="/other-1">Markets close higher</a></li><li><a href="/other-2">Weather this weekend</a></li></ul></aside></main>
<footer>© ${esc(a.outlet)} · <a href="/terms">Terms</a></footer></body></html>`;
}

/** RSS 2.0 listing `items`, newest first. */
function rss(base: string, items: SiteArticle[]): string {
  const entries = items
    .map(
      (a) => `<item><title>${esc(a.title)}</title><link>${base}/news/${a.slug}.html</link><guid isPermaLink="false">${a.slug}</guid>
<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate><description>${esc(a.text.slice(0, 200))}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Recovery Wire</title><link>${base}/</link><description>Latest news</description>\n${entries}\n</channel></rss>`;
}

/** Atom 1.0 listing `items`. */
function atom(base: string, items: SiteArticle[]): string {
  const entries = items
    .map(
      (a) => `<entry><title>${esc(a.title)}</title><link rel="alternate" type="text/html" href="${base}/news/${a.slug}.html"/>
<id>urn:recovery:${a.slug}</id><updated>${a.publishedAt}</updated><summary>${esc(a.text.slice(0, 200))}</summary></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Recovery Atom</title><id>urn:recovery</id><updated>2020-06-01T00:00:00Z</updated>\n${entries}\n</feed>`;
}

/** A local news site: article pages, /rss.xml and /atom.xml with ETag and Last-Modified, and a log of what was asked. */
export interface NewsSite {
  url: string;
  /** Requests per path (feeds and pages). */
  hits: (path: string) => number;
  /** Requests to a feed answered 304 because the client sent the current ETag or date. */
  notModified: () => number;
  /** Adds an article to the top of the RSS feed (a new ETag and Last-Modified). */
  publish: (article: SiteArticle) => void;
  close: () => Promise<void>;
}

/** Serves `rssItems` in /rss.xml and `atomItems` in /atom.xml, every article at /news/<slug>.html, and a plain page at /front.html. */
export async function startNewsSite(rssItems: SiteArticle[], atomItems: SiteArticle[]): Promise<NewsSite> {
  const hits = new Map<string, number>();
  const pages = new Map([...rssItems, ...atomItems].map((a) => [`/news/${a.slug}.html`, a]));
  let version = 1;
  let notModified = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/rss.xml' || path === '/atom.xml') {
      const etag = `"${path}-v${version}"`;
      const lastModified = new Date(Date.UTC(2020, 5, 1, 0, version)).toUTCString();
      if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified)) {
        notModified++;
        return void res.writeHead(304, { ETag: etag, 'Last-Modified': lastModified }).end();
      }
      const body = path === '/rss.xml' ? rss(base, rssItems) : atom(base, atomItems);
      const type = path === '/rss.xml' ? 'application/rss+xml' : 'application/atom+xml';
      return void res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, ETag: etag, 'Last-Modified': lastModified }).end(body);
    }
    if (path === '/front.html') {
      return void res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end('<html><body><nav><a href="/">Home</a></nav></body></html>');
    }
    const article = pages.get(path);
    if (!article) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(articlePage(article));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    hits: (path) => hits.get(path) ?? 0,
    notModified: () => notModified,
    publish: (article) => {
      rssItems.unshift(article);
      pages.set(`/news/${article.slug}.html`, article);
      version++;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
