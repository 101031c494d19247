// axe-core on every built page: no serious or critical issue. Each page runs in at least one variant (desktop or
// mobile width, light or dark), and each kind of page (see pageKind) in all four, spread over its pages.
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Desktop first, then mobile: a page given several variants reloads once, at the change of width.
const variants = [
  { name: 'desktop light', width: 1280, height: 900, theme: 'light' },
  { name: 'desktop dark', width: 1280, height: 900, theme: 'dark' },
  { name: 'mobile dark', width: 375, height: 740, theme: 'dark' },
  { name: 'mobile light', width: 375, height: 740, theme: 'light' },
] as const;
type Variant = (typeof variants)[number];

/**
 * A page's kind: the element names its HTML uses and the islands it hydrates. Pages of one kind are built from the
 * same components, so what a theme or a width breaks shows on any one of them; their text differs, which one
 * variant per page still checks (contrast of a span, a link's name, an image's alt).
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

const pagesByKind = new Map<string, { path: string; bytes: number }[]>();
for (const file of globSync('dist/**/index.html').sort()) {
  const path = `/${file.replace(/^dist\//, '').replace(/index\.html$/, '')}`;
  const html = readFileSync(file, 'utf8');
  const kind = pageKind(html);
  pagesByKind.set(kind, [...(pagesByKind.get(kind) ?? []), { path, bytes: html.length }]);
}

/**
 * Every page once, every kind in every variant: the variants are dealt round the kind's pages, page by page, until
 * each page has one and each variant has been dealt; a kind of fewer than four pages gives some pages more than one.
 */
const plan = [...pagesByKind.values()].flatMap((pages) => {
  const dealt = pages.map(() => [] as Variant[]);
  for (let turn = 0; turn < Math.max(pages.length, variants.length); turn++) {
    dealt[turn % pages.length]!.push(variants[turn % variants.length]!);
  }
  return pages.map(({ path, bytes }, index) => ({
    path,
    bytes,
    variants: variants.filter((variant) => dealt[index]!.includes(variant)),
  }));
});

/** Past this much HTML one axe run outlasted 60 s on a busy machine (the examples and journey pages). */
const LARGE_PAGE = 150_000;

test.describe.configure({ mode: 'parallel' });
// One test per built page: tracing would cost more than it tells; the failure message lists every violation.
test.use({ trace: 'off' });

for (const { path, bytes, variants } of plan) {
  const names = variants.map((variant) => variant.name).join(', ');
  test(`${path} has no serious or critical accessibility violation (${names})`, async ({ page }) => {
    // The 60 s default per axe run, and three times that on the largest pages, while the 2 cores are busy.
    test.setTimeout(60_000 * variants.length * (bytes > LARGE_PAGE ? 3 : 1));
    await page.setViewportSize({ width: variants[0]!.width, height: variants[0]!.height });
    await page.goto(path);
    const found: string[] = [];
    for (const variant of variants) {
      if (page.viewportSize()?.width !== variant.width) {
        // Load afresh at a new width: Starlight turns the sidebar into a popover at load time, and resizing a
        // loaded page would leave it in a state no reader reaches.
        await page.setViewportSize({ width: variant.width, height: variant.height });
        await page.reload();
      }
      // The reader's theme choice, as Starlight's theme select applies it, without reloading the page.
      await page.emulateMedia({ colorScheme: variant.theme });
      await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), variant.theme);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        const targets = violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ');
        found.push(`[${variant.name}] ${violation.id} (${violation.impact}): ${violation.help} at ${targets}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
