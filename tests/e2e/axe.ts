// axe-core run inside the page under test: injected once per document, then run as often as a test changes the page
// (theme, state). @axe-core/playwright's analyze() re-injects axe twice and finishes every run in a fresh blank page,
// about 3 s per call on these machines; our pages have no iframes, so the in-page run sees everything it would.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** The WCAG 2.2 AA rule set the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeScope {
  /** CSS selectors to check; the whole document when absent. */
  include?: string[];
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** Only the rules with these tags; every rule axe enables by default when absent. */
  tags?: readonly string[];
}

/** Puts axe into the page's document unless it is there already (a navigation starts a new document). */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
}

/** Runs axe on the page as it is now and returns its violations. */
export async function findViolations(page: Page, { include, exclude, tags }: AxeScope = {}): Promise<Result[]> {
  await injectAxe(page);
  const options: RunOptions = {
    // Passes and incomplete results are not read, and collecting their nodes is most of a run's reporting cost.
    resultTypes: ['violations'],
    ...(tags ? { runOnly: { type: 'tag', values: [...tags] } } : {}),
  };
  const results = await page.evaluate(
    ([include, exclude, options]) =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(
        // Without include, axe checks the whole document less what is excluded.
        { ...(include ? { include: include.map((selector) => [selector]) } : {}), exclude: exclude.map((s) => [s]) },
        options,
      ),
    [include ?? null, exclude ?? [], options] as const,
  );
  return results.violations;
}

const SERIOUS: ImpactValue[] = ['serious', 'critical'];

/** Only the violations a reader is most hurt by. */
export const seriousOnly = (violations: Result[]): Result[] =>
  violations.filter((violation) => violation.impact != null && SERIOUS.includes(violation.impact));

/** One line per violation: what the test was looking at, the rule, its help text and the first nodes it hit. */
export const describeViolations = (violations: Result[], label: string): string[] =>
  violations.map(
    (violation) =>
      `[${label}] ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
