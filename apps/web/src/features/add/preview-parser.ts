import type { PreviewMessage, PreviewRequest, PreviewResponse } from './preview-messages';

/** The part of a Web Worker the preview uses; tests hand it a node:worker_threads worker behind the same shape. */
export interface PreviewWorker {
  postMessage: (request: PreviewRequest) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<PreviewMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Longest one preview parse may run before its worker is replaced (the server gives a parse the same by default). */
export const PREVIEW_DEADLINE_MS = 5000;

/** Parses preview requests in a worker, one at a time; answers to a request are matched by its id. */
export interface PreviewParser {
  parse: (request: PreviewRequest) => Promise<PreviewResponse>;
  dispose: () => void;
}

/**
 * Runs preview parses in the worker `makeWorker` starts. A parse still running `deadlineMs` after the worker
 * said it started has its worker terminated: it answers `tooComplex`, requests queued behind it go to a fresh
 * worker, so no text can hang the preview (typing never waits for it: the worker is off the main thread).
 */
export function createPreviewParser(makeWorker: () => PreviewWorker, deadlineMs = PREVIEW_DEADLINE_MS): PreviewParser {
  const waiting = new Map<number, { request: PreviewRequest; resolve: (response: PreviewResponse) => void }>();
  let worker: PreviewWorker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const answer = (response: PreviewResponse) => {
    waiting.get(response.id)?.resolve(response);
    waiting.delete(response.id);
  };
  const expire = (stuck: PreviewWorker, id: number) => {
    if (stuck !== worker) return;
    stuck.terminate();
    worker = null;
    answer({ id, ok: false, message: `the parser gave up after ${deadlineMs / 1000} s`, tooComplex: true });
    for (const { request } of waiting.values()) send(request);
  };
  const start = (): PreviewWorker => {
    const started = makeWorker();
    started.onmessage = ({ data }) => {
      clearTimeout(timer);
      if ('started' in data) timer = setTimeout(() => expire(started, data.id), deadlineMs);
      else answer(data);
    };
    started.onerror = (event) => {
      for (const id of [...waiting.keys()]) answer({ id, ok: false, message: event.message || 'the parser could not load' });
    };
    return started;
  };
  const send = (request: PreviewRequest) => {
    worker ??= start();
    worker.postMessage(request);
  };
  return {
    parse: (request) =>
      new Promise((resolve) => {
        waiting.set(request.id, { request, resolve });
        send(request);
      }),
    dispose: () => {
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
