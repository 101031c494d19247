// scripts/bench.ts (`npm run bench`): build time, pages per second, page weights, widget weights, import speed.
// Figures are medians of several runs on this machine; compare ratios, not absolute times, across machines.
// `--scaling-pages N` (default 1000; 0 skips it): the build time each added page costs, the portal against stock
// Starlight, from one build of each with and without N generated pages.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import { measurePage } from '../src/checks/page-weight.ts';

const { values } = parseArgs({
  // --site <jekyll site>: also import that site and build the portal with its pages (the real specification site).
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean' },
    site: { type: 'string' },
    'scaling-pages': { type: 'string', default: '1000' },
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

// Build scaling. The same generated pages (headings, prose, a list, a table, a code block) go into the portal's
// content (as imported pages, which get their own sidebar group) and into a stock Starlight site with its default
// autogenerated sidebar, so both pay for a sidebar that grows with the site.
const scalingPages = Number(values['scaling-pages']);
if (!Number.isInteger(scalingPages) || scalingPages < 0)
  throw new Error(`--scaling-pages takes a whole number of pages; got "${values['scaling-pages']}".`);
if (scalingPages > 0) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-scaling-'));
  const syntheticPage = (index: number) =>
    [
      '---',
      `title: Generated page ${index}`,
      `description: A generated page for the build benchmark, number ${index}.`,
      '---',
      '',
      `## Section one of page ${index}`,
      '',
      'A paragraph of ordinary prose with **bold**, `code` and [a link](https://example.org/) in it, long enough to',
      'wrap over two lines on a phone and to give the search index some words to hold.',
      '',
      '- a first point',
      '- a second point',
      '',
      '| Name | Value |',
      '| ---- | ----- |',
      `| page | ${index} |`,
      '',
      '```json',
      `{ "resourceType": "Patient", "id": "${index}" }`,
      '```',
      '',
      '## Section two',
      '',
      'A closing paragraph.',
      '',
    ].join('\n');
  const writePages = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    for (let index = 1; index <= scalingPages; index++)
      writeFileSync(join(dir, `page-${index}.md`), syntheticPage(index));
  };
  const timeBuild = (cwd: string, env: Record<string, string> = {}) => {
    const out = join(scratch, 'out');
    const started = performance.now();
    // --force: every build renders every page, so neither side is helped by a content cache an earlier run left.
    const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', out], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (result.status !== 0) throw new Error(`astro build in ${cwd} failed:\n${result.stdout}\n${result.stderr}`);
    const seconds = (performance.now() - started) / 1000;
    const pages = globSync(`${out}/**/index.html`).length;
    rmSync(out, { recursive: true, force: true });
    return { seconds, pages };
  };

  // Inside the repository, at the depth of content/, so that a page's relative imports (../../public/…) resolve.
  const portalContent = mkdtempSync(join(root, '.bench-portal-content-'));
  cpSync(join(root, 'content'), portalContent, { recursive: true });
  const portalBefore = timeBuild(root, { CONTENT_DIR: portalContent });
  writePages(join(portalContent, 'imported'));
  const portalAfter = timeBuild(root, { CONTENT_DIR: portalContent });
  const perPage = (before: { seconds: number }, after: { seconds: number }) =>
    ((after.seconds - before.seconds) * 1000) / scalingPages;
  const portalMs = perPage(portalBefore, portalAfter);
  console.log(`Build scaling: ${scalingPages} generated pages added, one build each`);
  console.log(
    `  portal: ${portalBefore.pages} pages ${portalBefore.seconds.toFixed(1)} s, ${portalAfter.pages} pages ${portalAfter.seconds.toFixed(1)} s: ${portalMs.toFixed(1)} ms per added page`,
  );

  // Inside the repository, so that it resolves this node_modules as any project does (a symlinked node_modules
  // confuses Astro's module ids); removed at the end, like the scratch folder.
  const stock = mkdtempSync(join(root, '.bench-stock-starlight-'));
  mkdirSync(join(stock, 'src/content/docs'), { recursive: true });
  // Listing astro and Starlight as dependencies makes Vite bundle them for the server, as in any Starlight project.
  writeFileSync(
    join(stock, 'package.json'),
    '{ "type": "module", "dependencies": { "astro": "*", "@astrojs/starlight": "*" } }\n',
  );
  writeFileSync(
    join(stock, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ integrations: [starlight({ title: 'Stock Starlight' })] });\n",
  );
  writeFileSync(
    join(stock, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
  writeFileSync(join(stock, 'src/content/docs/index.md'), '---\ntitle: Home\n---\n\nThe home page.\n');
  const stockBefore = timeBuild(stock);
  writePages(join(stock, 'src/content/docs/generated'));
  const stockAfter = timeBuild(stock);
  const stockMs = perPage(stockBefore, stockAfter);

  console.log(
    `  stock Starlight: ${stockBefore.pages} pages ${stockBefore.seconds.toFixed(1)} s, ${stockAfter.pages} pages ${stockAfter.seconds.toFixed(1)} s: ${stockMs.toFixed(1)} ms per added page`,
  );
  console.log(`  portal / stock: ${(portalMs / stockMs).toFixed(2)}×`);
  rmSync(scratch, { recursive: true, force: true });
  rmSync(portalContent, { recursive: true, force: true });
  rmSync(stock, { recursive: true, force: true });
}
