import { getRouteApi } from '@tanstack/react-router';
import { exportQuery } from '../../lib/filters';
import { FilterBar } from '../filters/filter-bar';
import { QuoteList } from './quote-list';

const route = getRouteApi('/quotes');

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
          Export these quotes:{' '}
          <a href={`/export/quotes.csv${query}`} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={`/export/quotes.ndjson${query}`} download>
            NDJSON
          </a>
        </p>
      </header>
      <FilterBar value={filters} onChange={(next) => void navigate({ search: next })} />
      <QuoteList filters={filters} label="Matching quotes" pageSize={50} />
    </section>
  );
}
