import fc from 'fast-check';

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Strings that broke or could break an input: NUL, lone surrogates, formulas, bad dates, tampered cursors, odd keys. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFF',
  '\uFEFF',
  '=HYPERLINK("https://evil.example")',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://example.com/\u0000',
  '0000-01-01',
  '9999-12-31T23:59:59-14:00',
  '2024-02-30',
  '2024-05-24T25:61:00Z',
  'garbage!!',
  cursorOf(['garbage', 'q1']),
  cursorOf(['2024-05-01T00:00:00.000Z', 'q\u0000']),
  cursorOf([1e300, 'offset']),
  cursorOf([-1, 'offset']),
  cursorOf({ __proto__: 1 }),
  '__proto__',
  'constructor',
  "'; DROP TABLE quotes; --",
  '%00',
  '\\',
  '"',
  'week',
  'direct',
  'person',
  'lastSeen',
  '-1',
  'NaN',
] as const;

/** A string of any code units (lone surrogates included), mostly short, sometimes tens of thousands long. */
const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '\u0000', '\uD800', '"', ' '), fc.integer({ min: 1000, max: 60_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

/** Numbers JSON can carry that a schema may not expect: negatives, fractions, huge, past safe integers. */
const anyNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1.5, 201, 1e21, 1e300, Number.MAX_SAFE_INTEGER + 2),
);

/** A value nested `depth` levels deep in arrays or objects. */
export const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean())
  .map(
    ([depth, arrays]) =>
      JSON.parse(arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown,
  );

/** An ordinary value (a search word, an outlet, a date, a url, a name) with a NUL or half a surrogate pair put in. */
const poisoned = fc
  .tuple(
    fc.constantFrom('harbour', 'Wire', '2024-05-01', 'https://example.com/story', 'Maria Lopez', 'direct'),
    fc.constantFrom('\u0000', '\uD800', '\uDC00'),
    fc.nat(),
  )
  .map(([text, bad, at]) => text.slice(0, at % (text.length + 1)) + bad + text.slice(at % (text.length + 1)));

/** A leaf value of the wrong or hostile kind. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: poisoned },
  { weight: 3, arbitrary: anyString },
  { weight: 2, arbitrary: anyNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
);
