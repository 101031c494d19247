// Accessibility of the widget as a keyboard and screen-reader user meets it: labelled controls, Ctrl+Enter to
// send, a live region that announces the status, and no axe violations in the open editor and the response.
import { expect, test } from '@playwright/test';
import { describeViolations, findViolations } from './axe.ts';
import { SANDBOX_URL, openEditor, openWidget } from './tryit-helpers.ts';

test('sends with Ctrl+Enter from the editor, announces the status and passes axe', async ({ page }) => {
  await page.goto('/explore/try-it/');
  const box = await openWidget(page, 'F2', 'find-patient2');
  await openEditor(box);
  await box.getByLabel('Path (after the service root)').focus();
  await page.keyboard.press('Control+Enter');
  await expect(box.getByRole('status')).toHaveText(/^Response 200 OK in \d+ ms$/);
  await expect(box.getByRole('region', { name: 'Response body' }).getByRole('button').first()).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  for (const theme of ['light', 'dark']) {
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
    }, theme);
    const found = describeViolations(await findViolations(page, { include: ['#tryit-F2-find-patient2'] }), theme);
    expect(found, found.join('\n')).toEqual([]);
  }
});

test('collapses and expands the response body from the keyboard', async ({ page }) => {
  await page.goto('/explore/try-it/');
  const box = await openWidget(page, 'F2', 'find-patient2');
  await box.getByRole('button', { name: 'Send', exact: true }).click();
  const fold = box.getByRole('region', { name: 'Response body' }).getByRole('button').first();
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(box.getByRole('region', { name: 'Response body' })).toContainText('lines');
});

test('hydrating the widget shifts nothing: the static request and the island share one box', async ({ browser }) => {
  for (const width of [320, 1280]) {
    const noScript = await browser.newPage({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    await noScript.goto('/explore/try-it/');
    // Off-screen widgets are not laid out (content-visibility: auto): measure the static box where it renders.
    await noScript.locator('#tryit-S1-patient2-allergies').scrollIntoViewIfNeeded();
    const staticBox = await noScript.locator('#tryit-S1-patient2-allergies').boundingBox();
    await expect(noScript.locator('#tryit-S1-patient2-allergies')).toContainText(
      `POST ${SANDBOX_URL}/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord`,
    );

    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('/explore/try-it/');
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{
          value: number;
          sources?: Array<{ node?: Node }>;
        }>) {
          if (entry.sources?.some((source) => source.node instanceof Element && source.node.closest('.tryit'))) {
            (window as unknown as { shifts: number }).shifts += entry.value;
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openWidget(page, 'S1', 'patient2-allergies');
    const hydratedBox = await page.locator('#tryit-S1-patient2-allergies').boundingBox();
    expect(hydratedBox?.height).toBeCloseTo(staticBox?.height ?? 0, 0);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await noScript.close();
    await page.close();
  }
});
