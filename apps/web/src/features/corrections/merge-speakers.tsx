import type { Source } from '@claimline/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { useRefreshEverything } from './use-correction';

/** Folds another speaker record into this one ("Putin" and "Vladimir Putin" are one person). */
export function MergeSpeakers({ into }: { into: Source }) {
  const trpc = useTRPC();
  const refresh = useRefreshEverything();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState('');
  const [confirming, setConfirming] = useState(false);
  const candidates = useQuery({ ...trpc.sources.list.queryOptions({ q: q.trim(), limit: 20 }), enabled: q.trim().length >= 2 });
  const merge = useMutation(
    trpc.sources.merge.mutationOptions({
      onSuccess: () => {
        setPicked('');
        setConfirming(false);
        void refresh();
      },
    }),
  );
  const undo = useMutation(trpc.sources.undoMerge.mutationOptions({ onSuccess: () => void refresh() }));
  const options = (candidates.data?.items ?? []).filter((s) => s.id !== into.id);
  const chosen = options.find((s) => s.id === picked);
  return (
    <form
      className="corrections"
      aria-label="Merge a duplicate speaker"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) setConfirming(true);
      }}
    >
      <h3>Merge a duplicate into {into.name}</h3>
      <div className="field">
        <label htmlFor="merge-q">Find the duplicate</label>
        <input id="merge-q" type="search" value={q} placeholder="type 2+ letters of its name" onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="merge-pick">Duplicate</label>
        <select id="merge-pick" value={picked} onChange={(e) => setPicked(e.target.value)}>
          <option value="">{q.trim().length < 2 ? 'search first' : options.length ? 'choose…' : 'no match'}</option>
          {options.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.kind}, {plural(s.quoteCount, 'quote')})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!picked || merge.isPending || confirming}>
        Merge into {into.name}…
      </button>
      {confirming && chosen ? (
        <div className="confirm" role="group" aria-label="Confirm merge" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
          <p>
            Merge “{chosen.name}” ({plural(chosen.quoteCount, 'quote')}) into “{into.name}”? Its quotes move here and its name becomes an
            alias later articles follow; you can undo it.
          </p>
          <div className="inline">
            <button type="button" disabled={merge.isPending} onClick={() => merge.mutate({ intoId: into.id, mergeIds: [chosen.id] })}>
              {merge.isPending ? 'Merging…' : `Merge “${chosen.name}”`}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {merge.isError ? <MutationError error={merge.error} action="Not merged" /> : null}
      {undo.isError ? <MutationError error={undo.error} action="Not undone" /> : null}
      <div role="status" className="muted">
        {merge.isSuccess && !undo.isSuccess ? (
          <p>
            Merged: its quotes now belong here.{' '}
            <button
              type="button"
              className="secondary"
              disabled={undo.isPending}
              onClick={() => undo.mutate({ mergeId: merge.data.mergeId })}
            >
              Undo merge
            </button>
          </p>
        ) : undo.isSuccess ? (
          <p>Merge undone: the quotes are back with {undo.data.name === into.name ? 'the other record' : undo.data.name}.</p>
        ) : null}
      </div>
    </form>
  );
}
