import { createMiddleware } from 'hono/factory';
import type { AuthEnv } from './auth';
import { trpcError } from './trpc-error';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header without its port, lower-case ("[::1]:3000" -> "[::1]"). */
export function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return name.toLowerCase().replace(/\.$/, '');
}

/**
 * Serves only requests addressed to this machine by name: loopback (any port) and `allowedHosts`.
 * A web page on attacker.example whose name was rebound to 127.0.0.1 (DNS rebinding) sends
 * `Host: attacker.example` and is refused. A request with a valid token passes: a rebinding page cannot know it.
 */
export function hostCheck(allowedHosts: readonly string[] = []) {
  const allowed = new Set([...LOOPBACK, ...allowedHosts.map((h) => hostName(h))]);
  return createMiddleware<AuthEnv>(async (c, next) => {
    const host = c.req.header('Host') ?? new URL(c.req.url).host;
    if (!allowed.has(hostName(host)) && !c.get('access').byToken) {
      return trpcError(
        'FORBIDDEN',
        `this server does not answer to the host name "${hostName(host).slice(0, 100)}": use http://localhost, or add the name to CLAIMLINE_ALLOWED_HOSTS`,
      );
    }
    await next();
  });
}
