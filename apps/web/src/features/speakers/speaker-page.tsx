import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { formatDate, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { MergeSpeakers } from '../corrections/merge-speakers';
import { EditSpeaker } from '../corrections/edit-speaker';
import { ErrorState, Loading } from '../layout/status';
import { speakerFeedHref } from '../saved-searches/saved-search-filters';
import { QuoteList } from '../quotes/quote-list';
import { RelayName } from './relay-name';
import { ActivityChart } from './activity-chart';
import { SpeakerIdentity } from './speaker-identity';

const route = getRouteApi('/speakers/$id');

/** One speaker: who they are as the texts describe them, when and where they are quoted, and their quotes. */
export function SpeakerPage() {
  const { id } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.sources.byId.queryOptions({ id }));
  if (query.isPending) return <Loading label="Loading the speaker…" height={400} />;
  if (query.isError) {
    return (
      <section className="page">
        <ErrorState what="this speaker" error={query.error} retry={() => void query.refetch()} />
        <p>
          <Link to="/speakers">Back to speakers</Link>
        </p>
      </section>
    );
  }
  const { source, outlets, timeline, recentQuotes } = query.data;
  const relays = [...new Set(recentQuotes.map((q) => q.viaSourceId).filter((v): v is string => v !== null))];

  return (
    <section className="page speaker-page">
      <header className="page-header">
        <p className="crumbs">
          <Link to="/speakers">Speakers</Link> /
        </p>
        <h1>{source.name}</h1>
        <p className="meta">
          <span className={`badge kind-${source.kind}`}>{source.kind}</span> {plural(source.quoteCount, 'quote')} in{' '}
          {plural(source.articleCount, 'article')}, first seen {formatDate(source.firstSeen)}, last seen {formatDate(source.lastSeen)}
        </p>
        <p className="meta">
          <a href={speakerFeedHref(source.id)} type="application/atom+xml">
            Atom feed of {source.name}&apos;s quotes
          </a>{' '}
          for a feed reader
        </p>
      </header>
      <div className="two-col">
        <dl className="facts">
          {source.descriptor ? (
            <>
              <dt>Described as</dt>
              <dd>{source.descriptor}</dd>
            </>
          ) : null}
          <dt>Roles seen</dt>
          <dd>{source.roles.length ? source.roles.join('; ') : <span className="muted">none given</span>}</dd>
          <dt>Also called</dt>
          <dd>{source.aliases.length ? source.aliases.join(', ') : <span className="muted">no other names seen</span>}</dd>
          {relays.length ? (
            <>
              <dt>Relayed by</dt>
              <dd>
                {relays.map((r, i) => (
                  <span key={r}>
                    {i > 0 ? ', ' : ''}
                    <RelayName id={r} />
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          <dt>Outlets quoting</dt>
          <dd>
            {outlets.length ? (
              <ul className="plain">
                {outlets.map((o) => (
                  <li key={o.outlet ?? '(unknown)'}>
                    {o.outlet ?? <span className="muted">outlet unknown</span>} <span className="muted">({o.count})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </dl>
        <figure className="activity">
          <figcaption>Activity per month</figcaption>
          <ActivityChart source={source} points={timeline} />
        </figure>
      </div>
      <details className="corrections-box">
        <summary>Corrections: rename, change kind, merge a duplicate, split a name off</summary>
        <EditSpeaker source={source} />
        <SpeakerIdentity detail={query.data} />
        <MergeSpeakers into={source} />
      </details>
      <h2>Quotes, newest first</h2>
      <QuoteList filters={{ sourceIds: [source.id] }} label={`Quotes by ${source.name}`} showSpeaker={false} correctable />
    </section>
  );
}
