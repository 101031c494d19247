// The consumer assurance page as a consumer developer meets it: the live report of what the page's own widgets
// sent, the same report from the sandbox server for their own ASID, the fault switches, the keyboard, and axe.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildGpcRequest } from '../../src/consumer/request.ts';
import { CONSUMER_ASID } from '../../src/spec/headers.ts';
import { describeViolations, findViolations } from './axe.ts';
import { SANDBOX_URL, openWidget, send } from './tryit-helpers.ts';

const PAGE = '/explore/consumer-assurance/';

async function openReport(page: Page): Promise<Locator> {
  await page.goto(PAGE);
  const box = page.locator('#assurance-report');
  await box.scrollIntoViewIfNeeded();
  await expect(box.getByRole('button', { name: 'Refresh' })).toBeEnabled({ timeout: 15_000 });
  return box;
}

const obligation = (box: Locator, id: string) => box.locator(`[data-obligation="${id}"]`);

/** An ASID of its own for each run, so reports left in the server's database by earlier runs do not count. */
const freshAsid = () => `9${Date.now()}`.slice(0, 12);

/** Sends one metadata read straight to the sandbox server as consumer `asid`. */
async function sendToServer(asid: string, traceId?: string): Promise<number> {
  const wire = buildGpcRequest('F1', { base: SANDBOX_URL, ...(traceId ? { traceId } : {}) });
  const headers = wire.headers.map(([name, value]): [string, string] => [name, name === 'Ssp-From' ? asid : value]);
  return (await fetch(wire.url, { method: wire.method, headers })).status;
}

test('grades the requests the page widgets send, keeps them over a reload, and clears them', async ({ page }) => {
  const box = await openReport(page);
  await expect(box.getByTestId('assurance-report')).toContainText(`No requests logged for ASID ${CONSUMER_ASID} yet.`);

  expect(await send(await openWidget(page, 'F2', 'find-patient2'))).toBe('200 OK');
  await expect(box.getByTestId('assurance-report')).toContainText('1 request from ASID');
  expect(await send(await openWidget(page, 'S1', 'patient15-dissent'))).toMatch(/^403/);
  await expect(box.getByTestId('assurance-report')).toContainText('2 requests from ASID');
  await expect(obligation(box, 'trace-id')).toContainText('2 passed, 0 failed');
  // patient15's record was read without a PDS trace or a patient search of that number first.
  const checked = obligation(box, 'nhs-number-checked');
  await expect(checked).toContainText('0 passed, 1 failed');
  await checked.getByText('1 failing request').click();
  await expect(checked).toContainText('9690938576 was not traced in PDS or found by a patient search first.');

  await page.reload();
  const again = page.locator('#assurance-report');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByTestId('assurance-report')).toContainText('2 requests from ASID', { timeout: 15_000 });
  await again.getByRole('button', { name: "Clear this page's log" }).click();
  await expect(again.getByTestId('assurance-report')).toContainText('No requests logged');
});

test('a fault switched on in the page makes the next send fail once, and grades the retry', async ({ page }) => {
  const box = await openReport(page);
  const fault = box.getByRole('checkbox', { name: /The provider fails \(500/ });
  await fault.check();
  await expect(box.getByRole('status')).toContainText('Switched on for ASID 200000000115');
  const widget = await openWidget(page, 'F2', 'find-patient2');
  expect(await send(widget)).toMatch(/^500/);
  await expect(fault).not.toBeChecked();
  expect(await send(widget)).toBe('200 OK');
  const item = box.locator('.assure-faults li').filter({ hasText: 'The provider fails (500' });
  await expect(item).toContainText(
    'Graded by "After a transient failure, a retry carries a new Ssp-TraceID": 1 passed, 0 failed.',
  );
});

test('reads the report and switches faults on the sandbox server for another ASID', async ({ page }) => {
  const asid = freshAsid();
  const reused = crypto.randomUUID();
  expect(await sendToServer(asid, reused)).toBe(200);
  expect(await sendToServer(asid, reused)).toBe(200);

  const box = await openReport(page);
  await box.getByRole('radio', { name: 'A sandbox server' }).check();
  await expect(box.getByRole('textbox', { name: /Server address/ })).toHaveValue(SANDBOX_URL);
  // A value typed before the island hydrates is replaced by its default, so type again until the report follows it.
  await expect(async () => {
    await box.getByRole('textbox', { name: /Consumer ASID/ }).fill(asid);
    await box.getByRole('textbox', { name: /Consumer ASID/ }).press('Tab');
    await expect(box.getByTestId('assurance-report')).toContainText(
      `2 requests from ASID ${asid}: 1 obligation failed.`,
      {
        timeout: 2_000,
      },
    );
  }).toPass({ timeout: 20_000 });
  await expect(obligation(box, 'trace-id')).toContainText('1 passed, 1 failed');

  await box.getByRole('checkbox', { name: /A slot is taken between search and booking/ }).check();
  await expect(box.getByRole('status')).toContainText(`Switched on for ASID ${asid} on ${SANDBOX_URL}`);
  const faults = await fetch(`${SANDBOX_URL}/_sandbox/faults`, { headers: { 'Ssp-From': asid } });
  expect(await faults.json()).toEqual({ asid, scenarios: ['slot-taken'] });
  await box.getByRole('checkbox', { name: /A slot is taken between search and booking/ }).uncheck();
  await expect(box.getByRole('status')).toContainText('Switched off');
});

test('says how to start the server when nothing answers at the address', async ({ page }) => {
  const box = await openReport(page);
  await box.getByRole('radio', { name: 'A sandbox server' }).check();
  const address = box.getByRole('textbox', { name: /Server address/ });
  await address.fill('1');
  await address.press('Enter');
  await expect(box.getByTestId('assurance-problem')).toContainText(
    'No sandbox server is running at http://127.0.0.1:1.',
  );
  await expect(box.getByTestId('assurance-problem')).toContainText('npm run sandbox -- --port 1');
});

test('works from the keyboard alone, with a visible focus ring on every control', async ({ page }) => {
  const box = await openReport(page);
  await box.getByRole('radio', { name: /This page's sandbox/ }).focus();
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest('#assurance-report')) return undefined;
      const style = getComputedStyle(element);
      const name = element.getAttribute('aria-label') ?? element.closest('label')?.textContent ?? element.textContent;
      return { name: `${element.tagName} ${name?.trim().slice(0, 40)}`, outline: style.outlineStyle };
    });
    if (!focused) break;
    expect(focused.outline, focused.name).not.toBe('none');
    reached.push(focused.name);
    await page.keyboard.press('Tab');
  }
  expect(reached).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^INPUT This page's sandbox/),
      expect.stringMatching(/^INPUT Consumer ASID/),
      'BUTTON Refresh',
      "BUTTON Clear this page's log",
      expect.stringMatching(/^INPUT The SSP cannot reach the provider/),
      expect.stringMatching(/^INPUT Every List of a structured record/),
    ]),
  );

  // Space ticks a fault and the live region says so; Enter on Refresh reads the report again.
  await box.getByRole('checkbox', { name: /The provider answers slowly/ }).focus();
  await page.keyboard.press('Space');
  await expect(box.getByRole('checkbox', { name: /The provider answers slowly/ })).toBeChecked();
  await expect(box.getByRole('status')).toContainText('Switched on');
  await page.keyboard.press('Space');
  await expect(box.getByRole('checkbox', { name: /The provider answers slowly/ })).not.toBeChecked();
  await box.getByRole('button', { name: 'Refresh' }).focus();
  await page.keyboard.press('Enter');
  await expect(box.getByRole('status')).toContainText('Report from this page');
  // Arrow keys move within the source radios, as in any radio group.
  await box.getByRole('radio', { name: /This page's sandbox/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(box.getByRole('radio', { name: 'A sandbox server' })).toBeChecked();
});

for (const width of [1280, 390]) {
  test(`passes axe in light and dark at ${width} px with a failing obligation open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const box = await openReport(page);
    expect(await send(await openWidget(page, 'S1', 'patient15-dissent'))).toMatch(/^403/);
    await obligation(box, 'nhs-number-checked').getByText('1 failing request').click();
    const overflow = await box.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((value) => {
        document.documentElement.dataset.theme = value;
      }, theme);
      const found = describeViolations(await findViolations(page, { include: ['#assurance-report'] }), theme);
      expect(found, found.join('\n')).toEqual([]);
    }
  });
}
