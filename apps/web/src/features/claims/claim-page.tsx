import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { formatDate, formatQuoteTime, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { ErrorState, Loading } from '../layout/status';

const route = getRouteApi('/claims/$id');

/** One claim: its words, and every article that carried it, earliest first, each linked to the very sentence. */
export function ClaimPage() {
  const { id } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.claims.byId.queryOptions({ id }));
  if (query.isPending) return <Loading label="Loading the claim…" height={400} />;
  if (query.isError) {
    return (
      <section className="page">
        <ErrorState what="this claim" error={query.error} retry={() => void query.refetch()} />
        <p>
          <Link to="/claims">Back to claims</Link>
        </p>
      </section>
    );
  }
  const claim = query.data;
  return (
    <section className="page claim-page">
      <header className="page-header">
        <p className="crumbs">
          <Link to="/claims">Claims</Link> /
        </p>
        <h1>
          Claim by{' '}
          <Link to="/speakers/$id" params={{ id: claim.source.id }}>
            {claim.source.name}
          </Link>
        </h1>
      </header>
      <blockquote className="claim-text">
        <p>{claim.text}</p>
      </blockquote>
      <p className="meta">
        {plural(claim.appearanceCount, 'appearance')} in {plural(claim.outletCount, 'outlet')}, first seen {formatDate(claim.firstSeen)}
        {claim.firstOutlet ? ` in ${claim.firstOutlet}` : ''}, last seen {formatDate(claim.lastSeen)}
      </p>
      <h2>How it spread, earliest first</h2>
      <table className="data-table spread-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Outlet</th>
            <th scope="col">Article</th>
            <th scope="col">Words as carried</th>
          </tr>
        </thead>
        <tbody>
          {claim.appearances.map((a) => (
            <tr key={a.quoteId}>
              <td>
                <time dateTime={a.time.at}>{formatQuoteTime(a.time)}</time>
              </td>
              <td>{a.article.outlet ?? <span className="muted">no outlet</span>}</td>
              <td>
                <Link to="/articles/$id" params={{ id: a.article.id }} search={{ quote: a.quoteId }}>
                  {a.article.title ?? 'Untitled article'}
                </Link>
              </td>
              <td>{a.text === claim.text ? <span className="muted">the same</span> : a.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {claim.appearances.length < claim.appearanceCount ? (
        <p className="muted">Showing the first {plural(claim.appearances.length, 'appearance')}.</p>
      ) : null}
    </section>
  );
}
