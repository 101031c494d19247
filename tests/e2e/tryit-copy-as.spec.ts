// "Copy as" on a dependent example works on its own: the booking a reader copies without sending anything first
// carries a real slot, and every copy says when its token expires.
import { expect, test } from '@playwright/test';
import { EXAMPLES_PAGE, openWidget } from './tryit-helpers.ts';

test('copying the booking first searches for a slot, so the copy carries a real slot id and says when it expires', async ({
  page,
}) => {
  await page.goto(EXAMPLES_PAGE);
  const box = await openWidget(page, 'A3', 'book-appointment');
  await box.getByRole('button', { name: 'Java java.net.http' }).click();
  const code = await box.locator('pre[data-language="java"]').innerText();
  expect(code).toMatch(/\\"reference\\": \\"Slot\/[^"\\]+\\"/);
  expect(code).not.toContain('Slot/\\"');
  expect(code).toContain('// Its ids come from requests just sent:');
  expect(code).toMatch(/\/\/ The JWT in this request expires at .* UTC \(5 minutes after it was issued\)/);
  await expect(box.getByText(/Copied as Java|Select the Java/)).toBeVisible();
});
