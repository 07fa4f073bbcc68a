import type { ParseResult } from '@claimline/schema';

/** What the page asks the preview worker: parse this text (with this title), tagged so stale answers can be dropped. */
export interface PreviewRequest {
  id: number;
  text: string;
  title?: string;
}

/** The worker's answer to one request: the parse and its time, or why it failed. */
export type PreviewResponse = { id: number; ok: true; result: ParseResult; ms: number } | { id: number; ok: false; message: string };
