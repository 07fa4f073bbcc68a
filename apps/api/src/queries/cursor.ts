import { TRPCError } from '@trpc/server';
import { z } from 'zod';

const KeySchema = z.tuple([z.union([z.string(), z.number()]), z.string()]);

/** The position after the last row of a page: its sort value and its id (ties are broken by id). */
export type CursorKey = z.infer<typeof KeySchema>;

/** Encodes a cursor; it is opaque to clients. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor from a previous page, or explains that it is not one. */
export function decodeCursor(cursor: string | null | undefined): CursorKey | null {
  if (!cursor) return null;
  try {
    return KeySchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'cursor is not one this API gave out: pass nextCursor from the previous page unchanged',
    });
  }
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
