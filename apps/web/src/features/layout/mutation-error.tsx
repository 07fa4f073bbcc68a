import { isUnauthorized } from '../../lib/trpc-client';
import { TokenField } from './token-field';

/**
 * Why a write failed, in the server's words. When the server wants an API token (CLAIMLINE_API_TOKEN
 * is set), it also offers a field to paste it; the token stays in this browser only.
 */
export function MutationError({ error, action }: { error: unknown; action: string }) {
  const message = error instanceof Error ? error.message : String(error);
  if (!isUnauthorized(error)) return <p className="error-text">{`${action}: ${message}`}</p>;
  return (
    <>
      <p className="error-text">{`${action}: this server requires an API token for changes (${message}).`}</p>
      <TokenField setting="CLAIMLINE_API_TOKEN" />
    </>
  );
}
