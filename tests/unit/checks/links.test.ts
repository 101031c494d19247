import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkLinks } from '../../../src/checks/links.ts';
import { formatProblem } from '../../../src/checks/problem.ts';

const root = mkdtempSync(join(tmpdir(), 'links-'));
const dist = join(root, 'dist');
const content = join(root, 'content');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, files: Record<string, string>, wrap = (text: string) => text) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), wrap(text));
  }
}
const page = (body: string) => `<!doctype html><html lang="en"><title>t</title><body>${body}</body></html>`;

test('names the source file and line of a broken link and an unknown anchor, with the nearest target as the fix', async () => {
  write(content, {
    'index.mdx': '---\ntitle: Home\n---\n\nSee the [guide](/guide/) and [elsewhere](https://example.org/).\n',
    'guide.mdx': [
      '---',
      'title: Guide',
      '---',
      '',
      '## Errors',
      '',
      'Read [the errors](#error) first.',
      '',
      'Then [find a patient](/find-a-patien/).',
      '',
    ].join('\n'),
    'find-a-patient.mdx': '---\ntitle: Find a patient\n---\n\nText.\n',
  });
  write(
    dist,
    {
      'index.html': '<a href="/guide/">Guide</a> <a href="https://example.org/">Elsewhere</a>',
      'guide/index.html':
        '<h2 id="errors">Errors</h2><a href="#error">the errors</a> <a href="/find-a-patien/">find</a> <a href="/gone/">made by a component</a>',
      'find-a-patient/index.html': '<p>Text.</p>',
    },
    page,
  );
  const { checked, problems } = await checkLinks(dist, { contentDir: content });
  expect(checked).toBeGreaterThanOrEqual(4);
  const printed = problems.map((problem) => formatProblem({ ...problem, file: relative(root, problem.file) }));
  expect(printed.sort()).toEqual([
    'content/guide.mdx  link to /gone/: no page is served at /gone/; the file does not write it, so a component or src/spec does\n    fix: point the link at an existing page, or create the target',
    'content/guide.mdx:7:6  link to #error: /guide/ has no element with the id "error"\n    fix: did you mean #errors?',
    'content/guide.mdx:9:6  link to /find-a-patien/: no page is served at /find-a-patien/\n    fix: did you mean /find-a-patient/?',
  ]);
});

test('names the built page when no source wrote it (a redirect page, the 404 page)', async () => {
  write(dist, { 'orphan/index.html': '<a href="/nowhere/">x</a>', 'index.html': '<a href="/orphan/">o</a>' }, page);
  const { problems } = await checkLinks(dist, { contentDir: join(root, 'no-content') });
  expect(problems.map((problem) => `${relative(root, problem.file)}: ${problem.message}`)).toContain(
    'dist/orphan/index.html: link to /nowhere/: no page is served at /nowhere/',
  );
});
