// src/site/content-lint/index.ts: the content checks that need no build: front-matter keys, links and anchors,
// braces in prose, and <Term>/<TryIt> props, every problem with its source file and line, all in one pass.
// `npm run check:content` runs them in seconds; the build runs them before rendering, and `astro dev` on each edit.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProblemError, type Problem } from '../../checks/problem.ts';
import { parseGlossary } from '../glossary.ts';
import { checkComponentProps } from './components.ts';
import { checkExpressions } from './expressions.ts';
import { checkFrontmatterKeys, checkFrontmatterValues } from './frontmatter-keys.ts';
import { checkLinks, collectAnchors } from './links.ts';
import { parsePage, type ParsedPage } from './parse-page.ts';

export interface LintOptions {
  contentDir: string;
  publicDir?: string;
  /** Production leaves `status: draft` pages out, so links to them are broken there. */
  production?: boolean;
}

/** Whether a page is a draft: Starlight's `draft: true` or this portal's `status: draft`. */
export const isDraft = (frontmatter: Record<string, unknown>) =>
  frontmatter.draft === true || frontmatter.status === 'draft';

function readGlossaryIds(contentDir: string, problems: Problem[]): Set<string> {
  const file = join(contentDir, 'glossary.yaml');
  if (!existsSync(file)) return new Set();
  try {
    return new Set(parseGlossary(readFileSync(file, 'utf8'), relative(process.cwd(), file)).map((entry) => entry.id));
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    problems.push(...error.problems);
    return new Set();
  }
}

export function lintContent({ contentDir, publicDir = 'public', production = false }: LintOptions): Problem[] {
  const problems: Problem[] = [];
  const glossaryIds = readGlossaryIds(contentDir, problems);
  const pages: ParsedPage[] = globSync('**/[^_]*.{md,mdx}', { cwd: contentDir }).map((path) =>
    parsePage(relative(process.cwd(), join(contentDir, path)) || path, path),
  );
  const published = pages.filter((page) => !(production && isDraft(page.frontmatter)));
  const targets = {
    pages: new Map(published.map((page) => [page.route, page])),
    anchors: new Map(published.map((page) => [page.route, collectAnchors(page, glossaryIds)])),
    permalinks: new Set(published.map((page) => page.frontmatter.permalink).filter((p) => typeof p === 'string')),
    publicDir,
  } as const;
  for (const page of pages) {
    if (page.syntaxError) {
      const { line, column, message } = page.syntaxError;
      problems.push({ file: page.file, line, column, message: `MDX cannot parse this: ${message}` });
      continue;
    }
    problems.push(
      ...checkFrontmatterKeys(page),
      ...checkFrontmatterValues(page),
      ...checkExpressions(page),
      ...checkComponentProps(page, glossaryIds),
      ...checkLinks(page, targets as never),
    );
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The closing line of a run: how many problems in how many files, or that all is well. */
export function summarize(problems: Problem[], pageCount?: number): string {
  if (!problems.length) return `✓ content: no problems${pageCount ? ` in ${pageCount} pages` : ''}`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `✗ content: ${problems.length} problem(s) in ${files} file(s); each is listed above with its fix`;
}
