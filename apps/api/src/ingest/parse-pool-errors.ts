import { TRPCError } from '@trpc/server';

/** A parse ran past the pool's deadline: its worker was terminated and replaced. */
export class ParseTimeoutError extends Error {
  override readonly name = 'ParseTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the parse ran past its deadline of ${timeoutMs} ms`);
  }
}

/** The pool is closing (the server is shutting down): the task was not parsed and may be sent again. */
export class ParsePoolClosingError extends Error {
  override readonly name = 'ParsePoolClosingError';
  constructor() {
    super('the parse pool is closing');
  }
}

/**
 * The tRPC error a failed parse answers: UNPROCESSABLE_CONTENT (422) past the deadline, SERVICE_UNAVAILABLE (503)
 * when the server is shutting down (retryable, never blamed on the text), BAD_REQUEST when the parser itself threw.
 */
export function parseFailure(error: unknown): TRPCError {
  if (error instanceof ParseTimeoutError) {
    return new TRPCError({
      code: 'UNPROCESSABLE_CONTENT',
      message: `text is too complex to parse: the parser gave up after ${error.timeoutMs / 1000} s; split the article or remove what is not article text (long runs of links, symbols or markup)`,
      cause: error,
    });
  }
  if (error instanceof ParsePoolClosingError) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'the server is shutting down: retry the request', cause: error });
  }
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: `the parser could not read this text (${error instanceof Error ? error.message : String(error)}): check that it is plain article text`,
    cause: error,
  });
}
