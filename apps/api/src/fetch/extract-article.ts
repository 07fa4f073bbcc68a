import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleInput } from '@claimline/schema';
import { parseHtmlDocument } from './html-document';
import { pageMetadata, type PageMetadata } from './page-metadata';

/** An article read from a web page: the body text in paragraphs, and what the page says about it. */
export interface ExtractedArticle extends PageMetadata {
  text: string;
}

/** The page is not one article (a home page, a section front, a search page, an error page). */
export class NotAnArticleError extends Error {
  override name = 'NotAnArticleError';
}

/** The document type Readability takes. */
type ReaderDocument = ConstructorParameters<typeof Readability>[0];

/** Fewer characters of body text than this is a teaser or a list of links, not an article. */
const MIN_ARTICLE_CHARS = 250;

// Ad slots, share bars and sign-up boxes that sit inside the story's markup, where Readability keeps
// them (an "ad-slot" div with an "Advertisement" label became a paragraph of the body).
const CLUTTER = [
  '[class*="ad-slot"]',
  '[class*="advert"]',
  '[id^="ad-"]',
  '[class*="sponsor"]',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="newsletter"]',
  '[class*="related"]',
  '[class*="promo"]',
  'iframe',
].join(', ');

// Blocks of the article body; a nested block (a <p> in a <blockquote>) is read once, by its outer block.
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

/** The text of Readability's cleaned HTML as paragraphs separated by blank lines, as the parser reads pasted text. */
function paragraphs(html: string): string {
  const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => el.parentElement?.closest(BLOCKS) == null);
  return blocks
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
}

/**
 * Extracts the article from a page's HTML with Mozilla Readability (Firefox's reader view) over
 * linkedom: the body without navigation, ads, share buttons and related links; title, authors,
 * publication date, outlet and canonical URL from the page's metadata. `pageUrl` resolves
 * relative links. Throws NotAnArticleError when the page holds no article.
 */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
  const document = parseHtmlDocument(html);
  const metadata = pageMetadata(document, pageUrl);
  const where = pageUrl ?? 'this page';
  const notAnArticle = () =>
    new NotAnArticleError(
      `${where} does not look like a news article (no block of article text found): give the link of one story, not a home page, section front or search page`,
    );
  // isProbablyReaderable is Firefox's own test for showing the reader-view button.
  // Readability's parameters are the DOM's Document: the API compiles without the DOM library (where the
  // assertion is redundant), the web app, which type-checks this file through the router, with it.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- unresolved Document here: see above
  const readerDocument = document as unknown as ReaderDocument;
  if (!isProbablyReaderable(readerDocument)) throw notAnArticle();
  for (const el of [...document.querySelectorAll(CLUTTER)]) el.remove();
  const parsed = new Readability(readerDocument).parse();
  const text = parsed?.content ? paragraphs(parsed.content) : '';
  if (text.length < MIN_ARTICLE_CHARS) throw notAnArticle();
  const byline = parsed?.byline?.replace(/^by\s+/i, '').trim();
  return {
    ...metadata,
    title: metadata.title ?? parsed?.title ?? null,
    authors: metadata.authors.length > 0 ? metadata.authors : byline ? [byline] : [],
    publishedAt: metadata.publishedAt,
    outlet: metadata.outlet ?? parsed?.siteName ?? null,
    text,
  };
}

/** The extracted article as articles.ingest takes it (absent fields left out, not null). */
export function toArticleInput(article: ExtractedArticle): ArticleInput {
  return {
    text: article.text,
    ...(article.title ? { title: article.title.slice(0, 1000) } : {}),
    ...(article.outlet ? { outlet: article.outlet.slice(0, 200) } : {}),
    ...(article.canonicalUrl ? { url: article.canonicalUrl } : {}),
    ...(article.authors.length > 0 ? { authors: article.authors.slice(0, 50).map((a) => a.slice(0, 200)) } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
  };
}
