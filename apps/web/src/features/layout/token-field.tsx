import { useState } from 'react';
import { readApiToken, saveApiToken } from '../../lib/trpc-client';

/**
 * A field to paste the server's token, kept in this browser only (localStorage) and sent as
 * `Authorization: Bearer` on every call. `setting` names the server setting the token comes from;
 * `onSaved` runs after saving (retry the read or the download that was refused).
 */
export function TokenField({ setting, onSaved }: { setting: string; onSaved?: () => void }) {
  const [token, setToken] = useState(readApiToken() ?? '');
  const [saved, setSaved] = useState(false);
  return (
    // A div, not a form: this sits inside the forms whose call failed, and forms do not nest.
    <div className="token-form" role="group" aria-label="API token">
      <label htmlFor="api-token">{`API token (ask whoever runs the server; it is ${setting} there)`}</label>
      <input id="api-token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      <button
        type="button"
        onClick={() => {
          saveApiToken(token.trim() || null);
          setSaved(true);
          onSaved?.();
        }}
      >
        Save token in this browser
      </button>
      {saved && onSaved === undefined ? <p className="muted">Saved. Try again.</p> : null}
    </div>
  );
}
