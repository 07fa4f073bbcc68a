import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { trpcError } from './trpc-error';

/** What a request may do, and whether a valid token says so (which also lets it past the Host check). */
export interface Access {
  read: boolean;
  write: boolean;
  byToken: boolean;
}

/** The tokens a server is configured with; none set means a loopback-only server open to its own machine. */
export interface Tokens {
  /** CLAIMLINE_API_TOKEN: writes (and reads). */
  write?: string | undefined;
  /** CLAIMLINE_READ_TOKEN: reads and exports. */
  read?: string | undefined;
}

/** Hono variables the auth middleware sets for later middleware and the tRPC context. */
export interface AuthEnv {
  Variables: { access: Access };
}

function same(sent: string, expected: string | undefined): boolean {
  if (expected === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What the Authorization header grants. Only `Bearer <token>` counts: a raw token or another
 * scheme is 'malformed' (answered 401), so a token never travels in a form a proxy might log as a username.
 */
export function accessFor(header: string | undefined, tokens: Tokens): Access | 'malformed' {
  const open: Access = { read: tokens.read === undefined, write: tokens.write === undefined, byToken: false };
  if (header === undefined || header === '') return open;
  const match = /^Bearer +(\S+)$/.exec(header);
  if (!match?.[1]) return tokens.write === undefined && tokens.read === undefined ? open : 'malformed';
  if (same(match[1], tokens.write)) return { read: true, write: true, byToken: true };
  if (same(match[1], tokens.read)) return { read: true, write: open.write, byToken: true };
  return open;
}

/** Sets `access` for each request; refuses an Authorization header that is not `Bearer <token>`. */
export function auth(tokens: Tokens) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const access = accessFor(c.req.header('Authorization'), tokens);
    if (access === 'malformed') {
      return trpcError(
        'UNAUTHORIZED',
        'the Authorization header must be "Bearer <token>" (the word Bearer, a space, then the token): a bare token is not accepted',
      );
    }
    c.set('access', access);
    await next();
  });
}
