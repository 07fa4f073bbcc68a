import { getRouteApi } from '@tanstack/react-router';
import { exportQuery, type QuoteFilters } from '../../lib/filters';
import { FilterBar } from '../filters/filter-bar';
import { SaveSearch } from '../saved-searches/save-search';
import { ExportLink } from './export-link';
import { QuoteList } from './quote-list';
import type { QuotesSearch } from './quotes-search';
import { StatusFilter } from './status-filter';

const route = getRouteApi('/quotes');

/** The shared filters alone, for the filter bar (statuses and tags have their own controls). */
const filtersOnly = ({ statuses: _statuses, tags: _tags, ...filters }: QuotesSearch): QuoteFilters => filters;

/** Full-text search over every quote with the shared filters, a page at a time, with CSV/NDJSON export. */
export function QuotesPage() {
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const query = exportQuery(filters);
  return (
    <section className="page">
      <header className="page-header">
        <h1>Quotes</h1>
        <p className="export">
          Export these quotes: <ExportLink href={`/export/quotes.csv${query}`}>CSV</ExportLink> ·{' '}
          <ExportLink href={`/export/quotes.ndjson${query}`}>NDJSON</ExportLink>
        </p>
      </header>
      <FilterBar
        value={filtersOnly(filters)}
        onChange={(next) => void navigate({ search: { ...next, statuses: filters.statuses, tags: filters.tags } })}
      />
      <StatusFilter value={filters.statuses} onChange={(statuses) => void navigate({ search: { ...filters, statuses } })} />
      {filters.tags?.length ? (
        <p className="meta">
          Tagged {filters.tags.join(', ')} ·{' '}
          <button type="button" className="link-button" onClick={() => void navigate({ search: { ...filters, tags: undefined } })}>
            clear tags
          </button>
        </p>
      ) : null}
      <SaveSearch filters={filters} />
      <QuoteList filters={filters} label="Matching quotes" pageSize={50} />
    </section>
  );
}
