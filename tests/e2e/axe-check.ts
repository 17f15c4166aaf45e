import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core's browser build, injected by evaluate: extension pages' CSP forbids inline script tags.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

declare const axe: {
  run(
    context: unknown,
    options: object,
  ): Promise<{
    passes: unknown[];
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  }>;
};

/**
 * Every axe-core violation (any impact, WCAG 2.x A/AA and best practices) on the page, one entry
 * per rule with the offending nodes. `include` limits the check to Magpie's own markup on a page
 * that is not Magpie's (an article with its inline controls).
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (sel) =>
      axe.run(sel ? { include: [[sel]] } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      }),
    include ?? null,
  );
  // A check that matched nothing would pass silently: some rule must have run on some node.
  if (result.passes.length === 0 && result.violations.length === 0)
    throw new Error(`axe checked nothing${include ? ` in ${include}` : ''}`);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}
