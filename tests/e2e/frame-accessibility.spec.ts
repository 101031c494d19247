// axe-core on every built page, at desktop and mobile width, in light and dark mode: no serious or critical issue.
import { globSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = globSync('dist/**/index.html')
  .map((file) => `/${file.replace(/^dist\//, '').replace(/index\.html$/, '')}`)
  .sort();

const variants = [
  { name: 'desktop light', width: 1280, height: 900, theme: 'light' },
  { name: 'desktop dark', width: 1280, height: 900, theme: 'dark' },
  { name: 'mobile dark', width: 375, height: 740, theme: 'dark' },
  { name: 'mobile light', width: 375, height: 740, theme: 'light' },
] as const;

test.describe.configure({ mode: 'parallel' });
// 129 pages × 4 variants: tracing would cost more than it tells; the failure message lists every violation.
test.use({ trace: 'off' });

for (const path of pages) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.setViewportSize({ width: variants[0].width, height: variants[0].height });
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
