import type { Quote, Source } from '@claimline/schema';
import { Link } from '@tanstack/react-router';
import { formatQuoteTime } from '../../lib/format';
import { QuoteCorrections } from '../corrections/quote-corrections';

/** Props of QuotePanel: the quote under the pointer or focus, and the article's sources by id. */
export interface QuotePanelProps {
  quote: Quote | undefined;
  sources: Map<string, Source>;
}

/** Details of the hovered or focused quote: speaker, cue, kind, relay and date, plus corrections. */
export function QuotePanel({ quote, sources }: QuotePanelProps) {
  if (!quote) {
    return (
      <aside className="quote-panel" aria-live="polite" aria-label="Quote details">
        <p className="muted">Hover or focus a highlighted quote (Tab moves between them) to see who said it, the cue and the kind.</p>
      </aside>
    );
  }
  const speaker = quote.sourceId ? sources.get(quote.sourceId) : undefined;
  const via = quote.viaSourceId ? sources.get(quote.viaSourceId) : undefined;
  return (
    <aside className="quote-panel" aria-live="polite" aria-label="Quote details">
      <h2>Quote details</h2>
      <dl>
        <dt>Speaker</dt>
        <dd>
          {speaker ? (
            <Link to="/speakers/$id" params={{ id: speaker.id }}>
              {speaker.name}
            </Link>
          ) : (
            'not named in the text'
          )}
          {speaker?.kind === 'anonymous' && speaker.descriptor ? <span className="muted"> ({speaker.descriptor})</span> : null}
        </dd>
        {quote.speaker ? (
          <>
            <dt>Named here as</dt>
            <dd>{quote.speaker.text}</dd>
          </>
        ) : null}
        <dt>Cue</dt>
        <dd>{quote.cue ? `${quote.cue.text} (${quote.cue.lemma})` : 'none'}</dd>
        <dt>Kind</dt>
        <dd>{quote.kind}</dd>
        <dt>Relayed by</dt>
        <dd>
          {via ? (
            <Link to="/speakers/$id" params={{ id: via.id }}>
              {via.name}
            </Link>
          ) : (
            'no relay'
          )}
        </dd>
        <dt>On the timeline</dt>
        <dd>{formatQuoteTime(quote.time)}</dd>
        <dt>Confidence</dt>
        <dd>{Math.round(quote.confidence * 100)}%</dd>
      </dl>
      <QuoteCorrections key={quote.id} quote={quote} sources={[...sources.values()]} />
    </aside>
  );
}
