/**
 * @claimline/schema: the one definition of each shape Claimline passes around, in zod.
 * The parser returns these, the API validates its inputs and outputs with them, the web app renders them.
 *
 * @example
 * import { ArticleInputSchema, type Quote } from '@claimline/schema';
 * const input = ArticleInputSchema.parse({ text: 'Peskov said Russia is "open to dialogue".' });
 */
export * from './span';
export * from './dates';
export * from './clean-text';
export * from './trim-end';
export * from './article';
export * from './article-input';
export * from './source';
export * from './quote';
export * from './parse-result';
export * from './parse-meta';
export * from './api/index';
