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
  const candidates = useQuery({ ...trpc.sources.list.queryOptions({ q: q.trim(), limit: 20 }), enabled: q.trim().length >= 2 });
  const merge = useMutation(
    trpc.sources.merge.mutationOptions({
      onSuccess: () => {
        setPicked('');
        void refresh();
      },
    }),
  );
  const options = (candidates.data?.items ?? []).filter((s) => s.id !== into.id);
  return (
    <form
      className="corrections"
      aria-label="Merge a duplicate speaker"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) merge.mutate({ intoId: into.id, mergeIds: [picked] });
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
      <button type="submit" disabled={!picked || merge.isPending}>
        Merge into {into.name}
      </button>
      {merge.isError ? <MutationError error={merge.error} action="Not merged" /> : null}
      <p role="status" className="muted">
        {merge.isSuccess ? 'Merged: its quotes now belong here.' : ''}
      </p>
    </form>
  );
}
