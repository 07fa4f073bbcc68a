import type { SavedSearch } from '@claimline/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';

/**
 * Removes a saved search after a confirmation in place (its name, then "Forget" or "Keep"): a slip
 * of the pointer must not lose an analyst's search. Its quotes are not touched.
 */
export function ForgetSavedSearch({ search }: { search: Pick<SavedSearch, 'id' | 'name'> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation(
    trpc.savedSearches.remove.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.savedSearches.list.queryKey() }),
    }),
  );
  if (!asking)
    return (
      <button type="button" className="link-button" aria-label={`Forget the saved search ${search.name}`} onClick={() => setAsking(true)}>
        forget
      </button>
    );
  return (
    <span role="group" aria-label={`Confirm forgetting ${search.name}`}>
      {`Forget “${search.name}”? `}
      <button type="button" disabled={remove.isPending} onClick={() => remove.mutate({ id: search.id })}>
        Forget
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
      {remove.error ? <MutationError error={remove.error} action="Not forgotten" /> : null}
    </span>
  );
}
