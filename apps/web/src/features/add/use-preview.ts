import type { ParseResult } from '@claimline/schema';
import { useEffect, useRef, useState } from 'react';
import type { PreviewRequest, PreviewResponse } from './preview-messages';

/** What the live preview shows: the parse, or why there is none yet. */
export type PreviewState =
  { status: 'empty' } | { status: 'loading' } | { status: 'ready'; result: ParseResult; ms: number } | { status: 'error'; message: string };

type Parse = (request: PreviewRequest) => Promise<PreviewResponse>;

/**
 * A parse function backed by a Web Worker (the parser is loaded there, on first use, and never blocks
 * typing); where workers do not exist (tests, old browsers) the parser is imported lazily instead.
 */
function createParse(): { parse: Parse; dispose: () => void } {
  if (typeof Worker === 'undefined') {
    return {
      parse: async ({ id, text, title }) => {
        const { parseArticle } = await import('@claimline/parser');
        const started = performance.now();
        return { id, ok: true, result: parseArticle(text, title ? { title } : {}), ms: performance.now() - started };
      },
      dispose: () => {},
    };
  }
  const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'claimline-preview' });
  const waiting = new Map<number, (response: PreviewResponse) => void>();
  worker.onmessage = (event: MessageEvent<PreviewResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    for (const [id, resolve] of waiting) resolve({ id, ok: false, message: event.message || 'the parser could not load' });
    waiting.clear();
  };
  return {
    parse: (request) =>
      new Promise((resolve) => {
        waiting.set(request.id, resolve);
        worker.postMessage(request);
      }),
    dispose: () => worker.terminate(),
  };
}

/**
 * Runs the real parser on the pasted text as the user types, a short pause after the last keystroke,
 * so the preview shows exactly what saving would find, before anything is saved. Answers to older
 * text are dropped.
 */
export function usePreview(text: string, title: string | undefined, delayMs = 200): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'empty' });
  const parser = useRef<ReturnType<typeof createParse> | null>(null);
  const latest = useRef(0);
  useEffect(() => () => parser.current?.dispose(), []);
  useEffect(() => {
    if (text.trim() === '') {
      latest.current += 1;
      setState({ status: 'empty' });
      return;
    }
    const handle = setTimeout(() => {
      const id = (latest.current += 1);
      parser.current ??= createParse();
      setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
      parser.current
        .parse({ id, text, title })
        .then((response) => {
          if (response.id !== latest.current) return;
          setState(
            response.ok ? { status: 'ready', result: response.result, ms: response.ms } : { status: 'error', message: response.message },
          );
        })
        .catch((error: unknown) => {
          if (id === latest.current) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        });
    }, delayMs);
    return () => clearTimeout(handle);
  }, [text, title, delayMs]);
  return state;
}
