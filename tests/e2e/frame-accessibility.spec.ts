// axe-core on every built page: no serious or critical issue. Each page runs in at least one variant (desktop or
// mobile width, light or dark), and each kind of page (see pageKind) in all four on one of its pages.
//
// One test per kind walks that kind's pages in one browser page: the first page (by path) in all four variants,
// reloading only at the change of width, then every other page in one variant each, dealt in turn; the site
// navigation, the same on every page, is checked once per kind (SITE_NAVIGATION). Pages of one kind are built from
// the same elements and islands, so what a theme or a width breaks shows on any one of them; their text differs,
// which the one variant per page still checks (contrast of a span, a link's name, an image's alt). Every kind has a
// first page, so every kind meets every variant; every page is in some kind, so every page is checked; the last test
// holds the plan to that.
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { describeViolations, findViolations, seriousOnly, WCAG_TAGS } from './axe.ts';

// Desktop first, then mobile: the page given all four reloads once, at the change of width.
const variants = [
  { name: 'desktop light', width: 1280, height: 900, theme: 'light' },
  { name: 'desktop dark', width: 1280, height: 900, theme: 'dark' },
  { name: 'mobile dark', width: 375, height: 740, theme: 'dark' },
  { name: 'mobile light', width: 375, height: 740, theme: 'light' },
] as const;
type Variant = (typeof variants)[number];

/**
 * A page's kind: the element names its HTML uses and the islands it hydrates. Pages of one kind are built from the
 * same components, so they differ in text and attributes only.
 */
function pageKind(html: string): string {
  const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  const tokens = new Set<string>();
  for (const [, tag] of body.matchAll(/<([a-z][a-z0-9-]*)\b/g)) tokens.add(tag!);
  for (const [, island] of body.matchAll(/component-url="([^"]*)"/g)) tokens.add(island!.replace(/\.[\w-]+\.js$/, ''));
  return createHash('sha256')
    .update([...tokens].sort().join(' '))
    .digest('hex');
}

interface BuiltPage {
  path: string;
  bytes: number;
}

const pagesByKind = new Map<string, BuiltPage[]>();
for (const file of globSync('dist/**/index.html').sort()) {
  const path = `/${file.replace(/^dist\//, '').replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  const kind = pageKind(html);
  pagesByKind.set(kind, [...(pagesByKind.get(kind) ?? []), { path, bytes: html.length }]);
}

interface Check {
  variant: Variant;
  /** Whether axe also looks at the site navigation (SITE_NAVIGATION) this time. */
  withNavigation: boolean;
}

/**
 * The kind's first page in every variant, then each other page in the next variant in turn. The navigation is
 * checked once per kind, on its first page, in the variant the kind's place in the list deals it.
 */
const planKind = (pages: BuiltPage[], kindIndex: number) =>
  pages.map((page, index) => ({
    ...page,
    checks: (index === 0 ? [...variants] : [variants[(index - 1) % variants.length]!]).map((variant): Check => ({
      variant,
      withNavigation: index === 0 && variant === variants[kindIndex % variants.length],
    })),
  }));

const plans = [...pagesByKind.values()].map(planKind);

/** Past this much HTML one axe run outlasted 60 s on a busy machine (the examples and journey pages). */
const LARGE_PAGE = 150_000;

/**
 * The sidebar's site navigation: the same links on every page (only the current one and the open group differ), and
 * over half of a page's elements. It is checked on each kind's first page in one variant, dealt in turn over the
 * kinds, so it is seen in every variant and with as many different current pages as there are kinds; every other
 * check leaves it out and keeps everything that is the page's own: the content, the table of contents, the header
 * and footer, the document's title and language.
 */
const SITE_NAVIGATION = '#starlight__sidebar nav[aria-label="Main"]';

/** Loads the page at the variant's width (Starlight turns the sidebar into a popover at load time, not on resize). */
async function load(page: Page, path: string, { width, height }: Variant): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(path);
}

/** The reader's theme choice, as Starlight's theme select applies it, without reloading the page. */
async function applyTheme(page: Page, { theme }: Variant): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
}

test.describe.configure({ mode: 'parallel' });
// Tracing would cost more than it tells; the failure message names the page, the variant and every violation.
test.use({ trace: 'off' });

for (const plan of plans) {
  const others = plan.length > 1 ? ` and ${plan.length - 1} more of its kind` : '';
  test(`${plan[0]!.path}${others} have no serious or critical accessibility violation`, async ({ page }) => {
    // About a minute per axe run while the 2 cores are busy, three times that on the largest pages.
    test.setTimeout(
      plan.reduce((total, { bytes, checks }) => total + 60_000 * checks.length * (bytes > LARGE_PAGE ? 3 : 1), 0),
    );
    for (const { path, checks } of plan) {
      await test.step(`${path} (${checks.map(({ variant }) => variant.name).join(', ')})`, async () => {
        const found: string[] = [];
        for (const [index, { variant, withNavigation }] of checks.entries()) {
          if (index === 0 || page.viewportSize()?.width !== variant.width) await load(page, path, variant);
          await applyTheme(page, variant);
          const violations = seriousOnly(
            await findViolations(page, { tags: WCAG_TAGS, exclude: withNavigation ? [] : [SITE_NAVIGATION] }),
          );
          found.push(...describeViolations(violations, `${path} ${variant.name}`));
        }
        expect.soft(found, found.join('\n')).toEqual([]);
      });
    }
  });
}

test('the plan checks every page, every kind in every variant, and the navigation in every variant', () => {
  const checks = plans.flatMap((plan) =>
    plan.flatMap(({ path, checks }) => checks.map((check) => ({ path, ...check }))),
  );
  expect(new Set(checks.map(({ path }) => path)).size).toBe(globSync('dist/**/index.html').length);
  for (const plan of plans) {
    const seen = new Set(plan.flatMap(({ checks }) => checks.map(({ variant }) => variant.name)));
    expect([...seen].sort(), plan[0]!.path).toEqual(variants.map(({ name }) => name).sort());
  }
  const navigationSeen = new Set(checks.filter((check) => check.withNavigation).map(({ variant }) => variant.name));
  expect([...navigationSeen].sort()).toEqual(variants.map(({ name }) => name).sort());
});

test('the sweep reports a violation planted in the content, naming the rule and the element', async ({ page }) => {
  const path = '/foundations/read-a-patient/';
  await load(page, path, variants[0]);
  await page.evaluate(() => {
    const image = Object.assign(document.createElement('img'), { id: 'planted', src: '/favicon.svg' });
    document.querySelector('main')!.append(image);
  });
  const found = describeViolations(
    seriousOnly(await findViolations(page, { tags: WCAG_TAGS, exclude: [SITE_NAVIGATION] })),
    path,
  );
  expect(found).toEqual([
    expect.stringMatching(/^\[\/foundations\/read-a-patient\/\] image-alt \(critical\): .* at #planted$/),
  ]);
});
