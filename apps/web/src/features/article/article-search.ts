import { readText } from '../../lib/search-params';

/** The article page's URL state: the quote to bring into view and mark. */
export interface ArticleSearch {
  quote?: string;
}

/** Reads the article page's search params. */
export function parseArticleSearch(raw: Record<string, unknown>): ArticleSearch {
  const quote = readText(raw.quote);
  return quote ? { quote } : {};
}
