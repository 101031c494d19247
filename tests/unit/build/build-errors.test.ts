// The build refuses bad content with the file and what is wrong: each case builds a tiny content folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'portal-build-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const components = join(process.cwd(), 'src/components');

function buildContent(name: string, pages: Record<string, string>) {
  const contentDir = join(scratch, name, 'content');
  mkdirSync(join(contentDir, 'overview'), { recursive: true });
  writeFileSync(join(contentDir, 'glossary.yaml'), '- id: ASID\n  term: ASID\n  definition: A system id.\n');
  for (const [file, text] of Object.entries(pages)) writeFileSync(join(contentDir, file), text);
  const result = spawnSync('node_modules/.bin/astro', ['build', '--force', '--outDir', join(scratch, name, 'dist')], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const home = '---\ntitle: Home\n---\nHello.\n';

test('fails on an unknown glossary term, naming the page and the fix', () => {
  const { status, output } = buildContent('term', {
    'index.mdx': home,
    'overview/a.mdx': `---\ntitle: A\n---\nimport Term from '${components}/Term.astro';\n\nAn <Term id="ASDI" /> here.\n`,
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/overview\/a\.mdx:6:4 {2}<Term id="ASDI">: no such entry in content\/glossary\.yaml/);
  expect(output).toContain('fix: did you mean "ASID"? Otherwise add the entry to content/glossary.yaml');
}, 120_000);

test('fails on invalid front matter, naming the file and the field', () => {
  const { status, output } = buildContent('frontmatter', {
    'index.mdx': home,
    'overview/b.mdx': '---\ntitle: B\naudience: everyone\n---\nText.\n',
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(/overview\/b/);
  expect(output).toMatch(/audience/);
}, 120_000);

test('fails when two pages claim the same old permalink, naming both files', () => {
  const { status, output } = buildContent('permalink', {
    'index.mdx': home,
    'overview/c.mdx': '---\ntitle: C\npermalink: old.html\n---\nText.\n',
    'overview/d.mdx': '---\ntitle: D\npermalink: old.html\n---\nText.\n',
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(/overview\/[cd]\.mdx {2}permalink "old\.html" is already claimed by .*overview\/[cd]\.mdx/);
}, 120_000);

test('fails on an unknown callout type, listing the allowed ones', () => {
  const { status, output } = buildContent('callout', {
    'index.mdx': home,
    'overview/e.mdx': `---\ntitle: E\n---\nimport Callout from '${components}/Callout.astro';\n\n<Callout type="danger">Careful.</Callout>\n`,
  });
  expect(status).not.toBe(0);
  expect(output).toContain('<Callout type="danger">: unknown callout type');
  expect(output).toContain('; fix: use one of note, tip, important, warning');
}, 120_000);
