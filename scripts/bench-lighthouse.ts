// `npm run bench:lighthouse [-- --runs N]`: Lighthouse (mobile preset, simulated throttling) in Debian's Chromium on
// one built page of each kind, served compressed as a static host serves it. Prints the median of N runs (default
// 3) of the four category scores and LCP, FCP, TBT, CLS, then per page the bytes, the LCP element and the audits
// that cost points; `--save DIR` keeps every run's full report as JSON; `--page KIND` (repeatable: home, content,
// widgets, spineflow, largest) measures only those kinds. Needs `npm run build` first; loopback only.
import { globSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { startStaticHost } from '../src/bench/lighthouse-static-host.ts';
import { summarise } from '../src/bench/lighthouse-summary.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    save: { type: 'string' },
    page: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs takes a whole number of runs, 1 or more; got "${values.runs}".`);

const root = new URL('..', import.meta.url).pathname;
const dist = `${root}dist`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const builtPages = globSync('**/index.html', { cwd: dist });
if (builtPages.length === 0) throw new Error('dist/ has no built site: run `npm run build` first.');
const largest = builtPages
  .map((file) => ({ file, size: statSync(`${dist}/${file}`).size }))
  .sort((a, b) => b.size - a.size)[0]!;

const kinds = [
  { id: 'home', kind: 'home', path: '/' },
  { id: 'content', kind: 'content', path: '/guidance/jwt/' },
  { id: 'widgets', kind: 'reference + widgets', path: '/foundations/find-a-patient/' },
  { id: 'spineflow', kind: 'SpineFlow', path: '/integration/spine-flow-live/' },
  {
    id: 'largest',
    kind: `largest (${(largest.size / 1024).toFixed(0)} KB HTML)`,
    path: `/${largest.file.replace(/index\.html$/, '')}`,
  },
];
const unknown = (values.page ?? []).filter((id) => !kinds.some((kind) => kind.id === id));
if (unknown.length > 0)
  throw new Error(`--page ${unknown.join(', ')}: no such page kind; use ${kinds.map((kind) => kind.id).join(', ')}.`);
const pages = values.page ? kinds.filter((kind) => values.page!.includes(kind.id)) : kinds;

const host = await startStaticHost(dist);
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const loads: number[] = [];
try {
  const summaries = [];
  for (const page of pages) {
    const results: Result[] = [];
    for (let run = 0; run < runs; run++) {
      loads.push(loadavg()[0]!);
      const result = await lighthouse(`${host.origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}.`);
      results.push(result.lhr);
      if (values.save) {
        mkdirSync(values.save, { recursive: true });
        const name = page.path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home';
        writeFileSync(`${values.save}/${name}.${run + 1}.json`, JSON.stringify(result.lhr));
      }
    }
    summaries.push({ page, summary: summarise(results) });
  }

  const load = loads.reduce((sum, value) => sum + value, 0) / loads.length;
  console.log(
    `Lighthouse, mobile preset (simulated throttling), median of ${runs} run(s) per page; load average ${load.toFixed(1)} during the runs`,
  );
  console.log('  perf  a11y  b-p   seo    LCP s   FCP s   TBT ms   CLS    perf per run   page');
  for (const { page, summary } of summaries) {
    const { scores, metrics } = summary;
    const cell = (score: number) => String(score).padStart(3);
    console.log(
      `  ${cell(scores.performance)}   ${cell(scores.accessibility)}   ${cell(scores['best-practices'])}   ${cell(scores.seo)}   ` +
        `${metrics.lcp.toFixed(2).padStart(6)}  ${metrics.fcp.toFixed(2).padStart(6)}   ${metrics.tbt.toFixed(0).padStart(6)}   ` +
        `${metrics.cls.toFixed(3)}  ${summary.performanceRuns.join(' ').padEnd(13)}  ${page.kind}: ${page.path}`,
    );
  }
  console.log('\nPer page (last run): transfer sizes, the LCP element, audits below full marks or that could not run');
  for (const { page, summary } of summaries) {
    console.log(
      `  ${page.path}  total ${kb(summary.totalBytes)}, HTML ${kb(summary.documentBytes)}; LCP element ${summary.lcpElement}`,
    );
    for (const line of summary.costly) console.log(`      ${line}`);
    for (const line of summary.errored) console.log(`      could not run: ${line}`);
  }
} finally {
  chrome.kill();
  await host.stop();
}
