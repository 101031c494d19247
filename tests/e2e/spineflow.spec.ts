// The live Spine flow as a person uses it: from an NHS number to a booked appointment, and the SSP refusing a
// provider URL that differs from SDS.
import { expect, test, type Page } from '@playwright/test';
import { practices } from '../../src/spec/practices.ts';
import { testPatients } from '../../src/spec/test-patients.ts';
import { EXAMPLE_PROVIDER_IP } from '../../src/widgets/spine-flow/ssp-url.ts';
import { describeViolations, findViolations } from './axe.ts';

const PAGE = '/integration/spine-flow-live/';
const practice = practices.B82617;

const step = (page: Page, number: number) => page.getByRole('listitem', { name: new RegExp(`^Step ${number}\\.`) });

async function openFlow(page: Page) {
  await page.goto(PAGE);
  const runAll = page.getByRole('button', { name: 'Run all steps' });
  await runAll.scrollIntoViewIfNeeded();
  await expect(runAll).toBeEnabled(); // the island has hydrated
}

async function runStep(page: Page, number: number, expected: string) {
  const item = step(page, number);
  await item.getByRole('button', { name: new RegExp(`step ${number}\\)?$`) }).click();
  await expect(item.getByRole('region', { name: `Result of step ${number}` })).toContainText(expected);
}

test('runs every step from an NHS number to a booked appointment', async ({ page }) => {
  await openFlow(page);
  await page.getByRole('button', { name: 'Run all steps' }).click();

  const booking = step(page, 8).getByRole('region', { name: 'Result of step 8' });
  await expect(booking).toContainText('201 Created', { timeout: 20_000 });
  await expect(booking).toContainText('Appointment booked: Appointment/');
  await expect(page.getByText(`8 of 8 steps done`)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Step 8, Book the appointment: done, 201.');

  const { name } = testPatients.patient2;
  await expect(step(page, 1)).toContainText(
    `${name.prefix} ${name.given} ${name.family} is registered at the practice with ODS code ${practice.odsCode}.`,
  );
  await expect(step(page, 2)).toContainText(`its party key ${practice.partyKey}`);
  await expect(step(page, 3)).toContainText(`The provider's ASID is ${practice.asid}`);
  // The values found flow into the requests: the SDS ASID in Ssp-To, the SSP URL in front of the provider path.
  const bookRequest = step(page, 8).getByRole('textbox', { name: /Request for step 8/ });
  await expect(bookRequest).toHaveValue(
    new RegExp(
      `^POST http://127\\.0\\.0\\.1:\\d+/ssp/https://pcs\\.thirdparty\\.nhs\\.uk/${practice.odsCode}/STU3/1/gpconnect/Appointment HTTP/1\\.1`,
    ),
  );
  await expect(bookRequest).toHaveValue(new RegExp(`Ssp-To: ${practice.asid}`));
  await expect(
    step(page, 8).getByRole('region', { name: 'Result of step 8' }).getByLabel('Response body of step 8'),
  ).toContainText('"status": "booked"');

  // The diagram marks every step finished.
  await expect(page.locator('svg.sf-diagram [data-step="book"]')).toHaveAttribute('data-state', 'done');
});

test('shows the SSP refusing a provider URL with an IP address or an explicit :443, and forwarding it when exact', async ({
  page,
}) => {
  await openFlow(page);
  await runStep(page, 1, '200 OK');
  await runStep(page, 2, '200 OK');
  await runStep(page, 3, '200 OK');

  const ssp = step(page, 4);
  await ssp.getByRole('radio', { name: 'Hostname swapped for an IP address' }).check();
  await expect(ssp).toContainText(`/ssp/https://${EXAMPLE_PROVIDER_IP}/${practice.odsCode}/STU3/1/gpconnect/metadata`);
  await runStep(page, 4, 'deliberate mistake');
  await expect(page.locator('svg.sf-diagram [data-step="metadata"]')).toHaveAttribute('data-state', 'current');

  const result = step(page, 5).getByRole('region', { name: 'Result of step 5' });
  await runStep(page, 5, '400 Bad Request');
  await expect(result).toContainText(
    `The SSP refused to forward the request because the host is the IP address ${EXAMPLE_PROVIDER_IP}`,
  );
  await expect(result).toContainText('does not resolve names');
  await expect(result).toContainText(
    `_VARIES_FROM_TARGETURL_https://${EXAMPLE_PROVIDER_IP}/${practice.odsCode}/STU3/1/gpconnect`,
  );
  await expect(result.getByLabel('Response body of step 5')).toContainText('"code": "400"');
  await expect(page.locator('svg.sf-diagram [data-step="metadata"]')).toHaveAttribute('data-state', 'failed');

  await ssp.getByRole('radio', { name: 'Explicit :443 added' }).check();
  await runStep(page, 4, 'deliberate mistake');
  await runStep(page, 5, '400 Bad Request');
  await expect(result).toContainText('an explicit :443 port was added to the host');

  await ssp.getByRole('radio', { name: 'Exactly as SDS holds it' }).check();
  await runStep(page, 4, 'Every request to the provider now starts');
  await runStep(page, 5, '200 OK');
  await expect(result).toContainText('CapabilityStatement');
});

test('follows the worked example after the reader edits the request, and runs it with Ctrl+Enter', async ({ page }) => {
  await openFlow(page);
  const request = step(page, 1).getByRole('textbox', { name: /Request for step 1/ });
  const text = await request.inputValue();
  await request.fill(text.replace(testPatients.patient2.nhsNumber, testPatients.workedExample.nhsNumber));
  await request.press('Control+Enter');
  await expect(step(page, 1)).toContainText('registered at the practice with ODS code T99999');
  await runStep(page, 2, 'T99999-9999999');
  await runStep(page, 3, "The provider's ASID is 999999999999");
});

test('fits a 320 px wide screen without sideways scrolling or a shift when the island hydrates', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openFlow(page);
  await page.getByRole('button', { name: 'Run all steps' }).scrollIntoViewIfNeeded();
  // Only the diagram may scroll sideways, inside its own focusable box; nothing else in the widget is wider than the screen.
  const overflow = await page.locator('.spine-flow').evaluate((root) => {
    const box = root.getBoundingClientRect();
    return { right: box.right, wider: root.scrollWidth > root.clientWidth };
  });
  expect(overflow.right).toBeLessThanOrEqual(320);
  expect(overflow.wider).toBe(false);
  await expect(page.getByRole('group', { name: /Sequence diagram/ })).toHaveAttribute('tabindex', '0');
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
  await expect(step(page, 1).getByLabel('NHS number to trace')).toBeVisible();
});

test('has no axe violations in the widget, before and after a run, in light and dark themes', async ({ page }) => {
  test.setTimeout(150_000); // axe checks the contrast of every line of the long response bodies
  for (const theme of ['light', 'dark']) {
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    await openFlow(page);
    const check = async () => describeViolations(await findViolations(page, { include: ['.spine-flow'] }), theme);
    expect(await check()).toEqual([]);
    await page.getByRole('button', { name: 'Run all steps' }).click();
    await expect(page.getByText('8 of 8 steps done')).toBeVisible();
    expect(await check()).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('still shows every step, the first request and the diagram, rendered by the server', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('listitem', { name: /^Step \d\./ })).toHaveCount(8);
    await expect(step(page, 1).getByRole('textbox', { name: /Request for step 1/ })).toHaveValue(
      new RegExp(`^GET http://127\\.0\\.0\\.1:\\d+/spine/pds/Patient/${testPatients.patient2.nhsNumber} HTTP/1\\.1`),
    );
    await expect(step(page, 2)).toContainText(
      'The request appears once step 1 (Trace the patient on PDS) has found the ODS code of the registered practice.',
    );
    await expect(page.getByRole('img', { name: 'Sequence diagram of the Spine integration flow' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run all steps' })).toBeDisabled();
  });
});
