import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BUDGET, checkPageWeight, measurePage } from '../../../src/checks/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Incompressible text of about `bytes` gzip bytes, so budgets can be crossed on purpose. */
const noise = (bytes: number) =>
  Array.from({ length: bytes }, (_, i) => String.fromCharCode((33 + ((i * 7919) % 89)) ^ (i % 7))).join('');

function writeSite(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
}

test('counts script files, their static imports and inline scripts, but not dynamic imports', () => {
  writeSite({
    'a/index.html':
      '<html><head><script type="module" src="/_astro/page.js"></script><script>var inline = 1;</script><link rel="stylesheet" href="/_astro/site.css"></head><body></body></html>',
    '_astro/page.js': `import "./shared.js"; const later = () => import("./lazy.js"); // ${noise(200)}`,
    '_astro/shared.js': `export const shared = "${noise(300)}";`,
    '_astro/lazy.js': `export const lazy = "${noise(5000)}";`,
    '_astro/site.css': `body { color: red } /* ${noise(100)} */`,
  });
  const weight = measurePage(dist, join(dist, 'a/index.html'));
  expect(weight.js).toBeGreaterThan(500);
  expect(weight.js).toBeLessThan(2000);
  expect(weight.css).toBeGreaterThan(100);
  expect(weight.stylesheetLinks).toEqual(['/_astro/site.css']);
  expect(weight.hasIsland).toBe(false);
});

test('puts Astro islands and their runtime on the widget budget, not the page budget', () => {
  writeSite({
    'b/index.html': `<html><body><astro-island component-url="/_astro/widget.js" renderer-url="/_astro/client.js"></astro-island><script>(()=>{customElements.define("astro-island",class extends HTMLElement{}); /* ${noise(400)} */})();</script></body></html>`,
    '_astro/widget.js': `export default "${noise(1000)}";`,
    '_astro/client.js': `export default "${noise(200)}";`,
  });
  const weight = measurePage(dist, join(dist, 'b/index.html'));
  expect(weight.js).toBe(0);
  expect(weight.islandJs).toBeGreaterThan(1000);
  expect(weight.hasIsland).toBe(true);
});

test('reports each budget a page exceeds, naming the built file', () => {
  const problems = checkPageWeight([
    { page: 'ok/index.html', js: 100, islandJs: 0, css: 100, stylesheetLinks: [], html: 100, hasIsland: false },
    {
      page: 'heavy/index.html',
      js: BUDGET.contentJs + 1,
      islandJs: BUDGET.widgetJs + 1,
      css: BUDGET.contentCss + 1,
      stylesheetLinks: ['/_astro/ec.abcde.css'],
      html: 100,
      hasIsland: true,
    },
  ]);
  expect(problems.map((problem) => `${problem.file}: ${problem.message.split(';')[0]}`)).toEqual([
    'dist/heavy/index.html: loads 8.0 KB gzip of JavaScript before any interaction',
    'dist/heavy/index.html: loads 20.0 KB gzip of CSS',
    'dist/heavy/index.html: links /_astro/ec.abcde.css instead of inlining it, which holds back the first paint',
    'dist/heavy/index.html: its widgets load 35.0 KB gzip of JavaScript before the first send',
  ]);
});
