// A share link carries the edited request: opening it restores the same request in the same widget.
import { expect, test } from '@playwright/test';
import { EXAMPLES_PAGE, openEditor, openWidget, readBody, send } from './tryit-helpers.ts';

test('a share link reopens the edited request and sends it unchanged', async ({ page, context }) => {
  await page.goto(EXAMPLES_PAGE);
  const box = await openWidget(page, 'F2', 'find-patient2');
  await openEditor(box);
  await box.getByLabel('Test patient').selectOption('patient3');
  await box.getByRole('button', { name: 'Copy share link' }).click();
  const link = await box.getByLabel('Share link').inputValue();
  expect(link).toContain('#tryit-F2-find-patient2=');

  const reader = await context.newPage();
  await reader.goto(link);
  const shared = reader.locator('#tryit-F2-find-patient2');
  await expect(shared.getByLabel('Query parameters: value of identifier')).toHaveValue(/9690937294$/, {
    timeout: 15_000,
  });
  await expect(shared.getByLabel('Test patient')).toHaveValue('patient3');
  expect(await send(shared)).toBe('200 OK');
  const bundle = await readBody(shared);
  expect(bundle.entry[0].resource.identifier[0].value).toBe('9690937294');
});

test('the history recalls a request sent earlier in the tab', async ({ page }) => {
  await page.goto(EXAMPLES_PAGE);
  const box = await openWidget(page, 'F6', 'find-org1');
  await send(box);
  await box.getByText(/Requests sent from this page/).click();
  await box.getByRole('button', { name: 'Restore' }).first().click();
  await expect(box.getByLabel('Query parameters: value of identifier')).toHaveValue(/B82617$/);
});
