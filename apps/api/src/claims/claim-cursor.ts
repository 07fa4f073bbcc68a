import { TRPCError } from '@trpc/server';
import { IsoDateInputSchema, type ClaimSort } from '@claimline/schema';
import { z } from 'zod';
import { BAD_CURSOR, IdSchema } from '../queries/cursor';

/** Where a page of claims.list ends: (outlets, last seen, id) for the spread order, (last seen, id) for recent. */
export type ClaimCursor = { sort: 'spread'; outlets: number; lastAt: string; id: string } | { sort: 'recent'; lastAt: string; id: string };

const Spread = z.tuple([z.literal('s'), z.number().int().nonnegative().max(1e9), IsoDateInputSchema, IdSchema]);
const Recent = z.tuple([z.literal('r'), IsoDateInputSchema, IdSchema]);

/** Encodes the position after a claim; opaque to clients. */
export function encodeClaimCursor(c: ClaimCursor): string {
  const key = c.sort === 'spread' ? ['s', c.outlets, c.lastAt, c.id] : ['r', c.lastAt, c.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a claims.list cursor made for `sort`, or answers BAD_REQUEST (a tampered cursor, or one of the other order). */
export function decodeClaimCursor(cursor: string | null | undefined, sort: ClaimSort): ClaimCursor | null {
  if (!cursor) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_CURSOR });
  }
  if (sort === 'spread') {
    const key = Spread.safeParse(json);
    if (key.success) return { sort, outlets: key.data[1], lastAt: key.data[2], id: key.data[3] };
  } else {
    const key = Recent.safeParse(json);
    if (key.success) return { sort, lastAt: key.data[1], id: key.data[2] };
  }
  throw new TRPCError({ code: 'BAD_REQUEST', message: BAD_CURSOR });
}
