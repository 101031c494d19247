// scripts/bench.ts (`npm run bench`): build time, pages per second, page weights, widget weights, import speed.
// Figures are medians of several runs on this machine; compare ratios, not absolute times, across machines.
// `--scaling-pages N` (default 1000; 0 skips it): the build time each added page costs, the portal against stock
// Starlight, from builds of each with and without N generated pages (`--scaling-rounds R`, default 1, medians).
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { describeScaling, measureBuildScaling } from '../src/bench/build-scaling.ts';
import { measurePage } from '../src/checks/page-weight.ts';

const { values } = parseArgs({
  // --site <jekyll site>: also import that site and build the portal with its pages (the real specification site).
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean' },
    site: { type: 'string' },
    'scaling-pages': { type: 'string', default: '1000' },
    'scaling-rounds': { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const root = new URL('..', import.meta.url).pathname;
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const outDir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const buildTimes: number[] = [];
for (let run = 0; run < (values['skip-build'] ? 1 : runs); run++) {
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  buildTimes.push((performance.now() - started) / 1000);
}
const pageCount = globSync(`${outDir}/**/index.html`).length;
const buildSeconds = median(buildTimes);
console.log('Build');
console.log(
  `  runs: ${buildTimes.map((seconds) => seconds.toFixed(1)).join(', ')} s; median ${buildSeconds.toFixed(1)} s`,
);
console.log(`  pages: ${pageCount}; ${(pageCount / buildSeconds).toFixed(1)} pages/s (including Pagefind indexing)`);

const content = measurePage(outDir, join(outDir, 'integration/system-topologies/index.html'));
console.log('Content page (/integration/system-topologies/), gzip');
console.log(`  HTML ${kb(content.html)}  JS ${kb(content.js)}  CSS ${kb(content.css)}`);
const all = globSync(`${outDir}/**/index.html`).map((file) => measurePage(outDir, file));
const contentPages = all.filter((page) => !page.hasIsland);
console.log(
  `  across ${contentPages.length} content pages: median JS ${kb(median(contentPages.map((p) => p.js)))}, max ${kb(Math.max(...contentPages.map((p) => p.js)))}; median CSS ${kb(median(contentPages.map((p) => p.css)))}`,
);

// Widget weight as a browser sees it: the scripts a widget page fetches beyond a plain content page, before the
// first send, and what the first send adds (the sandbox, the response view, Shiki).
const server = await preview({ root, outDir, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const origin = `http://127.0.0.1:${server.port}`;
type Page = import('@playwright/test').Page;
/** Scripts fetched by a page once `ready` holds (its widget hydrated), then after `interact` (the first send). */
async function scriptSizes(
  path: string,
  ready?: (page: Page) => Promise<void>,
  interact?: (page: Page) => Promise<void>,
) {
  const page = await browser.newPage();
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    sizes.set(
      new URL(response.url()).pathname,
      gzipSync(await response.body().catch(() => Buffer.alloc(0)), { level: 9 }).length,
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 100_000);
  await ready?.(page);
  await page.waitForLoadState('networkidle');
  const before = new Map(sizes);
  await interact?.(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return { before, after: sizes };
}
const sum = (sizes: Map<string, number>, skip: Map<string, number>) =>
  [...sizes].filter(([name]) => !skip.has(name)).reduce((total, [, bytes]) => total + bytes, 0);
try {
  const plain = (await scriptSizes('/reference/glossary/')).after;
  const sendButton = (page: Page) =>
    page.locator('[id^="tryit-"]').first().getByRole('button', { name: 'Send', exact: true });
  const runButton = (page: Page) => page.getByRole('button', { name: 'Run all steps' });
  // A widget hydrates when it scrolls into view; its button is enabled once it has.
  const hydrated = (button: (page: Page) => import('@playwright/test').Locator) => async (page: Page) => {
    await button(page).scrollIntoViewIfNeeded();
    await button(page).and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
  };
  const tryIt = await scriptSizes('/foundations/find-a-patient/', hydrated(sendButton), async (page) => {
    await sendButton(page).click();
    await page.locator('[id^="tryit-"]').first().getByTestId('status').waitFor({ timeout: 30_000 });
  });
  const flow = await scriptSizes('/integration/spine-flow-live/', hydrated(runButton), async (page) => {
    await runButton(page).click();
    await page
      .getByText(/201 Created/)
      .first()
      .waitFor({ timeout: 60_000 });
  });
  console.log('Widgets, JavaScript gzip beyond a content page');
  console.log(
    `  <TryIt> (/foundations/find-a-patient/): before the first send ${kb(sum(tryIt.before, plain))}; the first send adds ${kb(sum(tryIt.after, tryIt.before))}`,
  );
  console.log(
    `  <SpineFlow> (/integration/spine-flow-live/): before the first run ${kb(sum(flow.before, plain))}; running every step adds ${kb(sum(flow.after, flow.before))}`,
  );
} finally {
  await browser.close();
  await server.stop();
}

try {
  const { benchImport } = await import('../src/importer/bench.ts');
  const result = await benchImport();
  console.log('Import (generated site)');
  console.log(`  ${JSON.stringify(result)}`);
} catch (error) {
  console.log(`Import: not measured (${(error as Error).message})`);
}
if (values.site) {
  const { checkBuild } = await import('../src/importer/build-check.ts');
  const { parseArguments } = await import('../src/importer/cli.ts');
  const { countOutcomes } = await import('../src/importer/report.ts');
  const scratch = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const options = parseArguments([values.site, '--out', join(scratch, 'imported'), '--content-root', scratch]);
  if ('error' in options) throw new Error(options.error);
  const started = performance.now();
  const check = await checkBuild(options);
  const counts = countOutcomes(check.result);
  console.log(`Import and build of ${values.site}`);
  console.log(
    `  pages read: ${check.result.pages.length}; converted ${counts.converted}, with warnings ${counts.withWarnings}, skipped ${counts.skipped}, failed ${counts.failed}; images ${check.result.imagesCopied}`,
  );
  console.log(
    `  build with the imported pages: ${check.built ? 'passed' : 'FAILED'}, ${check.pages} pages in ${check.seconds} s; import + build ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  rmSync(scratch, { recursive: true, force: true });
}
rmSync(outDir, { recursive: true, force: true });

// Build scaling (src/bench/build-scaling.ts; `npm run bench:build-scaling` runs it alone, with more rounds).
const scalingPages = Number(values['scaling-pages']);
const scalingRounds = Number(values['scaling-rounds']);
if (!Number.isInteger(scalingPages) || scalingPages < 0)
  throw new Error(`--scaling-pages takes a whole number of pages; got "${values['scaling-pages']}".`);
if (!Number.isInteger(scalingRounds) || scalingRounds < 1)
  throw new Error(`--scaling-rounds takes a whole number of rounds from 1; got "${values['scaling-rounds']}".`);
if (scalingPages > 0) {
  const result = measureBuildScaling(root, scalingPages, scalingRounds);
  for (const line of describeScaling(result, scalingPages, scalingRounds)) console.log(line);
}
