import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** One accessibility rule broken on a page, with where (CSS selectors of a few offending nodes). */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** What axe-core found: the serious and critical violations, and how many rules it checked and passed. */
export interface AxeReport {
  serious: Violation[];
  passed: number;
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best-practice rules) in the page as it stands; an empty `serious`
 * list is a pass, and `passed` shows that it looked at something.
 */
export async function seriousViolations(page: Page): Promise<AxeReport> {
  // Evaluated over the DevTools protocol, not as a <script>: the app's CSP (script-src 'self') refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    interface AxeViolation {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const { violations, passes } = await axe.run(document);
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    return { serious, passed: passes.length };
  });
}
