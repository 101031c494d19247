// The JavaScript budget: a widget page loads at most 35 KB gzip for the widget before the first send, Shiki adds at
// most 60 KB gzip on the first response, and a page without a widget loads none of it.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { openWidget, send } from './tryit-helpers.ts';

const KB = 1024;

/** Records every script the page fetches, with its gzip size. */
function recordScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      sizes.set(new URL(response.url()).pathname, gzipSync(await response.body()).length);
    } catch {
      // a navigation can discard a body; the page reloads it under the same name
    }
  });
  return sizes;
}

const total = (sizes: Map<string, number>, names: string[]) =>
  names.reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0);
/** Shiki and its grammar and themes are one chunk, named after the module that imports them (ui/shiki-json.ts). */
const isShiki = (name: string) => /\/shiki-json\.[\w-]+\.js$/.test(name);

test('a widget page stays within the JavaScript budget before and after the first send', async ({ page, browser }) => {
  const plain = await browser.newPage();
  const plainSizes = recordScripts(plain);
  await plain.goto('/reference/glossary/');
  await plain.waitForLoadState('networkidle');
  await plain.mouse.wheel(0, 100_000);
  await plain.waitForLoadState('networkidle');
  expect(await plain.locator('astro-island').count()).toBe(0);
  expect(
    [...plainSizes.keys()].filter((name) =>
      /TryIt|RequestEditor|ResponseView|sandbox|shiki|preact|jsxRuntime/.test(name),
    ),
  ).toEqual([]);

  const sizes = recordScripts(page);
  await page.goto('/explore/try-it/');
  const box = await openWidget(page, 'F2', 'find-patient2');
  await page.waitForLoadState('networkidle');
  const before = [...sizes.keys()];
  const widgetOnly = before.filter((name) => !plainSizes.has(name));
  const widgetBytes = total(sizes, widgetOnly);
  console.log(`widget JS before the first send: ${widgetBytes} B gzip (${widgetOnly.length} files)`);
  expect(widgetBytes).toBeLessThanOrEqual(35 * KB);

  await send(box);
  await expect(box.locator('.tryit-json__line code span').first()).toBeVisible();
  await expect.poll(() => [...sizes.keys()].some(isShiki)).toBe(true);
  const added = [...sizes.keys()].filter((name) => !before.includes(name));
  const shikiBytes = total(sizes, added.filter(isShiki));
  console.log(`after the first send: Shiki ${shikiBytes} B gzip, everything added ${total(sizes, added)} B gzip`);
  expect(shikiBytes).toBeLessThanOrEqual(60 * KB);
});
