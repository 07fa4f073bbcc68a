import type { Quote, QuoteKind, Source } from '@claimline/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { QUOTE_KINDS } from '../../lib/kinds';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { useRefreshEverything } from './use-correction';

/** Props of QuoteCorrections: the quote and the speakers offered first (e.g. those of its article). */
export interface QuoteCorrectionsProps {
  quote: Quote;
  sources: Pick<Source, 'id' | 'name'>[];
}

/** An analyst's corrections of one quote: reassign the speaker, change the kind, or mark it not a quote. */
export function QuoteCorrections({ quote, sources }: QuoteCorrectionsProps) {
  const trpc = useTRPC();
  const id = useId();
  const refresh = useRefreshEverything();
  const [speaker, setSpeaker] = useState(quote.sourceId ?? '');
  const [kind, setKind] = useState<QuoteKind>(quote.kind);
  const [find, setFind] = useState('');
  // Any stored speaker can be the right one, not only those of this article: search them by name.
  const found = useQuery({ ...trpc.sources.list.queryOptions({ q: find.trim(), limit: 20 }), enabled: find.trim().length >= 2 });
  const options = useMemo(() => {
    const byId = new Map(sources.map((s) => [s.id, s.name]));
    for (const s of found.data?.items ?? []) if (!byId.has(s.id)) byId.set(s.id, `${s.name} (${s.kind})`);
    return [...byId].map(([sourceId, name]) => ({ id: sourceId, name }));
  }, [sources, found.data]);
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
          {options.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-find`}>Find another speaker</label>
        <input id={`${id}-find`} type="search" value={find} placeholder="type 2+ letters" onChange={(e) => setFind(e.target.value)} />
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
