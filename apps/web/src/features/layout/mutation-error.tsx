import { TRPCClientError } from '@trpc/client';
import { useState } from 'react';
import { readApiToken, saveApiToken } from '../../lib/trpc-client';

function isUnauthorized(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null && 'code' in data && data.code === 'UNAUTHORIZED';
}

/**
 * Why a write failed, in the server's words. When the server wants an API token (CLAIMLINE_API_TOKEN
 * is set), it also offers a field to paste it; the token stays in this browser only.
 */
export function MutationError({ error, action }: { error: unknown; action: string }) {
  const [token, setToken] = useState(readApiToken() ?? '');
  const [saved, setSaved] = useState(false);
  const message = error instanceof Error ? error.message : String(error);
  if (!isUnauthorized(error)) return <p className="error-text">{`${action}: ${message}`}</p>;
  return (
    // A div, not a form: this sits inside the forms whose write failed, and forms do not nest.
    <div className="token-form" role="group" aria-label="API token">
      <p className="error-text">{`${action}: this server requires an API token for changes (${message}).`}</p>
      <label htmlFor="api-token">API token (ask whoever runs the server; it is CLAIMLINE_API_TOKEN there)</label>
      <input id="api-token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      <button
        type="button"
        onClick={() => {
          saveApiToken(token.trim() || null);
          setSaved(true);
        }}
      >
        Save token in this browser
      </button>
      {saved ? <p className="muted">Saved. Try again.</p> : null}
    </div>
  );
}
