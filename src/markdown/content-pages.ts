// src/markdown/content-pages.ts: the pages that get a Markdown twin, read from the content folder's front matter,
// and the address each twin is served at.
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { routeOf } from '../site/content-lint/parse-page.ts';

export interface ContentPage {
  /** The content file, relative to the project (content/foundations/read-a-patient.mdx). */
  file: string;
  /** The HTML page's site path (/foundations/read-a-patient/). */
  route: string;
  /** The first folder below the content folder ('' for the home page), which is its sidebar group. */
  directory: string;
  title: string;
  /** `description`, or `summary` where the page has no description. */
  description?: string;
  draft: boolean;
  /** `sidebar.order`, which sorts the page within its group. */
  order?: number;
}

/** Pages that are not documentation: the not-found page. */
const NOT_DOCUMENTATION = new Set(['/404/']);

/**
 * The Markdown twin of a page: `/a/b/` is served at `/a/b.md`, and the home page at `/index.md`. A sibling file
 * rather than `/a/b/index.md` so that the address works on any static host, with or without directory indexes.
 */
export const markdownPathOf = (route: string): string =>
  route === '/' ? '/index.md' : `${route.replace(/\/$/, '')}.md`;

function readFrontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return (match ? parse(match[1]!) : {}) ?? {};
}

/** Every documentation page under `contentDir`, in path order, drafts marked. */
export function listContentPages(contentDir: string): ContentPage[] {
  return globSync('**/*.{md,mdx}', { cwd: contentDir })
    .filter((path) => !path.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map((path) => {
      const data = readFrontmatter(join(contentDir, path));
      const route = routeOf(path);
      return {
        file: relative(process.cwd(), join(contentDir, path)),
        route,
        directory: route.split('/')[1] ?? '',
        title: String(data.title ?? route),
        description: (data.description ?? data.summary) as string | undefined,
        draft: data.draft === true || data.status === 'draft',
        order: (data.sidebar as { order?: number } | undefined)?.order,
      };
    })
    .filter((page) => !NOT_DOCUMENTATION.has(page.route));
}
