import type { SourceSuggestion } from '@claimline/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { useRefreshEverything } from '../corrections/use-correction';

const pairKey = (s: SourceSuggestion) => `${s.merge.id}>${s.into.id}`;

/** One suggestion: who would fold into whom, the evidence and the score, with a box for bulk decisions. */
function SuggestionRow({ s, checked, onCheck }: { s: SourceSuggestion; checked: boolean; onCheck: (on: boolean) => void }) {
  const label = `${s.merge.name} into ${s.into.name}`;
  return (
    <li className="suggestion">
      <input type="checkbox" aria-label={`Select ${label}`} checked={checked} onChange={(e) => onCheck(e.target.checked)} />
      <span>
        <Link to="/speakers/$id" params={{ id: s.merge.id }}>
          {s.merge.name}
        </Link>{' '}
        <span className="muted">({plural(s.merge.quoteCount, 'quote')})</span> →{' '}
        <Link to="/speakers/$id" params={{ id: s.into.id }}>
          {s.into.name}
        </Link>{' '}
        <span className="muted">({plural(s.into.quoteCount, 'quote')})</span>
      </span>
      <span className="evidence">
        {s.evidence.map((e) => (
          <span key={e.kind} className="badge" title={e.detail}>
            {e.kind}: {e.detail}
          </span>
        ))}
      </span>
      <span className="num" aria-label="score">
        {Math.round(s.score * 100)}%
      </span>
    </li>
  );
}

/**
 * The review queue of likely duplicates (sources.suggestions): select pairs, then merge or mark
 * them as different people after a confirmation; merges made here can be undone at once.
 */
export function ReviewQueue() {
  const trpc = useTRPC();
  const refresh = useRefreshEverything();
  const suggestions = useQuery(trpc.sources.suggestions.queryOptions({ limit: 50 }));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<'merge' | 'distinct' | null>(null);
  const [undoable, setUndoable] = useState<{ mergeId: string; label: string }[]>([]);
  const merge = useMutation(trpc.sources.merge.mutationOptions());
  const distinct = useMutation(trpc.sources.markDistinct.mutationOptions());
  const undo = useMutation(trpc.sources.undoMerge.mutationOptions());
  const items = suggestions.data?.items ?? [];
  const chosen = items.filter((s) => selected.has(pairKey(s)));
  const busy = merge.isPending || distinct.isPending || undo.isPending;

  const apply = async (action: 'merge' | 'distinct') => {
    const done: { mergeId: string; label: string }[] = [];
    // One at a time: a record merged by an earlier pair may be the survivor of a later one.
    for (const s of chosen) {
      if (action === 'merge') {
        const result = await merge.mutateAsync({ intoId: s.into.id, mergeIds: [s.merge.id] }).catch(() => null);
        if (result) done.push({ mergeId: result.mergeId, label: `${s.merge.name} into ${s.into.name}` });
      } else {
        await distinct.mutateAsync({ aId: s.into.id, bId: s.merge.id }).catch(() => null);
      }
    }
    setUndoable(done);
    setSelected(new Set());
    setConfirming(null);
    await refresh();
  };

  if (suggestions.isPending || suggestions.isError || (items.length === 0 && undoable.length === 0)) return null;
  return (
    <details className="corrections-box review-queue" open>
      <summary>Possible duplicates to review ({items.length})</summary>
      <div className="inline">
        <button type="button" className="secondary" onClick={() => setSelected(new Set(items.map(pairKey)))} disabled={busy}>
          Select all
        </button>
        <button type="button" disabled={chosen.length === 0 || busy} onClick={() => setConfirming('merge')}>
          Merge selected…
        </button>
        <button type="button" className="secondary" disabled={chosen.length === 0 || busy} onClick={() => setConfirming('distinct')}>
          Not the same…
        </button>
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm review" onKeyDown={(e) => e.key === 'Escape' && setConfirming(null)}>
          <p>
            {confirming === 'merge'
              ? `Merge ${plural(chosen.length, 'pair')}? Each first name's quotes move to the second; you can undo it.`
              : `Mark ${plural(chosen.length, 'pair')} as different people? They will not be suggested or linked again.`}
          </p>
          <div className="inline">
            <button type="button" disabled={busy} onClick={() => void apply(confirming)}>
              {confirming === 'merge' ? `Merge ${plural(chosen.length, 'pair')}` : `Keep ${plural(chosen.length, 'pair')} apart`}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {merge.isError ? <MutationError error={merge.error} action="Not merged" /> : null}
      {distinct.isError ? <MutationError error={distinct.error} action="Not marked" /> : null}
      <div role="status" className="muted">
        {undoable.length > 0 ? (
          <p>
            Merged {plural(undoable.length, 'pair')}.{' '}
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void Promise.all(undoable.map((u) => undo.mutateAsync({ mergeId: u.mergeId }))).then(async () => {
                  setUndoable([]);
                  await refresh();
                })
              }
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
      <ul className="plain suggestions" aria-label="Possible duplicates">
        {items.map((s) => (
          <SuggestionRow
            key={pairKey(s)}
            s={s}
            checked={selected.has(pairKey(s))}
            onCheck={(on) =>
              setSelected((prev) => {
                const next = new Set(prev);
                if (on) next.add(pairKey(s));
                else next.delete(pairKey(s));
                return next;
              })
            }
          />
        ))}
      </ul>
    </details>
  );
}
