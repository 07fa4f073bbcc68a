import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of the JavaScript the overview route loads up front: the entry script and its modulepreloads. */
export function overviewBundleSize(dist: string): { files: { file: string; gzip: number }[]; total: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const files = [...new Set(refs)].map((ref) => ({ file: ref, gzip: gzipSync(readFileSync(join(dist, ref))).length }));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}
