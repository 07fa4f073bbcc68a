import { Link, getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { bucketLabel, bucketLastDay } from '../../lib/buckets';
import type { QuoteFilters } from '../../lib/filters';
import { formatDate, plural } from '../../lib/format';
import { seriesColor } from '../../lib/palette';
import { useTRPC } from '../../lib/trpc';
import { useQuery } from '@tanstack/react-query';
import { FilterBar } from '../filters/filter-bar';
import { Empty, ErrorState, Loading } from '../layout/status';
import { QuoteList } from '../quotes/quote-list';
import { ChartControls } from './chart-controls';
import { DEFAULT_BUCKET, DEFAULT_TOP, MAX_PICKED, overviewFilters } from './overview-search';
import { OverviewTotals } from './overview-totals';
import { SpeakerPicker } from './speaker-picker';
import { SwimlaneChart, type ChartSelection } from './swimlane-chart';
import { useOverviewChart } from './use-overview-chart';

const route = getRouteApi('/');

/** The landing view: claims by speaker over time for the top speakers, with filters, totals and drill-down. */
export function OverviewPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTRPC();
  const filters = overviewFilters(search);
  const bucket = search.bucket ?? DEFAULT_BUCKET;
  const totals = useQuery(trpc.stats.overview.queryOptions());
  const chart = useOverviewChart(search);
  const shaped = chart.shaped;

  const setFilters = (next: QuoteFilters) =>
    void navigate({ search: { bucket: search.bucket, top: search.top, pick: search.pick, measure: search.measure, ...next } });
  // A selection made on the chart scrolls its quotes into view; one read from the URL on load does not.
  const scrollToDrill = useRef(false);
  const drillRef = useRef<HTMLElement>(null);
  const select = (selection: ChartSelection) => {
    scrollToDrill.current = selection.speaker !== undefined || selection.at !== undefined;
    void navigate({ search: (prev) => ({ ...prev, speaker: selection.speaker, at: selection.at }) });
  };
  useEffect(() => {
    if (!scrollToDrill.current || !drillRef.current) return;
    scrollToDrill.current = false;
    drillRef.current.scrollIntoView?.({ block: 'start' });
  }, [search.speaker, search.at]);
  const pick = search.pick ?? [];
  const setPick = (next: string[]) => void navigate({ search: (prev) => ({ ...prev, pick: next.length ? next : undefined }) });

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
        <OverviewTotals inView={shaped?.others ? shaped.total + shaped.unattributed : undefined} stored={totals.data} />
      </header>
      <FilterBar value={filters} onChange={setFilters} />
      <SpeakerPicker
        picked={chart.pickedSpeakers}
        max={MAX_PICKED}
        colorOf={(id) => seriesColor(chart.slots.get(id) ?? -1)}
        onAdd={(speaker) => setPick([...pick, speaker.id])}
        onRemove={(id) => setPick(pick.filter((p) => p !== id))}
      />
      <div className="chart-controls">
        <ChartControls
          bucket={bucket}
          top={search.top ?? DEFAULT_TOP}
          measure={search.measure ?? 'count'}
          onBucket={(b) => void navigate({ search: (prev) => ({ ...prev, bucket: b === DEFAULT_BUCKET ? undefined : b, at: undefined }) })}
          onTop={(n) => void navigate({ search: (prev) => ({ ...prev, top: n === DEFAULT_TOP ? undefined : n }) })}
          onMeasure={(m) => void navigate({ search: (prev) => ({ ...prev, measure: m === 'share' ? m : undefined }) })}
        />
        <Link to="/quotes" search={filters} className="button-link secondary">
          Search these quotes
        </Link>
      </div>
      <figure className="chart-frame" aria-busy={chart.isFetching} data-range={`${filters.from ?? ''}..${filters.to ?? ''}`}>
        <figcaption>
          Claims by speaker per {bucket}
          {filters.from || filters.to
            ? `, ${filters.from ? formatDate(filters.from) : 'start'} to ${filters.to ? formatDate(filters.to) : 'now'}`
            : ''}
          . Point at or focus a dot for its details; select a name, a dot or a bar to list those quotes.
        </figcaption>
        {chart.error ? (
          <ErrorState what="the timeline" error={chart.error} retry={chart.refetch} />
        ) : chart.isPending || !shaped ? (
          <Loading label="Loading the timeline…" height={300} />
        ) : shaped.lanes.length > 0 || (shaped.others?.total ?? 0) > 0 ? (
          <SwimlaneChart
            data={shaped}
            selected={{ speaker: search.speaker, at: search.at }}
            onSelect={select}
            measure={search.measure}
            slots={chart.slots}
            onBrush={(range) => void navigate({ search: (prev) => ({ ...prev, ...range, at: undefined }) })}
          />
        ) : (
          <Empty title="No claims in this range">Widen the date range or clear filters.</Empty>
        )}
      </figure>
      {drill ? (
        <section className="drill" aria-labelledby="drill-title" ref={drillRef}>
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
        <ChartNote shaped={shaped} stored={totals.data?.quotes} />
      )}
    </section>
  );
}

/** Says how the chart adds up: the speakers shown, the others row and claims with no speaker, against what is stored. */
function ChartNote({ shaped, stored }: { shaped: ReturnType<typeof useOverviewChart>['shaped']; stored: number | undefined }) {
  if (!shaped?.others) return <p className="hint">{plural(shaped?.lanes.length ?? 0, 'speaker')} on the chart.</p>;
  const onChart = shaped.lanes.reduce((n, l) => n + l.total, 0);
  const inView = shaped.total + shaped.unattributed;
  return (
    <p className="hint">
      Claims in view: {plural(onChart, 'claim')} by the {plural(shaped.lanes.length, 'speaker')} on the chart,{' '}
      {shaped.others.total.toLocaleString('en')} by others
      {shaped.unattributed ? ` and ${shaped.unattributed.toLocaleString('en')} with no speaker named` : ''}, {inView.toLocaleString('en')}{' '}
      in all
      {stored !== undefined && stored !== inView ? ` of the ${stored.toLocaleString('en')} stored (the filters keep the rest out)` : ''}.
    </p>
  );
}
