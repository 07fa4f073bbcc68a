import { readFileSync } from 'node:fs';

/** The shared corpus folder beside the repository (../shared from the repo root); tests only. */
export const corpusPath = (file: string): string => new URL(`../../../../../shared/corpus/${file}`, import.meta.url).pathname;

/** The real seed article: a Reuters-sourced piece with a direct quote from "another senior Russian source". */
export const seedArticle = (): string => readFileSync(corpusPath('seed-article.txt'), 'utf8');
