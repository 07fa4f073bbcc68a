import type { ParseResult } from '@claimline/schema';

/** What the page asks the preview worker: parse this text (with this title), tagged so stale answers can be dropped. */
export interface PreviewRequest {
  id: number;
  text: string;
  title?: string;
}

/** The answer to one request: the parse and its time, or why it failed (`tooComplex`: it ran past its deadline). */
export type PreviewResponse =
  { id: number; ok: true; result: ParseResult; ms: number } | { id: number; ok: false; message: string; tooComplex?: true };

/** The worker's note that it has started a request: the preview's deadline counts from here. */
export interface PreviewStarted {
  id: number;
  started: true;
}

/** Everything the worker posts. */
export type PreviewMessage = PreviewStarted | PreviewResponse;
