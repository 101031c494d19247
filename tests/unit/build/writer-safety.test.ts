// Writer mistakes through the real build: it stops before rendering with every problem (file, line, fix) and a
// summary, leaves drafts out of production, renders content/404.mdx as 404.html, and prints none of the known noise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'portal-writer-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Vitest's own variables (NODE_ENV=test, MODE, VITEST…) would make the build keep drafts as `astro dev` does.
const productionEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|MODE|VITEST.*|TEST|DEV|PROD|SSR|BASE_URL)$/.test(name)),
);

function build(name: string, pages: Record<string, string>) {
  const contentDir = join(scratch, name, 'content');
  const files = { 'index.mdx': '---\ntitle: Home\n---\nHello.\n', ...pages };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(contentDir, file)), { recursive: true });
    writeFileSync(join(contentDir, file), text);
  }
  writeFileSync(join(contentDir, 'glossary.yaml'), '- id: ASID\n  term: ASID\n  definition: A system id.\n');
  const dist = join(scratch, name, 'dist');
  const result = spawnSync('node_modules/.bin/astro', ['build', '--force', '--outDir', dist], {
    env: { ...productionEnv, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}

test('one build reports every mistake with file, line and fix, then a summary, and builds nothing', () => {
  const { status, output, dist } = build('mistakes', {
    'overview/a.mdx': '---\ntitle: A\ncapabilty: appointments\n---\nPick the {first} slot. See [B](/overview/bb/).\n',
    'overview/b.mdx': '---\ntitle: B\n---\nAn <Term id="ASDI" /> and <TryIt interaction="F2" example="nope" />.\n',
  });
  expect(status).not.toBe(0);
  expect(output).toContain('overview/a.mdx:3  unknown front-matter key "capabilty"; did you mean "capability"?');
  expect(output).toContain('overview/a.mdx:5:10  {first} in the text is read as JavaScript');
  expect(output).toContain('overview/a.mdx:5:28  link to /overview/bb/: no page is served at /overview/bb/');
  expect(output).toContain('fix: did you mean /overview/b/?');
  expect(output).toContain('overview/b.mdx:4:4  <Term id="ASDI">: no such entry in content/glossary.yaml');
  expect(output).toContain('overview/b.mdx:4:27  <TryIt interaction="F2" example="nope">: no such example');
  expect(output).toContain('✗ content: 5 problem(s) in 2 file(s)');
  expect(existsSync(join(dist, 'index.html'))).toBe(false);
}, 120_000);

test('a status: draft page has no page, sidebar entry, redirect or search entry in production', () => {
  const { status, output, dist } = build('draft', {
    'overview/live.mdx': '---\ntitle: Live page\n---\nPublished.\n',
    'overview/plan.mdx': '---\ntitle: Secret plan\nstatus: draft\npermalink: old_plan.html\n---\nNot yet.\n',
    '404.mdx': '---\ntitle: Page not found\n---\nNo page here.\n',
  });
  expect(status, output).toBe(0);
  expect(existsSync(join(dist, 'overview/live/index.html'))).toBe(true);
  expect(existsSync(join(dist, 'overview/plan/index.html'))).toBe(false);
  expect(existsSync(join(dist, 'old_plan.html'))).toBe(false);
  expect(readFileSync(join(dist, 'overview/live/index.html'), 'utf8')).not.toContain('Secret plan');
  const index = spawnSync('grep', ['-rl', 'Secret plan', join(dist, 'pagefind')], { encoding: 'utf8' });
  expect(index.stdout).toBe('');
  expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('No page here.');
  // The known noise: Starlight's missing-i18n warning, the bundler's note on Astro's MDX directive, and the clash
  // of Starlight's 404 route with the docs route over content/404.mdx.
  expect(output).not.toMatch(/collection "i18n" does not exist/);
  expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE/);
  expect(output).not.toMatch(/conflicts with higher priority route/);
}, 180_000);
