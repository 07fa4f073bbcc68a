import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { useTestApi } from '../test/test-app';

const api = useTestApi();

function expectSecureHeaders(response: Response) {
  const csp = response.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toMatch(/worker-src 'self' blob:/);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('Referrer-Policy')).toBe('same-origin');
  expect(response.headers.get('X-Frame-Options')).toBe('DENY');
}

describe('appSecureHeaders', () => {
  it('should send CSP, nosniff, Referrer-Policy and frame denial with the served web app', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'claimline-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Claimline</title>');
    const app = createApp({ ...api.appOptions, webDist: dist });
    const page = await app.request('/articles/art_1');
    expect(await page.text()).toContain('<title>Claimline</title>');
    expectSecureHeaders(page);
  });

  it('should send them with API answers and refusals too', async () => {
    expectSecureHeaders(await api.app.request('/trpc/health'));
    expectSecureHeaders(await api.app.request('/trpc/health', { headers: { Host: 'attacker.example' } }));
  });
});
