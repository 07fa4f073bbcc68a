import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreviewMessage } from './preview-messages';
import { createPreviewParser, type PreviewParser, type PreviewWorker } from './preview-parser';

// A real thread that speaks the preview worker's protocol: it says it started, then answers with the length it read;
// text starting with STUCK holds the thread, as text did that sent a pattern backtracking for hours.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text }) => {
  parentPort.postMessage({ id, started: true });
  if (text.startsWith('STUCK')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  parentPort.postMessage({ id, ok: false, message: 'read ' + text.length + ' characters' });
});`;

/** node:worker_threads behind the shape of a Web Worker; counts the threads started and ended. */
function threads() {
  const counts = { started: 0, ended: 0 };
  const make = (): PreviewWorker => {
    const thread = new Worker(SCRIPT, { eval: true });
    counts.started += 1;
    thread.on('exit', () => (counts.ended += 1));
    const adapter: PreviewWorker = {
      postMessage: (request) => thread.postMessage(request),
      terminate: () => void thread.terminate(),
      onmessage: null,
      onerror: null,
    };
    thread.on('message', (data: PreviewMessage) => adapter.onmessage?.(new MessageEvent('message', { data })));
    return adapter;
  };
  return { counts, make };
}

describe('createPreviewParser', () => {
  let parser: PreviewParser | undefined;
  afterEach(() => parser?.dispose());

  it('should answer each request from the worker', async () => {
    const { make } = threads();
    parser = createPreviewParser(make, 2000);
    expect(await parser.parse({ id: 1, text: 'Peskov said so.' })).toEqual({ id: 1, ok: false, message: 'read 15 characters' });
  });

  // Regression: text that hung the parser would have hung the live preview with it.
  it('should terminate a worker past the deadline, say the text is too complex, and serve the next text', async () => {
    const { counts, make } = threads();
    parser = createPreviewParser(make, 500);
    const stuck = parser.parse({ id: 1, text: 'STUCK on this' });
    const queued = parser.parse({ id: 2, text: 'next' });
    expect(await stuck).toEqual({ id: 1, ok: false, message: 'the parser gave up after 0.5 s', tooComplex: true });
    expect(await queued).toEqual({ id: 2, ok: false, message: 'read 4 characters' });
    expect(counts.started).toBe(2);
    await expect.poll(() => counts.ended).toBe(1);
    expect(await parser.parse({ id: 3, text: 'again' })).toEqual({ id: 3, ok: false, message: 'read 5 characters' });
  });
});
