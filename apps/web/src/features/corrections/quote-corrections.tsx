import type { Quote, QuoteKind, Source } from '@claimline/schema';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { QUOTE_KINDS } from '../../lib/kinds';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { useRefreshEverything } from './use-correction';

/** Props of QuoteCorrections: the quote and the speakers it may be reassigned to. */
export interface QuoteCorrectionsProps {
  quote: Quote;
  sources: Source[];
}

/** An analyst's corrections of one quote: reassign the speaker, change the kind, or mark it not a quote. */
export function QuoteCorrections({ quote, sources }: QuoteCorrectionsProps) {
  const trpc = useTRPC();
  const id = useId();
  const refresh = useRefreshEverything();
  const [speaker, setSpeaker] = useState(quote.sourceId ?? '');
  const [kind, setKind] = useState<QuoteKind>(quote.kind);
  const update = useMutation(trpc.quotes.update.mutationOptions({ onSuccess: () => refresh() }));
  const changed = speaker !== (quote.sourceId ?? '') || kind !== quote.kind;

  return (
    <form
      className="corrections"
      aria-label="Correct this quote"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ id: quote.id, sourceId: speaker === '' ? null : speaker, kind });
      }}
    >
      <h3>Correct</h3>
      <div className="field">
        <label htmlFor={`${id}-speaker`}>Speaker</label>
        <select id={`${id}-speaker`} value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
          <option value="">(no speaker)</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as QuoteKind)}>
          {QUOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" disabled={!changed || update.isPending}>
          Save correction
        </button>
        <button
          type="button"
          className="danger"
          disabled={update.isPending}
          onClick={() => {
            if (window.confirm('Mark this as not a quote? It disappears from every view and stays out after re-parsing.')) {
              update.mutate({ id: quote.id, notAQuote: true });
            }
          }}
        >
          Not a quote
        </button>
      </div>
      {update.isError ? <MutationError error={update.error} action="Not saved" /> : null}
      <p role="status" className="muted">
        {update.isSuccess ? 'Saved. Every view now shows the correction.' : ''}
      </p>
    </form>
  );
}
