import type { ParseResult } from '@claimline/schema';
import { useEffect, useRef, useState } from 'react';
import { createPreviewParser, type PreviewParser } from './preview-parser';

/** What the live preview shows: the parse, or why there is none yet. */
export type PreviewState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; result: ParseResult; ms: number }
  | { status: 'error'; message: string }
  /** The parse ran past its deadline: the text is too complex to parse. */
  | { status: 'too-complex'; message: string };

/**
 * A parser backed by a Web Worker (the parser is loaded there, on first use, and never blocks typing; a parse past
 * its deadline gets a fresh worker); where workers do not exist (tests, old browsers) the parser is imported lazily.
 */
function createParse(): PreviewParser {
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
  return createPreviewParser(
    () => new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'claimline-preview' }),
  );
}

/**
 * Runs the real parser on the pasted text as the user types, a short pause after the last keystroke,
 * so the preview shows exactly what saving would find, before anything is saved. Answers to older
 * text are dropped.
 */
export function usePreview(text: string, title: string | undefined, delayMs = 200): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'empty' });
  const parser = useRef<PreviewParser | null>(null);
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
          if (response.ok) setState({ status: 'ready', result: response.result, ms: response.ms });
          else setState({ status: response.tooComplex ? 'too-complex' : 'error', message: response.message });
        })
        .catch((error: unknown) => {
          if (id === latest.current) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        });
    }, delayMs);
    return () => clearTimeout(handle);
  }, [text, title, delayMs]);
  return state;
}
