// tests/e2e/import-seeds.spec.ts: the two seed pages of the Jekyll site, imported and built with the portal, are
// reached from their old addresses and show their terms, labels, callouts and links.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { hasSeeds, NO_SEEDS, stageSeedSite } from '../fixtures/jekyll/stage-seed-site.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

let scratch: string;
let server: Server;
let base: string;

/** A static server for the scratch build: `/a/` serves `/a/index.html`, as any static host would. */
function serve(dir: string): Promise<Server> {
  const http = createServer((request, response) => {
    let file = join(dir, normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

test.describe.configure({ mode: 'serial' });
test.skip(!hasSeeds, NO_SEEDS);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  scratch = mkdtempSync(join(tmpdir(), 'import-seeds-e2e-'));
  const content = join(scratch, 'content');
  await run(
    join(ROOT, 'node_modules/.bin/node'),
    ['scripts/import-jekyll.ts', stageSeedSite(), '--out', content, '--public', join(scratch, 'public')],
    { cwd: ROOT },
  );
  await run(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', join(scratch, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content },
    maxBuffer: 64 * 1024 * 1024,
  });
  server = await serve(join(scratch, 'dist'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the old index2.html address reaches the imported introduction with its callout', async ({ page }) => {
  await page.goto(`${base}/index2.html`);
  await page.waitForURL(`${base}/overview/overview-intro/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Introduction' })).toBeVisible();
  const callout = page.locator('aside').filter({ hasText: 'This site is under active development' });
  await expect(callout).toBeVisible();
  await expect(callout.getByText('Important', { exact: true })).toBeVisible();
  await expect(callout.getByRole('link', { name: 'releases page' })).toHaveAttribute(
    'href',
    'https://github.com/nhsconnect/gpconnect/releases',
  );
  // The old theme's developer-journey image map becomes the portal's journey component.
  await expect(page.getByRole('link', { name: /Get started/ }).first()).toBeVisible();
  await expect(page.getByText('{% include')).toHaveCount(0);
});

test('the old overview_engage.html address reaches getting started with its terms and labels', async ({ page }) => {
  await page.goto(`${base}/overview_engage.html`);
  await page.waitForURL(`${base}/overview/overview-engage/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  for (const kind of ['SELECTED', 'DECISION', 'ASSUMPTION'])
    await expect(page.getByText(kind, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'FHIR®' })).toBeVisible();
  const pds = page.getByRole('button', { name: 'PDS' });
  await pds.focus();
  await expect(page.locator('.term:focus-within .term__tip')).toContainText('registered GP practice');
  await expect(page.getByRole('button', { name: 'SSP' })).toHaveCount(4);
  await expect(page.getByRole('img', { name: 'Img' })).toHaveAttribute(
    'src',
    '/images/imported/overview/gp_connect_apis.png',
  );
});

test('a rewritten .html link in a seed page opens the page it pointed to', async ({ page }) => {
  await page.goto(`${base}/overview/overview-engage/`);
  await page.getByRole('main').getByRole('link', { name: 'Foundations', exact: true }).click();
  await page.waitForURL(`${base}/stubs/foundations-design/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Foundations design decisions' })).toBeVisible();
});
