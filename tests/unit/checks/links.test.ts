import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkLinks } from '../../../src/checks/links.ts';

const dist = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function writeSite(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), `<!doctype html><html lang="en"><title>t</title><body>${text}</body></html>`);
  }
}

test('reports a missing page and a missing anchor, naming the page that links to them, and ignores other hosts', async () => {
  writeSite({
    'index.html': '<a href="/guide/">Guide</a> <a href="/gone/">Gone</a> <a href="https://example.org/">Elsewhere</a>',
    'guide/index.html': '<h2 id="real">Real</h2><a href="#real">ok</a> <a href="/guide/#missing">broken anchor</a>',
  });
  const { checked, problems } = await checkLinks(dist);
  expect(checked).toBeGreaterThanOrEqual(4);
  expect(problems.map((problem) => `${problem.file}: ${problem.message}`).sort()).toEqual([
    'page /: broken link to /gone/ (HTTP 404)',
    'page /guide/: broken link to /guide/#missing (HTTP 200): no element has that id',
  ]);
});
