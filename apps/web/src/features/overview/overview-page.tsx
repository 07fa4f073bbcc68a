import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { bucketLabel, bucketLastDay } from '../../lib/buckets';
import type { QuoteFilters } from '../../lib/filters';
import { plural } from '../../lib/format';
import { BUCKETS } from '../../lib/kinds';
import { useTRPC } from '../../lib/trpc';
import { FilterBar } from '../filters/filter-bar';
import { Empty, ErrorState, Loading } from '../layout/status';
import { QuoteList } from '../quotes/quote-list';
import { DEFAULT_BUCKET, DEFAULT_TOP, overviewFilters, timelineInput } from './overview-search';
import { OverviewTotals } from './overview-totals';
import { shapeTimeline } from './shape-timeline';
import { SwimlaneChart, type ChartSelection } from './swimlane-chart';

const route = getRouteApi('/');

/** The landing view: claims by speaker over time for the top speakers, with filters, totals and drill-down. */
export function OverviewPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTRPC();
  const filters = overviewFilters(search);
  const bucket = search.bucket ?? DEFAULT_BUCKET;
  const totals = useQuery(trpc.stats.overview.queryOptions());
  const timeline = useQuery({
    ...trpc.stats.timeline.queryOptions(timelineInput(search)),
    placeholderData: keepPreviousData,
  });
  const shaped = useMemo(
    () => (timeline.data ? shapeTimeline(timeline.data, { from: filters.from, to: filters.to }) : undefined),
    [timeline.data, filters.from, filters.to],
  );

  const setFilters = (next: QuoteFilters) => void navigate({ search: { bucket: search.bucket, top: search.top, ...next } });
  const select = (selection: ChartSelection) =>
    void navigate({ search: (prev) => ({ ...prev, speaker: selection.speaker, at: selection.at }) });

  if (totals.data && totals.data.quotes === 0 && totals.data.articles === 0) {
    return (
      <section className="page">
        <h1>Overview</h1>
        <Empty title="Nothing stored yet">
          Claimline shows who said what once it has articles. <Link to="/add">Add an article</Link> by pasting its text or uploading a .txt
          or .jsonl file.
        </Empty>
      </section>
    );
  }

  const selectedLane = shaped?.lanes.find((l) => l.source.id === search.speaker);
  const drill: QuoteFilters | undefined =
    search.speaker || search.at
      ? {
          ...filters,
          ...(search.speaker ? { sourceIds: [search.speaker] } : {}),
          ...(search.at ? { from: search.at, to: bucketLastDay(search.at, bucket) } : {}),
        }
      : undefined;

  return (
    <section className="page overview">
      <header className="page-header">
        <h1>Overview</h1>
        <OverviewTotals inView={shaped?.total} stored={totals.data} />
      </header>
      <FilterBar value={filters} onChange={setFilters} />
      <div className="chart-controls">
        <fieldset className="segmented">
          <legend>Group by</legend>
          {BUCKETS.map((b) => (
            <label key={b} className={bucket === b ? 'on' : undefined}>
              <input
                type="radio"
                name="bucket"
                value={b}
                checked={bucket === b}
                onChange={() =>
                  void navigate({ search: (prev) => ({ ...prev, bucket: b === DEFAULT_BUCKET ? undefined : b, at: undefined }) })
                }
              />
              {b}
            </label>
          ))}
        </fieldset>
        <label className="inline">
          Top speakers{' '}
          <select
            value={search.top ?? DEFAULT_TOP}
            onChange={(e) =>
              void navigate({
                search: (prev) => ({ ...prev, top: Number(e.target.value) === DEFAULT_TOP ? undefined : Number(e.target.value) }),
              })
            }
          >
            {[5, 10, 20, 30, 50].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <Link to="/quotes" search={filters} className="button-link secondary">
          Search these quotes
        </Link>
      </div>
      <figure className="chart-frame" aria-busy={timeline.isFetching} data-range={`${filters.from ?? ''}..${filters.to ?? ''}`}>
        <figcaption>
          Claims by speaker per {bucket}
          {filters.from || filters.to ? `, ${filters.from ?? 'start'} to ${filters.to ?? 'now'}` : ''}. Select a name, a dot or a bar to
          list those quotes.
        </figcaption>
        {timeline.isPending ? (
          <Loading label="Loading the timeline…" height={300} />
        ) : timeline.isError ? (
          <ErrorState what="the timeline" error={timeline.error} retry={() => void timeline.refetch()} />
        ) : shaped && shaped.lanes.length > 0 ? (
          <SwimlaneChart
            data={shaped}
            selected={{ speaker: search.speaker, at: search.at }}
            onSelect={select}
            onBrush={(range) => void navigate({ search: (prev) => ({ ...prev, ...range, at: undefined }) })}
          />
        ) : (
          <Empty title="No claims in this range">Widen the date range or clear filters.</Empty>
        )}
      </figure>
      {drill ? (
        <section className="drill" aria-labelledby="drill-title">
          <header className="drill-header">
            <h2 id="drill-title">
              {selectedLane
                ? selectedLane.source.name
                : search.speaker
                  ? 'Selected speaker (not in the top speakers shown)'
                  : 'All speakers'}
              {search.at ? `, ${bucketLabel(search.at, bucket)}` : ''}
            </h2>
            {search.at ? (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  void navigate({
                    search: (prev) => ({ ...prev, from: search.at, to: bucketLastDay(search.at ?? '', bucket), at: undefined }),
                  })
                }
              >
                Zoom to this {bucket}
              </button>
            ) : null}
            {search.speaker ? (
              <Link to="/speakers/$id" params={{ id: search.speaker }}>
                Speaker page
              </Link>
            ) : null}
            <button type="button" className="secondary" onClick={() => select({})}>
              Close
            </button>
          </header>
          <QuoteList
            filters={drill}
            label={`Quotes${selectedLane ? ` by ${selectedLane.source.name}` : ''}`}
            showSpeaker={!search.speaker}
          />
        </section>
      ) : (
        <p className="hint">{plural(shaped?.lanes.length ?? 0, 'speaker')} on the chart.</p>
      )}
    </section>
  );
}
