import { TRPCError } from '@trpc/server';
import { IsoDateInputSchema, hasUnsafeChars } from '@claimline/schema';
import { z } from 'zod';

/** The position after the last row of a page: its sort value and its id (ties are broken by id). */
export type CursorKey = [string | number, string];

/** What a refused cursor answers: it is not one this API gave out. */
export const BAD_CURSOR = 'cursor is not one this API gave out: pass nextCursor from the previous page unchanged';

// Every part of a key is checked before it reaches SQL: a tampered cursor once sent "garbage" to
// ::timestamptz and a NUL to a text parameter, and PostgreSQL's refusal came back as a 500.
/** An id inside a cursor, checked before it reaches SQL. */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((id) => !hasUnsafeChars(id));

/** Key of the lists in time order (quotes, articles): an instant and an id. */
const TimeKeySchema = z.tuple([IsoDateInputSchema, IdSchema]);

/** Key of sources.list, which pages by offset because it sorts by aggregates. */
const OffsetKeySchema = z.tuple([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.literal('offset')]);

/** Encodes a cursor; it is opaque to clients. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decode<S extends z.ZodType>(schema: S, cursor: string | null | undefined): z.infer<S> | null {
  if (!cursor) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_CURSOR });
  }
  const key = schema.safeParse(json);
  if (!key.success) throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_CURSOR });
  return key.data;
}

/** Decodes a cursor of a list in time order into its instant and id, or answers BAD_REQUEST. */
export function decodeCursor(cursor: string | null | undefined): [string, string] | null {
  return decode(TimeKeySchema, cursor);
}

/** Decodes a sources.list cursor into its row offset (0 without a cursor), or answers BAD_REQUEST. */
export function decodeOffsetCursor(cursor: string | null | undefined): number {
  return decode(OffsetKeySchema, cursor)?.[0] ?? 0;
}

/** Splits `limit + 1` fetched rows into the page and the cursor of the next page. */
export function toPage<R, T>(rows: R[], limit: number, key: (row: R) => CursorKey, map: (row: R) => T) {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(key(last)) : null,
  };
}
