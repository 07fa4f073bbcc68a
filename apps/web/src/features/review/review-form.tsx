import type { QuoteListItem, ReviewStatus } from '@claimline/schema';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTRPC } from '../../lib/trpc';
import { useRefreshEverything } from '../corrections/use-correction';
import { MutationError } from '../layout/mutation-error';
import { REVIEW_ACTIONS, parseTags } from './review-keys';

/**
 * Sets a quote's status in one click, and its note and tags; kept across reparses. `autoStatus` (a key
 * pressed in the review queue) is saved once as the form mounts.
 */
export function ReviewForm({
  quote,
  onDone,
  autoStatus,
}: {
  quote: QuoteListItem;
  onDone?: (status: ReviewStatus) => void;
  autoStatus?: ReviewStatus;
}) {
  const trpc = useTRPC();
  const id = useId();
  const refresh = useRefreshEverything();
  const [note, setNote] = useState(quote.review.note ?? '');
  const [tags, setTags] = useState(quote.review.tags.join(', '));
  const update = useMutation(
    trpc.quotes.update.mutationOptions({
      onSuccess: (result) => {
        if (result.review) onDone?.(result.review.status);
        return refresh();
      },
    }),
  );
  const save = (status?: ReviewStatus) =>
    update.mutate({ id: quote.id, ...(status ? { status } : {}), note: note.trim() === '' ? null : note.trim(), tags: parseTags(tags) });
  const sent = useRef(false);
  useEffect(() => {
    if (!autoStatus || sent.current) return;
    sent.current = true;
    save(autoStatus);
    // Once per mount: the queue remounts the form for each key press.
  }, [autoStatus]);
  return (
    <form
      className="review-form"
      aria-label="Review this quote"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <div className="review-actions" role="group" aria-label="Set the status">
        {REVIEW_ACTIONS.map((a) => (
          <button
            key={a.status}
            type="button"
            aria-keyshortcuts={a.key}
            aria-pressed={quote.review.status === a.status}
            disabled={update.isPending}
            onClick={() => save(a.status)}
          >
            {a.label} <kbd aria-hidden="true">{a.key}</kbd>
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
        <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} />
      </div>
      <button type="submit" disabled={update.isPending}>
        Save note and tags
      </button>
      {update.isError ? <MutationError error={update.error} action="Could not save the review" /> : null}
    </form>
  );
}
