// Each writer mistake is made in a scratch content folder; the content checks must name the file, the line and
// the fix, without a build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/checks/problem.ts';
import { lintContent, summarize } from '../../../../src/site/content-lint/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'content-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** Writes the pages (plus a home page and a one-term glossary) and returns the printed problems. */
function lint(pages: Record<string, string>, production = true): string[] {
  const dir = join(scratch, `case-${++count}`);
  const files = { 'index.mdx': '---\ntitle: Home\n---\n# Home\n', ...pages };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  writeFileSync(join(dir, 'glossary.yaml'), '- id: ASID\n  term: ASID\n  definition: A system id.\n');
  const where = relative(process.cwd(), dir);
  return lintContent({ contentDir: dir, publicDir: join(dir, 'public'), production }).map((problem) =>
    formatProblem(problem).replace(`${where}/`, ''),
  );
}

test('a misspelt front-matter key fails with its line and the key it resembles', () => {
  expect(lint({ 'a.mdx': '---\ntitle: A\ncapabilty: appointments\n---\nText.\n' })).toEqual([
    'a.mdx:3  unknown front-matter key "capabilty"; did you mean "capability"?\n    fix: rename it to capability',
  ]);
});

test('a misspelt sidebar key is caught too', () => {
  expect(lint({ 'a.mdx': '---\ntitle: A\nsidebar:\n  ordr: 2\n---\nText.\n' })[0]).toMatch(
    /^a\.mdx:4 {2}unknown front-matter key "sidebar\.ordr"; did you mean "sidebar\.order"\?/,
  );
});

test('a link to a page that does not exist names the source line and the nearest page', () => {
  const [problem] = lint({
    'overview/b.mdx': '---\ntitle: B\n---\n# B\n\nSee [the other page](/overview/booking/).\n',
    'overview/bookings.mdx': '---\ntitle: C\n---\n# C\n',
  });
  expect(problem).toBe(
    'overview/b.mdx:6:5  link to /overview/booking/: no page is served at /overview/booking/\n' +
      '    fix: did you mean /overview/bookings/?',
  );
});

test('an anchor that no heading of the target page makes names the line and the nearest heading', () => {
  const [problem] = lint({
    'overview/b.mdx': '---\ntitle: B\n---\nRead [the rules](/overview/c/#provider-rule).\n',
    'overview/c.mdx': '---\ntitle: C\n---\n## Provider rules\n',
  });
  expect(problem).toMatch(/^overview\/b\.mdx:4:6 {2}link to \/overview\/c\/#provider-rule: .*overview\/c\.mdx has no/);
  expect(problem).toContain('fix: did you mean #provider-rules?');
});

test('a link to a draft page is broken in production, where the draft is not built', () => {
  const pages = {
    'overview/b.mdx': '---\ntitle: B\n---\nSee [the plan](/overview/plan/).\n',
    'overview/plan.mdx': '---\ntitle: Plan\nstatus: draft\n---\nNot yet.\n',
  };
  expect(lint(pages, true)).toHaveLength(1);
  expect(lint(pages, false)).toEqual([]);
});

test('braces in prose are explained with the line and how to escape them', () => {
  expect(lint({ 'a.mdx': '---\ntitle: A\n---\nText.\n\nPick the {first} free slot.\n' })).toEqual([
    'a.mdx:6:10  {first} in the text is read as JavaScript, and "first" is not defined on this page\n' +
      '    fix: to show the braces, write \\{first\\} or put it in backticks: `{first}`',
  ]);
});

test('a .md page is read as Markdown: braces, a bare < and comments are text, and its links are still checked', () => {
  expect(
    lint({
      'a.md': '---\ntitle: A\n---\n# A\n\nPick {first}, a < b <!-- note -->, then [B](/missing/).\n',
    }),
  ).toEqual([
    'a.md:6:41  link to /missing/: no page is served at /missing/\n    fix: point the link at an existing page, or create it',
  ]);
});

test('expressions that use the page’s own imports are not flagged', () => {
  const page =
    "---\ntitle: A\n---\nimport { PROVIDER_HOST } from '../spec.ts';\nexport const n = 3;\n\nHost {PROVIDER_HOST}, {n}, {Math.max(1, 2)}.\n";
  expect(lint({ 'a.mdx': page })).toEqual([]);
});

test('every wrong component prop of every page is reported in one pass, each with its line', () => {
  const problems = lint({
    'a.mdx': '---\ntitle: A\n---\nAn <Term id="ASDI" /> here.\n\n<TryIt interaction="F2" example="find-patinet2" />\n',
    'b.mdx': '---\ntitle: B\n---\n<TryIt interaction="Z9" example="x" />\n',
  });
  expect(problems).toHaveLength(3);
  expect(problems[0]).toBe(
    'a.mdx:4:4  <Term id="ASDI">: no such entry in content/glossary.yaml\n' +
      '    fix: did you mean "ASID"? Otherwise add the entry to content/glossary.yaml',
  );
  expect(problems[1]).toMatch(/^a\.mdx:6:1 {2}<TryIt interaction="F2" example="find-patinet2">: no such example/);
  expect(problems[1]).toContain('did you mean "find-patient2"?');
  expect(problems[2]).toMatch(/^b\.mdx:4:1 {2}<TryIt interaction="Z9">: no such interaction/);
});

test('the summary counts the problems and the files they are in', () => {
  const problems = [
    { file: 'a.mdx', message: 'x' },
    { file: 'a.mdx', message: 'y' },
    { file: 'b.mdx', message: 'z' },
  ];
  expect(summarize(problems)).toBe('✗ content: 3 problem(s) in 2 file(s); each is listed above with its fix');
  expect(summarize([], 4)).toBe('✓ content: no problems in 4 pages');
});

test('the real content has no problems', () => {
  expect(lintContent({ contentDir: 'content', production: true }).map((problem) => formatProblem(problem))).toEqual([]);
});

test('a front-matter value the schema rejects names its line and the values allowed', () => {
  expect(lint({ 'a.mdx': '---\ntitle: A\naudience: consumer\ncapability: appointment\n---\nText.\n' })).toEqual([
    'a.mdx:4  front matter capability: "appointment" is not accepted: Invalid option: expected one of "foundations"|"appointments"|"structured"|"documents"|"html"\n' +
      '    fix: use one of foundations, appointments, structured, documents, html',
  ]);
});

test('a page without a title is named with the fix', () => {
  expect(lint({ 'a.mdx': '---\nsummary: No title here.\n---\nText.\n' })).toEqual([
    'a.mdx:1  front matter title: missing is not accepted: Invalid input: expected string, received undefined\n' +
      '    fix: add title: to the front matter',
  ]);
});
