// Responses from any target are shown as text: markup inside JSON must never run or render.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { EXAMPLES_PAGE, openEditor, openWidget, send } from './tryit-helpers.ts';

const PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
let server: Server;
let base = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Allow-Methods': '*',
    };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    response.writeHead(400, { ...cors, 'Content-Type': 'application/fhir+json' });
    response.end(
      JSON.stringify({
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'invalid',
            diagnostics: PAYLOAD,
            details: { coding: [{ system: 'https://example.invalid', code: PAYLOAD, display: PAYLOAD }] },
          },
        ],
        note: PAYLOAD,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('a hostile target returning <script> inside JSON is rendered as text and never runs', async ({ page }) => {
  await page.goto(EXAMPLES_PAGE);
  const box = await openWidget(page, 'F2', 'find-patient2');
  await openEditor(box);
  await box.getByLabel('Another server').check();
  await box.getByLabel(/Base URL/).fill(base);
  expect(await send(box)).toBe('400 Bad Request');
  await expect(box.getByRole('region', { name: 'Response body' })).toContainText('<script>window.__pwned = 1</script>');
  await expect(box.getByTestId('explanation')).toContainText('<img src=x');
  expect(await box.locator('script, img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a closed port is reported as a refused connection with what to do', async ({ page }) => {
  await page.goto(EXAMPLES_PAGE);
  const box = await openWidget(page, 'F1', 'metadata');
  await openEditor(box);
  await box.getByLabel('Another server').check();
  await box.getByLabel(/Base URL/).fill('http://127.0.0.1:9');
  await box.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(box.locator('[data-failure="refused"]')).toContainText('Nothing answered at http://127.0.0.1:9');
});
