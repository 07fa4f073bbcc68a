import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../router/index';
import { createTestApi, type TestApi } from '../test/test-app';
import { deeplyNested, hostileLeaf } from './hostile-values';
import { sendBatch, sendCall, sendRaw, statusesOf, within, type Call } from './trpc-requests';

// Procedures that fetch what their input names from the network: tests send nothing off the machine,
// so these are left to their own tests (fetch/ingest-url.test.ts serves its pages on 127.0.0.1).
const FETCHES_FROM_THE_NETWORK = new Set(['articles.ingestUrl']);

// Every procedure the router serves, read from the router itself: a procedure added later is fuzzed too.
const PROCEDURES = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([path, p]) => (p._def.type === 'query' || p._def.type === 'mutation') && !FETCHES_FROM_THE_NETWORK.has(path))
  .map(([path, p]) => ({ path, type: p._def.type as Call['type'] }));

// No answer in a minute is a hang, whatever the machine's load (a call takes milliseconds).
const HANG_MS = 60_000;

let api: TestApi;
// Ids of stored rows, so that mutated inputs reach the code behind validation, not only the schemas.
const ids = { article: 'none', source: 'none', quote: 'none' };
const fieldsOf = new Map<string, string[]>();

beforeAll(async () => {
  // No token: writes are open, so the fuzzer reaches every mutation's body.
  api = await createTestApi();
  const result = await api.caller.articles.ingest({
    text: 'Harbour\n\n"The harbour will reopen," said Maria Lopez. She added that exports were rising.',
    outlet: 'Wire',
    publishedAt: '2024-05-01',
  });
  ids.article = result.articleId;
  const quote = (await api.caller.quotes.list({})).items[0];
  ids.quote = quote?.id ?? 'none';
  ids.source = quote?.sourceId ?? 'none';
  // Which fields each procedure reads, found by asking it: a field of the wrong type is named in the
  // 400 of a procedure that takes it. Mutations then change those fields, not ones it strips.
  for (const procedure of PROCEDURES) {
    const taken: string[] = [];
    for (const field of FIELDS) {
      const response = await sendCall(api.app, { ...procedure, input: { ...validFields(), [field]: { wrong: true } } });
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message?.includes(`${field}:`)) taken.push(field);
    }
    fieldsOf.set(procedure.path, taken);
  }
  expect(fieldsOf.get('quotes.list')).toEqual(expect.arrayContaining(['cursor', 'limit', 'q', 'sourceIds', 'from']));
});
afterAll(async () => {
  await api.close();
});

/** A valid value for every input field any procedure has; objects strip the keys a procedure does not take. */
const validFields = () => ({
  text: 'Peskov said Russia is "open to dialogue".',
  title: 'Talks',
  outlet: 'Wire',
  url: 'https://example.com/story',
  authors: ['Guy Faulconbridge'],
  publishedAt: '2024-05-01',
  articles: [{ text: '"We will rebuild," said Ana Diaz.' }],
  limit: 5,
  cursor: null,
  q: 'harbour',
  sourceIds: [ids.source],
  sourceKinds: ['person'],
  kinds: ['direct'],
  outlets: ['Wire'],
  from: '2024-01-01',
  to: '2025-01-01',
  bucket: 'week',
  top: 5,
  sort: 'quotes',
  id: ids.article,
  intoId: ids.source,
  mergeIds: [ids.source],
  name: 'Maria Lopez',
  roles: ['mayor'],
  kind: 'direct',
  sourceId: ids.source,
  notAQuote: false,
});
const FIELDS = Object.keys(validFields());

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileLeaf },
  { weight: 2, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.record({ text: hostileLeaf }, { requiredKeys: [] }), { maxLength: 4 }) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.constantFrom(ids.article, ids.source, ids.quote) },
);

/** A valid input with one to four of the fields `procedure` takes replaced by hostile values or removed. */
const mutatedInput = (path: string) => {
  const fields = fieldsOf.get(path) ?? [];
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.constantFrom(...FIELDS);
  return fc.array(fc.tuple(field, fc.option(hostileValue, { nil: undefined, freq: 6 })), { minLength: 1, maxLength: 4 }).map((changes) => {
    const input: Record<string, unknown> = validFields();
    for (const [name, value] of changes) {
      if (value === undefined) delete input[name];
      else input[name] = value;
    }
    return input;
  });
};

/** Any input of `path`: a mutated valid input, random JSON, a hostile value in place of the object, or none. */
const anyInput = (path: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: mutatedInput(path) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** A call of any procedure with any input (built lazily: the fields of each procedure are known after beforeAll). */
const anyCallOf = (procedures: typeof PROCEDURES): fc.Arbitrary<Call> =>
  fc.constantFrom(...procedures).chain((procedure) => anyInput(procedure.path).map((input) => ({ ...procedure, input })));

async function expectNo500(response: Promise<Response>, what: string): Promise<void> {
  const statuses = await within(
    response.then((r) => statusesOf(r)),
    HANG_MS,
    what,
  );
  for (const status of statuses) expect(status, `${what} answered ${statuses.join(', ')}`).toBeLessThan(500);
}

describe('every tRPC procedure under fuzzed input (real HTTP requests, real database)', () => {
  it(`should answer each of the ${PROCEDURES.length} procedures without a 500 whatever the input`, async () => {
    expect(PROCEDURES.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(anyCallOf(PROCEDURES), (call) => expectNo500(sendCall(api.app, call), `${call.type} ${call.path}`)),
      { numRuns: 250 },
    );
  });

  it('should answer batched calls without a 500', async () => {
    const batch = fc
      .constantFrom<Call['type']>('query', 'mutation')
      .chain((type) =>
        fc.array(anyCallOf(PROCEDURES.filter((p) => p.type === type)), { minLength: 1, maxLength: 4 }).map((calls) => ({ type, calls })),
      );
    await fc.assert(
      fc.asyncProperty(batch, ({ type, calls }) =>
        expectNo500(sendBatch(api.app, type, calls), `batch ${type} ${calls.map((c) => c.path).join(',')}`),
      ),
      { numRuns: 60 },
    );
  });

  it('should answer malformed requests without a 500: bad JSON, wrong method, unknown path, an oversized body', async () => {
    const raw: fc.Arbitrary<{ method: 'GET' | 'POST'; url: string; body?: string }> = fc.oneof(
      fc
        .record({ procedure: fc.constantFrom(...PROCEDURES), body: fc.string({ unit: 'binary', maxLength: 30 }) })
        .map(({ procedure, body }) => ({ method: 'POST' as const, url: `/trpc/${procedure.path}`, body })),
      fc
        .record({ procedure: fc.constantFrom(...PROCEDURES), input: fc.string({ unit: 'binary', maxLength: 30 }) })
        .map(({ procedure, input }) => ({ method: 'GET' as const, url: `/trpc/${procedure.path}?input=${encodeURIComponent(input)}` })),
      fc
        .constantFrom(...PROCEDURES)
        .map((p) => ({ method: p.type === 'query' ? ('POST' as const) : ('GET' as const), url: `/trpc/${p.path}`, body: '{}' })),
      fc.string({ maxLength: 20 }).map((path) => ({ method: 'GET' as const, url: `/trpc/${encodeURIComponent(path)}` })),
      fc.constant({ method: 'POST' as const, url: '/trpc/articles.ingest', body: JSON.stringify({ text: 'a'.repeat(2_200_000) }) }),
      fc.constant({ method: 'POST' as const, url: '/trpc/articles.ingest', body: JSON.stringify({ text: 'a'.repeat(1_000_001) }) }),
    );
    await fc.assert(
      fc.asyncProperty(raw, ({ method, url, body }) => expectNo500(sendRaw(api.app, method, url, body), `${method} ${url.slice(0, 80)}`)),
      { numRuns: 60 },
    );
  });

  it('should answer the export routes without a 500 whatever the query string', async () => {
    const params = fc.array(fc.tuple(fc.constantFrom('q', 'from', 'to', 'sourceIds', 'sourceKinds', 'kinds', 'outlets'), hostileLeaf), {
      maxLength: 4,
    });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('csv', 'ndjson'), params, async (format, pairs) => {
        const query = new URLSearchParams(
          pairs.map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')]),
        );
        const url = `/export/quotes.${format}?${query.toString()}`;
        const response = await within(Promise.resolve(api.app.request(url)), HANG_MS, url);
        expect(response.status, url).toBeLessThan(500);
        await within(response.text(), HANG_MS, url);
      }),
      { numRuns: 40 },
    );
  });

  it('should still answer health after all of it', async () => {
    const response = await api.app.request('/trpc/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: { data: { ok: true } } });
  });
});
