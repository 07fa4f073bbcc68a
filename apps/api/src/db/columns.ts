import { getTableColumns } from 'drizzle-orm';
import { articles, quotes } from './schema';

const { search: _quoteSearch, ...quoteFields } = getTableColumns(quotes);
const { search: _articleSearch, raw: _raw, input: _input, ...articleFields } = getTableColumns(articles);

/** The quote columns reads need: all but the search tsvector, which is only for WHERE clauses. */
export const quoteColumns = quoteFields;

/** The article columns reads need: not the search tsvector, nor the raw text kept for reparsing. */
export const articleColumns = articleFields;
