import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isUnauthorized } from '../../lib/trpc-client';
import { TokenField } from './token-field';

/** A placeholder of fixed height while data loads, so the layout does not jump when it arrives. */
export function Loading({ label, height = 120 }: { label: string; height?: number }) {
  return (
    <div className="loading" role="status" aria-live="polite" style={{ minHeight: height }}>
      <span className="spinner" aria-hidden="true" /> {label}
    </div>
  );
}

/** An error that says what happened and what to try; `retry` adds a button. */
export function ErrorState({ error, retry, what }: { error: unknown; retry?: () => void; what: string }) {
  const queryClient = useQueryClient();
  const message = error instanceof Error ? error.message : String(error);
  // CLAIMLINE_READ_TOKEN is set on the server: reads need the token too.
  if (isUnauthorized(error))
    return (
      <div className="state error" role="alert">
        <h2>Could not load {what}</h2>
        <p>This server asks for a token to read. Paste it below; it stays in this browser.</p>
        <TokenField setting="CLAIMLINE_READ_TOKEN or CLAIMLINE_API_TOKEN" onSaved={() => void queryClient.invalidateQueries()} />
      </div>
    );
  const offline = /fetch|network|Failed to/i.test(message);
  return (
    <div className="state error" role="alert">
      <h2>Could not load {what}</h2>
      <p>{offline ? 'The Claimline API did not answer. Check that the server is running (pnpm start), then try again.' : message}</p>
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** An empty state: a heading and what the user can do about it. */
export function Empty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="state empty" role="status">
      <h2>{title}</h2>
      <p>{children}</p>
    </div>
  );
}
