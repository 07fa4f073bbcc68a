import type { HtmlDocument } from './html-document';

/** What a news page says about itself in its markup: read before Readability, which rewrites the document. */
export interface PageMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
}

const NEWS_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

/** Every JSON-LD object of the page, @graph members included; a block that is not valid JSON is skipped. */
function jsonLd(doc: HtmlDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      objects.push(value as Record<string, unknown>);
      visit((value as { '@graph'?: unknown })['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Hand-written JSON-LD is often broken; the meta tags still count.
    }
  }
  return objects.filter((o) => [o['@type']].flat().some((t) => typeof t === 'string' && NEWS_TYPES.test(t)));
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function names(value: unknown): string[] {
  return [value]
    .flat()
    .map((v) => (typeof v === 'object' && v !== null ? (v as { name?: unknown }).name : v))
    .map(text)
    .filter((v): v is string => v !== null);
}

/** An ISO date-time from what a page writes ("2024-05-24T09:30:00+02:00", "2024-05-24"); null when it is not a date. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads title, authors, publication date, outlet and canonical URL from the meta tags
 * (Open Graph, article:*), JSON-LD (schema.org NewsArticle) and the first <time datetime>.
 */
export function pageMetadata(doc: HtmlDocument, pageUrl?: string): PageMetadata {
  const meta = (selector: string) => text(doc.querySelector(selector)?.getAttribute('content'));
  const ld = jsonLd(doc);
  const fromLd = (pick: (o: Record<string, unknown>) => unknown) => ld.map(pick).find((v) => v !== undefined && v !== null);
  const publisher = fromLd((o) => o.publisher);
  const authors = names(fromLd((o) => o.author));
  const metaAuthor = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  return {
    title: meta('meta[property="og:title"]') ?? text(fromLd((o) => o.headline)),
    authors: authors.length > 0 ? authors : metaAuthor && !/^https?:/.test(metaAuthor) ? [metaAuthor] : [],
    publishedAt:
      isoDate(meta('meta[property="article:published_time"]')) ??
      isoDate(text(fromLd((o) => o.datePublished))) ??
      isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
      isoDate(meta('meta[name="date"]')),
    outlet: meta('meta[property="og:site_name"]') ?? names(publisher)[0] ?? null,
    canonicalUrl:
      absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
      absolute(meta('meta[property="og:url"]'), pageUrl) ??
      absolute(pageUrl, undefined),
  };
}
