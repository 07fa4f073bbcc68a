import { z } from 'zod';

// NUL, which PostgreSQL refuses in text ("invalid byte sequence for encoding UTF8: 0x00"), and a
// UTF-16 surrogate without its other half, which has no UTF-8 form (drivers turn it into U+FFFD or fail).
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** True when `text` holds a NUL character or half of a surrogate pair. */
export function hasUnsafeChars(text: string): boolean {
  return UNSAFE.test(text);
}

/** `text` without NUL characters, each half of a surrogate pair standing alone replaced by U+FFFD (as String#toWellFormed does). */
export function cleanText(text: string): string {
  return text.replace(UNSAFE_ALL, (c) => (c === '\u0000' ? '' : '\uFFFD'));
}

/**
 * A string cleaned of NUL characters and lone surrogates, for content pasted or scraped from pages
 * and PDFs (article text, title, outlet, authors): there they are invisible noise, and refusing a
 * whole article for one of them would cost the analyst the article for nothing they can read.
 */
export const cleanString = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanText);

/**
 * A string that refuses NUL characters and lone surrogates, for what a person types or takes from
 * the API (ids, names, search text, filters): nothing stored holds them, so a cleaned value would
 * quietly ask for something else; a 400 that names the field says what to fix.
 */
export const strictString = (field: string, params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine((t) => !hasUnsafeChars(t), {
    error: `${field} holds a NUL character or half of a surrogate pair: remove it (copy the text again from its source)`,
  });
