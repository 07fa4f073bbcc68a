import { z } from 'zod';
import { strictString } from '../clean-text';

/** Largest page a list procedure returns. */
export const MAX_PAGE_SIZE = 200;

/** Page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 50;

/** The paging half of every list input: an opaque `cursor` from the previous page and a `limit` (default 50, at most 200). */
export const PageInputSchema = z.object({
  cursor: strictString('cursor').max(500, { error: 'cursor is not one this API gave out: pass nextCursor unchanged' }).nullish(),
  limit: z
    .number()
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(MAX_PAGE_SIZE, { error: `limit is over ${MAX_PAGE_SIZE}: page with nextCursor instead` })
    .default(DEFAULT_PAGE_SIZE),
});
export type PageInput = z.infer<typeof PageInputSchema>;

/** A page of `item`s and the cursor of the next page (null on the last page). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A page of items as list procedures return it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
