import { errorForLog } from '../http/error-for-log';

/**
 * A response body that pulls the next chunk only when the connection wants more (so a slow client
 * slows the queries instead of filling memory). Cancelled by the server when the client goes away:
 * `abort` is then aborted, which stops the query loop. A chunk that fails errors the stream, and the
 * Node server then destroys the connection: the client sees a failed download, never a short file
 * that ended cleanly with 200 (which a spreadsheet would open as if it were all).
 */
export function exportStream(chunks: AsyncGenerator<string>, abort: AbortController, where: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`${where} failed: ${errorForLog(error)}`);
        // A plain error: the Node server logs what it is given, and a query error lists its parameters.
        controller.error(new Error(`${where} failed part-way (logged on the server): download it again`));
      }
    },
    cancel() {
      abort.abort();
      chunks.return(undefined).catch(() => undefined);
    },
  });
}
