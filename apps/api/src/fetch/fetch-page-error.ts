/** Why a link could not be turned into a page: a tRPC error code and a message that says what to do. */
export class FetchPageError extends Error {
  override name = 'FetchPageError';
  constructor(
    /** The tRPC code the API answers with. */
    readonly code: 'BAD_REQUEST' | 'TIMEOUT' | 'PAYLOAD_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}
