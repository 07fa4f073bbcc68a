import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One article to ingest, or why its line could not be read: `n` counts from 1 in input order, `where` names it for people. */
export type InputRecord =
  { n: number; where: string; article: Record<string, unknown>; bytes: number } | { n: number; where: string; refused: string };

/** Reads JSON lines (the shape articles.ingestMany takes, one article a line); blank lines are skipped but counted. */
export async function* readJsonLines(input: Readable): AsyncGenerator<InputRecord> {
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n += 1;
    if (line.trim().length === 0) continue;
    const where = `line ${n}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield {
        n,
        where,
        refused: `not valid JSON (${(error as Error).message}): write one article a line as {"text": "...", "title"?: "...", ...}`,
      };
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      yield { n, where, refused: 'not a JSON object: write one article a line as {"text": "...", "title"?: "...", ...}' };
      continue;
    }
    yield { n, where, article: parsed as Record<string, unknown>, bytes: Buffer.byteLength(line) };
  }
}

/** How an .html file becomes an article (the API's page extractor); given by the caller so plain-text folders need no DOM. */
export type HtmlToArticle = (html: string) => Record<string, unknown>;

/** The .txt and .html files of a folder, sorted by name, so that record numbers are stable from one run to the next. */
export async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ['.txt', '.html', '.htm'].includes(extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort();
}

/** Reads a folder of articles: a .txt file is the article text, an .html file goes through `htmlToArticle`. */
export async function* readFolder(dir: string, files: string[], htmlToArticle: HtmlToArticle): AsyncGenerator<InputRecord> {
  for (const [index, name] of files.entries()) {
    const n = index + 1;
    const where = `file ${name}`;
    const content = await readFile(join(dir, name), 'utf8');
    if (extname(name).toLowerCase() === '.txt') {
      yield { n, where, article: { text: content }, bytes: Buffer.byteLength(content) };
      continue;
    }
    try {
      const article = htmlToArticle(content);
      yield { n, where, article, bytes: Buffer.byteLength(JSON.stringify(article)) };
    } catch (error) {
      yield { n, where, refused: (error as Error).message };
    }
  }
}
