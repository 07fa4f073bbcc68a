import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPrivateAddress } from './address-policy';
import { FetchPageError } from './fetch-page-error';

/** The limits of one page fetch. */
export interface FetchPageOptions {
  /** Let links reach loopback and private addresses (tests, an intranet); default false. */
  allowPrivate: boolean;
  /** The whole fetch, redirects included, must finish within this (default 10 s). */
  timeoutMs: number;
  /** Largest page body, after decompression (default 5 MB). */
  maxBytes: number;
  /** Most redirects followed (default 5). */
  maxRedirects: number;
}

/** The defaults: public addresses only, 10 s, 5 MB, 5 redirects. */
export const DEFAULT_FETCH_OPTIONS: FetchPageOptions = {
  allowPrivate: false,
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** A fetched page: the URL it was finally served from (after redirects), its body and its validators. */
export interface FetchedPage {
  url: string;
  /** The body as text (empty when the server answered 304 Not Modified). */
  html: string;
  /** 200, or 304 when a conditional request found the resource unchanged. */
  status: number;
  etag: string | null;
  lastModified: string | null;
}

/** What to ask for besides an HTML page: feeds send other Accept types and conditional headers. */
export interface PageRequest {
  /** Accept header (default: HTML). */
  accept: string;
  /** Content types taken (default: HTML and XHTML); others are refused with `refusal`. */
  types: RegExp;
  /** The error message for a body of another content type. */
  refusal: (href: string, type: string) => string;
  /** Sent as If-None-Match: a 304 answer comes back as status 304. */
  etag?: string | null;
  /** Sent as If-Modified-Since. */
  lastModified?: string | null;
}

const HTML_REQUEST: PageRequest = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  types: /text\/html|application\/xhtml\+xml/,
  refusal: (href, type) => `${href} is not a web page (${type}): give the link of an article page`,
};

const privateRefusal = (host: string, address: string) =>
  new FetchPageError('BAD_REQUEST', `${host} is at ${address}, a private or loopback address: Claimline fetches public web pages only`);

/**
 * A DNS lookup that refuses private addresses. The connection uses the address checked here, so a
 * name cannot resolve to a public address for the check and a private one for the connection.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : found.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(privateRefusal(hostname, refused.address), '', 0);
      const [first] = found;
      if (!first) return callback(new Error(`${hostname} has no address`), '', 0);
      if (options.all) return callback(null, found);
      callback(null, first.address, first.family);
    });
  };
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

async function readBody(response: IncomingMessage, url: URL, maxBytes: number): Promise<string> {
  const limit = `${url.href} is over the ${maxBytes / 1024 / 1024} MB page limit: paste the article text instead`;
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) throw new FetchPageError('PAYLOAD_TOO_LARGE', limit);
  const chunks: Buffer[] = [];
  let size = 0;
  // Counted after decompression: a small compressed body must not unpack into gigabytes.
  for await (const chunk of decoded(response) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchPageError('PAYLOAD_TOO_LARGE', limit);
    }
    chunks.push(chunk);
  }
  const charset = /charset=["']?([\w-]+)/i.exec(response.headers['content-type'] ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(Buffer.concat(chunks));
  } catch {
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  }
}

function get(url: URL, options: FetchPageOptions, asked: PageRequest, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, {
      signal,
      lookup: guardedLookup(options.allowPrivate),
      headers: {
        'User-Agent': 'Claimline/0.1 (news quote attribution; fetches one article a request)',
        Accept: asked.accept,
        'Accept-Encoding': 'gzip, deflate, br',
        ...(asked.etag ? { 'If-None-Match': asked.etag } : {}),
        ...(asked.lastModified ? { 'If-Modified-Since': asked.lastModified } : {}),
      },
    });
    request.once('response', resolve);
    request.once('error', reject);
  });
}

/** Checks what a link may point at before anything is sent: http or https, and no private address literal. */
function checkTarget(url: URL, options: FetchPageOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchPageError('BAD_REQUEST', `${url.protocol} links cannot be fetched: give an http:// or https:// link`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address literal is connected to without a DNS lookup, so it is checked here.
  if (!options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) throw privateRefusal(url.hostname, host);
}

/**
 * Fetches a web page for article extraction: http and https only, at most `maxRedirects`
 * redirects (a loop is named as one), within `timeoutMs` and `maxBytes`, never from a private or
 * loopback address unless `allowPrivate`. Throws FetchPageError with a message that says what to do.
 */
export async function fetchPage(
  link: string,
  options: FetchPageOptions = DEFAULT_FETCH_OPTIONS,
  request: PageRequest = HTML_REQUEST,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const seen = new Set<string>();
  let url = new URL(link);
  try {
    for (;;) {
      checkTarget(url, options);
      seen.add(url.href);
      const response = await get(url, options, request, signal);
      const status = response.statusCode ?? 0;
      const validators = { etag: response.headers.etag ?? null, lastModified: response.headers['last-modified'] ?? null };
      if (status === 304 && (request.etag || request.lastModified)) {
        response.resume();
        return { url: url.href, html: '', status, ...validators };
      }
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        const next = new URL(location, url);
        if (seen.has(next.href))
          throw new FetchPageError('BAD_REQUEST', `${link} redirects in a loop (back to ${next.href}): check the link`);
        if (seen.size > options.maxRedirects)
          throw new FetchPageError('BAD_REQUEST', `${link} redirects more than ${options.maxRedirects} times: give the final link`);
        url = next;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchPageError('BAD_REQUEST', `${url.href} answered HTTP ${status}: check that the link opens in a browser`);
      }
      const type = (response.headers['content-type'] ?? 'text/html').toLowerCase();
      if (!request.types.test(type)) {
        response.resume();
        throw new FetchPageError('BAD_REQUEST', request.refusal(url.href, type.split(';')[0] ?? type));
      }
      return { url: url.href, html: await readBody(response, url, options.maxBytes), status, ...validators };
    }
  } catch (error) {
    if (error instanceof FetchPageError) throw error;
    if (signal.aborted) {
      throw new FetchPageError(
        'TIMEOUT',
        `${link} did not answer within ${options.timeoutMs / 1000} s: try again later, or paste the article text`,
      );
    }
    throw new FetchPageError('BAD_REQUEST', `${link} could not be fetched (${(error as Error).message}): check the link`);
  }
}
