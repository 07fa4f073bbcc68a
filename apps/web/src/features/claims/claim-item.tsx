import type { Claim } from '@claimline/schema';
import { Link } from '@tanstack/react-router';
import { formatDate, plural } from '../../lib/format';
import { markTerms } from '../quotes/highlight-terms';

/** One claim in the list: the words, who said them, how far they spread and who reported them first. */
export function ClaimItem({ claim, terms = [] }: { claim: Claim; terms?: readonly string[] }) {
  const outlets = [...new Set(claim.appearances.flatMap((a) => (a.article.outlet ? [a.article.outlet] : [])))];
  return (
    <li className="quote-item claim-item">
      <blockquote>
        <p>
          {markTerms(claim.text, terms).map((run, i) =>
            run.match ? (
              <mark key={i} className="search-hit">
                {run.text}
              </mark>
            ) : (
              run.text
            ),
          )}
        </p>
      </blockquote>
      <p className="meta">
        <Link to="/speakers/$id" params={{ id: claim.source.id }} className="speaker-link">
          {claim.source.name}
        </Link>
        <span aria-hidden="true"> · </span>
        <span>
          {plural(claim.appearanceCount, 'appearance')} in {plural(claim.outletCount, 'outlet')}
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          first seen <time dateTime={claim.firstSeen}>{formatDate(claim.firstSeen)}</time>
          {claim.firstOutlet ? ` in ${claim.firstOutlet}` : ''}
        </span>
      </p>
      {outlets.length > 1 ? <p className="meta muted">Carried by {outlets.join(', ')}</p> : null}
      <p className="meta">
        <Link to="/claims/$id" params={{ id: claim.id }} className="claim-link">
          Where and when it spread
          <span className="visually-hidden">: {claim.text.slice(0, 60)}</span>
        </Link>
      </p>
    </li>
  );
}
