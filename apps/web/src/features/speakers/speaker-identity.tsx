import type { SourceDetail } from '@claimline/schema';
import { useMutation } from '@tanstack/react-query';
import { formatDate, plural } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import { useRefreshEverything } from '../corrections/use-correction';

/**
 * The names joined to this speaker (by resolution or an analyst), each of which can be split off
 * again, and the analyst's merges into it, each of which can be undone.
 */
export function SpeakerIdentity({ detail }: { detail: SourceDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshEverything();
  const split = useMutation(trpc.sources.split.mutationOptions({ onSuccess: () => void refresh() }));
  const undo = useMutation(trpc.sources.undoMerge.mutationOptions({ onSuccess: () => void refresh() }));
  const merges = detail.merges.filter((m) => !m.undoneAt);
  if (detail.members.length === 0 && merges.length === 0) return null;
  return (
    <section className="corrections" aria-label="Names joined to this speaker">
      <h3>Names joined here</h3>
      <ul className="plain">
        {detail.members.map((m) => (
          <li key={m.id}>
            {m.name}{' '}
            <span className="muted">
              ({plural(m.quoteCount, 'quote')}, {m.linkKind === 'auto' ? 'linked automatically' : 'merged'})
            </span>{' '}
            <button type="button" className="secondary" disabled={split.isPending} onClick={() => split.mutate({ id: m.id })}>
              Split off
            </button>
          </li>
        ))}
      </ul>
      {merges.length > 0 ? (
        <ul className="plain" aria-label="Merges">
          {merges.map((m) => (
            <li key={m.id}>
              Merged {m.mergedNames.join(', ')} on {formatDate(m.createdAt)}{' '}
              <button type="button" className="secondary" disabled={undo.isPending} onClick={() => undo.mutate({ mergeId: m.id })}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {split.isError ? <MutationError error={split.error} action="Not split" /> : null}
      {undo.isError ? <MutationError error={undo.error} action="Not undone" /> : null}
    </section>
  );
}
