/// <reference lib="webworker" />
// Runs the parser off the main thread, so typing in a long article never waits for a parse.
import { parseArticle } from '@claimline/parser';
import type { PreviewRequest, PreviewResponse } from './preview-messages';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, text, title } = event.data;
  const started = performance.now();
  let response: PreviewResponse;
  try {
    response = { id, ok: true, result: parseArticle(text, title ? { title } : {}), ms: performance.now() - started };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
