import { useId } from 'react';
import { DateRangeFields } from '../filters/date-range-fields';
import { hasArticleFilters, type ArticlesSearch } from './articles-search';
import { useTextFilters } from '../filters/use-text-filters';

/** Props of ArticleFilters: the list's URL state and how to change it. */
export interface ArticleFiltersProps {
  value: ArticlesSearch;
  onChange: (next: ArticlesSearch) => void;
}

/**
 * Search and filters of the articles list. Dates apply at once; typed text and outlets apply on Enter
 * or "Apply", so each keystroke is not a new URL (and a new request).
 */
export function ArticleFilters({ value, onChange }: ArticleFiltersProps) {
  const id = useId();
  const { q, setQ, outlets, setOutlets, submit } = useTextFilters(value, onChange);

  return (
    <form className="filter-bar" role="search" aria-label="Find articles" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-q`}>Search titles and text</label>
        <input id={`${id}-q`} type="search" value={q} placeholder="e.g. ceasefire" onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-outlets`}>Outlets</label>
        <input id={`${id}-outlets`} value={outlets} placeholder="Reuters, AP" onChange={(e) => setOutlets(e.target.value)} />
      </div>
      <DateRangeFields id={id} value={value} onChange={onChange} />
      <div className="actions">
        <button type="submit">Apply</button>
        {hasArticleFilters(value) ? (
          <button type="button" className="secondary" onClick={() => onChange({})}>
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
