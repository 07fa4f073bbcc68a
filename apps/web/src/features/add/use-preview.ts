import type * as ParserModule from '@claimline/parser';
import type { ParseResult } from '@claimline/schema';
import { useDeferredValue, useEffect, useState } from 'react';

type Parser = typeof ParserModule;

let parserModule: Promise<Parser> | undefined;
/** Loads @claimline/parser once, on first use: it is kept out of the overview's bundle. */
function loadParser(): Promise<Parser> {
  parserModule ??= import('@claimline/parser');
  return parserModule;
}

/** What the live preview shows: the parse, or why there is none yet. */
export type PreviewState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; result: ParseResult; ms: number }
  | { status: 'error'; message: string };

/**
 * Runs the real parser in the browser on the pasted text as the user types, a short pause after the
 * last keystroke, so the preview shows exactly what saving would find, before anything is saved.
 */
export function usePreview(text: string, title: string | undefined, delayMs = 200): PreviewState {
  const deferredText = useDeferredValue(text);
  const [state, setState] = useState<PreviewState>({ status: 'empty' });
  useEffect(() => {
    if (deferredText.trim() === '') {
      setState({ status: 'empty' });
      return;
    }
    let cancelled = false;
    const handle = setTimeout(() => {
      setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
      loadParser()
        .then((parser) => {
          if (cancelled) return;
          const started = performance.now();
          const result = parser.parseArticle(deferredText, title ? { title } : {});
          setState({ status: 'ready', result, ms: performance.now() - started });
        })
        .catch((error: unknown) => {
          if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [deferredText, title, delayMs]);
  return state;
}
