import { extractArticle, toArticleInput } from '@claimline/api/fetch/extract-article';

/** An .html file of a folder as an article: the API's page extractor (Readability), so files and links read alike. */
export function htmlFileToArticle(html: string): Record<string, unknown> {
  return toArticleInput(extractArticle(html));
}
