import { SavedSearchCreateInputSchema } from '@claimline/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../lib/trpc';
import { MutationError } from '../layout/mutation-error';
import type { QuotesSearch } from '../quotes/quotes-search';
import { searchFeedHref, toSavedFilters } from './saved-search-filters';

/** "Save this search": keeps the Quotes view's current filters under a name, listed in the navigation with its new claims. */
export function SaveSearch({ filters }: { filters: QuotesSearch }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.savedSearches.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        await queryClient.invalidateQueries({ queryKey: trpc.savedSearches.list.queryKey() });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = SavedSearchCreateInputSchema.safeParse({ name, filters: toSavedFilters(filters) });
    setProblem(checked.success ? null : (checked.error.issues[0]?.message ?? 'name: invalid'));
    if (checked.success) save.mutate(checked.data);
  };

  return (
    <form className="save-search" aria-labelledby="save-search-title" onSubmit={submit} noValidate>
      <h2 id="save-search-title" className="visually-hidden">
        Save this search
      </h2>
      <label htmlFor="save-search-name">Name this search</label>
      <input
        id="save-search-name"
        value={name}
        maxLength={100}
        placeholder="Vaccines, direct quotes"
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save this search'}
      </button>
      <div role="status" aria-live="polite">
        {problem ? <p className="error-text">Not saved. {problem}</p> : null}
        {save.isError ? <MutationError error={save.error} action="Not saved" /> : null}
        {save.isSuccess ? (
          <p className="success">
            Saved as {save.data.name}: it is listed under the navigation with the claims new since you last opened it.{' '}
            <a href={searchFeedHref(save.data.id)} type="application/atom+xml">
              Atom feed of {save.data.name}
            </a>
          </p>
        ) : null}
      </div>
    </form>
  );
}
