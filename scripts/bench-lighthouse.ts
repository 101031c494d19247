// `npm run bench:lighthouse`: Lighthouse (mobile preset, simulated throttling) in Debian's Chromium on one built page
// of each kind, printing the four category scores and LCP, TBT and CLS. Needs `npm run build` first; loopback only.
import { globSync, statSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'astro';

const root = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const builtPages = globSync('dist/**/index.html', { cwd: root });
if (builtPages.length === 0) throw new Error('dist/ has no built site: run `npm run build` first.');
const largest = builtPages
  .map((file) => ({ file, size: statSync(`${root}${file}`).size }))
  .sort((a, b) => b.size - a.size)[0]!;
const pathOf = (file: string) => `/${file.replace(/^dist\//, '').replace(/index\.html$/, '')}`;

const pages = [
  { kind: 'home', path: '/' },
  { kind: 'content', path: '/guidance/jwt/' },
  { kind: 'reference + widgets', path: '/foundations/find-a-patient/' },
  { kind: 'SpineFlow', path: '/integration/spine-flow-live/' },
  { kind: `largest (${(largest.size / 1024).toFixed(0)} KB HTML)`, path: pathOf(largest.file) },
];

const server = await preview({ root, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const score = (value: number | null | undefined) =>
  value == null ? '  —' : String(Math.round(value * 100)).padStart(3);
try {
  console.log('Lighthouse, mobile preset (simulated throttling), one run per page');
  console.log('  perf  a11y  b-p   seo    LCP s   TBT ms   CLS    page');
  for (const page of pages) {
    const result = await lighthouse(`http://127.0.0.1:${server.port}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}.`);
    const { categories, audits } = result.lhr;
    const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
    console.log(
      `  ${score(categories.performance?.score)}   ${score(categories.accessibility?.score)}   ${score(categories['best-practices']?.score)}   ${score(categories.seo?.score)}   ` +
        `${(numeric('largest-contentful-paint') / 1000).toFixed(2).padStart(6)}   ${numeric('total-blocking-time').toFixed(0).padStart(6)}   ` +
        `${numeric('cumulative-layout-shift').toFixed(3)}  ${page.kind}: ${page.path}`,
    );
  }
} finally {
  chrome.kill();
  await server.stop();
}
