import type { createApp } from '../app';

type Hono = ReturnType<typeof createApp>;

/** One call of a procedure: its dotted path, whether it is a query (GET) or a mutation (POST), and its input. */
export interface Call {
  path: string;
  type: 'query' | 'mutation';
  input: unknown;
}

const json = (value: unknown) => JSON.stringify(value) ?? 'null';

/** Sends one call the way @trpc/client's httpLink does: a query as GET ?input=, a mutation as POST JSON. */
export function sendCall(app: Hono, call: Call): Promise<Response> {
  if (call.type === 'query') {
    const query = call.input === undefined ? '' : `?input=${encodeURIComponent(json(call.input))}`;
    return Promise.resolve(app.request(`/trpc/${call.path}${query}`));
  }
  return Promise.resolve(
    app.request(`/trpc/${call.path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json(call.input) }),
  );
}

/** Sends calls of one type as one batched request, as httpBatchLink does (`/trpc/a,b?batch=1`). */
export function sendBatch(app: Hono, type: Call['type'], calls: Call[]): Promise<Response> {
  const paths = calls.map((c) => c.path).join(',');
  const inputs = Object.fromEntries(calls.map((c, i) => [i, c.input]));
  if (type === 'query') return Promise.resolve(app.request(`/trpc/${paths}?batch=1&input=${encodeURIComponent(json(inputs))}`));
  return Promise.resolve(
    app.request(`/trpc/${paths}?batch=1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json(inputs) }),
  );
}

/** Sends raw bytes: malformed JSON, a wrong method, a path that is no procedure. */
export function sendRaw(app: Hono, method: 'GET' | 'POST', url: string, body?: string): Promise<Response> {
  return Promise.resolve(
    app.request(url, method === 'POST' ? { method, headers: { 'Content-Type': 'application/json' }, body: body ?? '' } : { method }),
  );
}

/**
 * The HTTP statuses of a tRPC answer: the response's own and, for a batch, each call's. A body that
 * is not JSON counts as the response's status alone (the body limit answers before tRPC does).
 */
export async function statusesOf(response: Response): Promise<number[]> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [response.status];
  }
  const items = Array.isArray(body) ? (body as unknown[]) : [body];
  const inner = items.map((item) => (item as { error?: { data?: { httpStatus?: number } } } | null)?.error?.data?.httpStatus ?? 200);
  return [response.status, ...inner];
}

/** Resolves with `promise`, or rejects when it has not settled after `ms` (a hang, not a slow answer: keep it generous). */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}
