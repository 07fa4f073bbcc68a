import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_OPTIONS, fetchPage } from './fetch-page';

const servers: Server[] = [];
const open = { ...DEFAULT_FETCH_OPTIONS, allowPrivate: true };

/** A local HTTP server on 127.0.0.1 (any free port) answering with `handler`; its base URL. */
async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

const HTML = '<!doctype html><html><head><title>t</title></head><body><p>Hello</p></body></html>';

describe('fetchPage', () => {
  it('should follow a redirect and answer the final URL and its HTML, gzip decoded', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/old') return void res.writeHead(301, { Location: '/new' }).end();
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }).end(gzipSync(HTML));
    });
    expect(await fetchPage(`${base}/old`, open)).toMatchObject({ url: `${base}/new`, html: HTML, status: 200 });
  });

  it('should refuse loopback and private addresses unless allowed, by address literal and by name', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(HTML));
    const closed = { ...DEFAULT_FETCH_OPTIONS };
    await expect(fetchPage(`${base}/`, closed)).rejects.toThrow(
      /127\.0\.0\.1 is at 127\.0\.0\.1, a private or loopback address: Claimline fetches public web pages only/,
    );
    await expect(fetchPage(base.replace('127.0.0.1', 'localhost'), closed)).rejects.toThrow(
      /localhost is at (127\.0\.0\.1|::1), a private or loopback address/,
    );
    await expect(fetchPage('http://10.1.2.3/story', closed)).rejects.toThrow(/10\.1\.2\.3, a private or loopback address/);
    await expect(fetchPage('http://[::ffff:192.168.0.1]/story', closed)).rejects.toThrow(/a private or loopback address/);
  });

  it('should name a redirect loop and stop at too many redirects', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/a') return void res.writeHead(302, { Location: '/b' }).end();
      if (req.url === '/b') return void res.writeHead(302, { Location: '/a' }).end();
      const n = Number(req.url?.slice(1));
      res.writeHead(302, { Location: `/${n + 1}` }).end();
    });
    await expect(fetchPage(`${base}/a`, open)).rejects.toThrow(`${base}/a redirects in a loop (back to ${base}/a): check the link`);
    await expect(fetchPage(`${base}/1`, open)).rejects.toThrow(`${base}/1 redirects more than 5 times: give the final link`);
  });

  it('should stop reading a 20 MB page at the 5 MB limit, with or without Content-Length', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const base = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', ...(req.url === '/sized' ? { 'Content-Length': String(20 * chunk.length) } : {}) });
      let sent = 0;
      const more = () => {
        while (sent < 20) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    for (const path of ['/sized', '/streamed']) {
      await expect(fetchPage(`${base}${path}`, open)).rejects.toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        message: `${base}${path} is over the 5 MB page limit: paste the article text instead`,
      });
    }
  });

  it('should give up on a server that never answers, with a timeout error', async () => {
    // The server takes the request and never answers: only the fetch's own time limit ends it.
    const base = await serve(() => undefined);
    await expect(fetchPage(`${base}/slow`, { ...open, timeoutMs: 500 })).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: `${base}/slow did not answer within 0.5 s: try again later, or paste the article text`,
    });
  });

  it('should refuse what is not a web page, an HTTP error and a link that is not http', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/file.pdf') return void res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4');
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('not found');
    });
    await expect(fetchPage(`${base}/file.pdf`, open)).rejects.toThrow(
      `${base}/file.pdf is not a web page (application/pdf): give the link of an article page`,
    );
    await expect(fetchPage(`${base}/gone`, open)).rejects.toThrow(`${base}/gone answered HTTP 404: check that the link opens in a browser`);
    await expect(fetchPage('ftp://example.com/story', open)).rejects.toThrow(
      'ftp: links cannot be fetched: give an http:// or https:// link',
    );
  });
});
