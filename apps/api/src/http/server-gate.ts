import type { Server } from 'node:http';
import { trpcError } from './trpc-error';

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

/** What the gate lets through: nothing while starting, the app while serving, nothing new while draining. */
export interface ServerGate {
  /** The handler the HTTP server is created with, before the app exists. */
  fetch: Fetch;
  /** Counts the responses the server is sending (streamed exports included, until their last byte). */
  attach: (server: Server) => void;
  /** From now on requests go to `app`. */
  open: (app: { fetch: Fetch }) => void;
  /** From now on new requests get a retryable 503; resolves when none is in flight or after `timeoutMs`, with how many still are. */
  drain: (timeoutMs: number) => Promise<number>;
  /** Answers every request still running with a retryable 503 now; their handlers run on unheard. */
  cutOff: () => void;
  /** Resolves when every handler has returned (cut off or not), or after `timeoutMs`. */
  handlersDone: (timeoutMs: number) => Promise<void>;
  /** Resolves when no response is being sent, or after `timeoutMs`, with how many still are. */
  settled: (timeoutMs: number) => Promise<number>;
}

const unavailable = (message: string) => trpcError('SERVICE_UNAVAILABLE', message, { 'Retry-After': '1', Connection: 'close' });

/** Waits for `done` or `timeoutMs`, whichever comes first. */
const within = (done: Promise<unknown>, timeoutMs: number) => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([done, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]).finally(() => clearTimeout(timer));
};

/**
 * Lets the port be bound before the database opens (an EADDRINUSE start then fails without touching
 * the data directory) and lets shutdown stop taking work, let what is in flight finish, and answer
 * what cannot finish with 503 (retryable: ingest finds an article already stored by its text).
 */
export function createServerGate(): ServerGate {
  let state: 'starting' | 'serving' | 'draining' = 'starting';
  let app: { fetch: Fetch } | undefined;
  let inFlight = 0;
  let wakeIdle: (() => void) | undefined;
  const handlers = new Set<Promise<unknown>>();
  const cutoffs = new Set<(response: Response) => void>();
  const settled = (timeoutMs: number) =>
    inFlight === 0 ? Promise.resolve(0) : within(new Promise<void>((r) => (wakeIdle = r)), timeoutMs).then(() => inFlight);
  return {
    fetch: (request, env) => {
      if (state === 'starting') return unavailable('the server is starting (opening and migrating its database): retry in a moment');
      if (state === 'draining' || !app)
        return unavailable('the server is shutting down: retry in a moment (another process, or this one restarted, will answer)');
      const handled = Promise.resolve(app.fetch(request, env));
      handlers.add(handled);
      void handled.catch(() => undefined).finally(() => handlers.delete(handled));
      let cut!: (response: Response) => void;
      const cutOff = new Promise<Response>((resolve) => cutoffs.add((cut = resolve)));
      return Promise.race([handled, cutOff]).finally(() => cutoffs.delete(cut));
    },
    attach: (server) => {
      server.on('request', (_req, res) => {
        inFlight++;
        res.once('close', () => {
          inFlight--;
          if (inFlight === 0) wakeIdle?.();
        });
      });
    },
    open: (next) => {
      app = next;
      state = 'serving';
    },
    drain: (timeoutMs) => {
      state = 'draining';
      return settled(timeoutMs);
    },
    cutOff: () => {
      for (const cut of [...cutoffs]) {
        cut(
          unavailable(
            'the server shut down before this request finished: send it again (articles already stored are recognised by their text)',
          ),
        );
      }
    },
    handlersDone: async (timeoutMs) => {
      await within(Promise.allSettled([...handlers]), timeoutMs);
    },
    settled,
  };
}
