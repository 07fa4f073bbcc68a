import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for Debian's Chromium in a container: no sandbox (root), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Chromium is expected: env CHROMIUM_PATH, default Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. In CI a missing Chromium is a failure (the tests must not pass
 * by skipping); on a developer machine they are skipped with the command that installs it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true: the browser tests may not be skipped)`);
  console.warn(`Skipping the browser tests. ${message}`);
  return false;
}

/** Launches the real Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
