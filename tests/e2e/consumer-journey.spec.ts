// The consumer journey re-run: from the home page to the consumer checklist, download the single-file sandbox, run
// it with the machine's Node on a free port, and run both end-to-end scripts (downloaded from their page) against it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PYTHON, runToEnd, startBundle, SYSTEM_NODE } from './sandbox-bundle-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'consumer-journey-'));
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Saves what a link on the page points at, as "Save link as" would (a script file opens as text otherwise). */
async function download(page: Page, linkName: string, file: string): Promise<string> {
  const href = await page.getByRole('link', { name: linkName, exact: true }).first().getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.status(), `${href} should be served`).toBe(200);
  const path = join(scratch, file);
  writeFileSync(path, await response.body());
  return path;
}

test('a consumer gets from the home page to a booked, read and cancelled appointment from their own scripts', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('link', { name: 'Get started' }).first().click();
  await expect(page).toHaveURL(/\/overview\/getting-started\/$/);
  await page.getByRole('link', { name: 'Consumer suppliers', exact: true }).first().click();
  await expect(page).toHaveURL(/\/overview\/getting-started-consumer-suppliers\/$/);
  await expect(page.getByText('node sandbox.mjs --port 4010').first()).toBeVisible();

  const sandbox = await download(page, 'sandbox.mjs', 'sandbox.mjs');
  const server = await startBundle(sandbox);
  try {
    await page.getByRole('link', { name: 'the journey as a script' }).first().click();
    await expect(page.getByRole('heading', { name: 'The consumer journey as a script', level: 1 })).toBeVisible();
    const nodeScript = await download(page, 'the Node script', 'gp-connect-journey.mjs');
    const node = await runToEnd(SYSTEM_NODE, [nodeScript, '--base-url', server.url]);
    expect(node.output).toContain('Journey complete');
    expect(node.status).toBe(0);

    test.skip(!PYTHON, 'python3 is not installed: the Python script was not run');
    const pythonScript = await download(page, 'the Python script', 'gp_connect_journey.py');
    const python = await runToEnd(PYTHON!, [pythonScript, '--base-url', server.url]);
    expect(python.output).toContain('Journey complete');
    expect(python.status).toBe(0);
  } finally {
    server.stop();
  }
});
