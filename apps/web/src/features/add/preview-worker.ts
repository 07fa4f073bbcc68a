/// <reference lib="webworker" />
// Runs the parser off the main thread, so typing in a long article never waits for a parse.
import { parseArticle } from '@claimline/parser';
import type { PreviewMessage, PreviewRequest, PreviewResponse } from './preview-messages';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, text, title } = event.data;
  // Said first, while this thread can still speak: a parse that never ends is then stopped by its deadline.
  self.postMessage({ id, started: true } satisfies PreviewMessage);
  const started = performance.now();
  let response: PreviewResponse;
  try {
    response = { id, ok: true, result: parseArticle(text, title ? { title } : {}), ms: performance.now() - started };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
