import { useState, type ReactNode } from 'react';
import { authHeaders } from '../../lib/trpc-client';
import { TokenField } from '../layout/token-field';

/** The file name the server gave (Content-Disposition), else the URL's last segment. */
function fileName(response: Response, href: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename="([^"]+)"/.exec(disposition)?.[1];
  return named ?? new URL(href, location.href).pathname.split('/').pop() ?? 'export';
}

/**
 * A download link for an export. A plain link cannot send the token a server with
 * CLAIMLINE_READ_TOKEN asks for, so the file is fetched with it and handed to the browser as a
 * download; a refusal offers the token field, any other failure says what happened.
 */
export function ExportLink({ href, children }: { href: string; children: ReactNode }) {
  const [state, setState] = useState<{ kind: 'idle' | 'loading' | 'token' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'loading' });
    try {
      const response = await fetch(href, { headers: authHeaders() });
      if (response.status === 401) return setState({ kind: 'token' });
      if (!response.ok) return setState({ kind: 'error', message: `${response.status}: ${(await response.text()).slice(0, 300)}` });
      // A failure part-way aborts the response (the server never ends it cleanly), so blob() rejects.
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(response, href);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'error', message: `the download failed (${error instanceof Error ? error.message : String(error)}): try again` });
    }
  };
  return (
    <>
      <a
        href={href}
        download
        aria-busy={state.kind === 'loading'}
        onClick={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        {children}
      </a>
      {state.kind === 'token' ? (
        <span className="export-token">
          <span className="error-text"> This server asks for a token to export.</span>
          <TokenField setting="CLAIMLINE_READ_TOKEN or CLAIMLINE_API_TOKEN" onSaved={() => void download()} />
        </span>
      ) : null}
      {state.kind === 'error' ? <span className="error-text">{` Export failed: ${state.message}`}</span> : null}
    </>
  );
}
