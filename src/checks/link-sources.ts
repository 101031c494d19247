// src/checks/link-sources.ts: from a broken link on a built page back to the content file and line that wrote it,
// so the built-site crawl names what an author opens (content/x.mdx:12:5), not the page it became (/x/).
import { globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectLinks, resolveLink, toRoute } from '../site/content-lint/links.ts';
import { parsePage, routeOf, type ParsedPage } from '../site/content-lint/parse-page.ts';

/** Where a link was written: the source file, and its line and column when the source writes it literally. */
export interface LinkSource {
  file: string;
  line?: number;
  column?: number;
  /** The link as the source writes it. */
  written?: string;
}

/** Splits `/x/#id` into its route (`/x/`, or a file path such as `/old.html`) and fragment. */
function splitTarget(target: string): { route: string; hash?: string } {
  const [path = '/', hash] = target.split('#', 2);
  return { route: /\.[a-z0-9]+$/i.test(path) ? path : toRoute(path), ...(hash !== undefined ? { hash } : {}) };
}

/** Looks links up in the sources below `contentDir`; each page is parsed once, on first use. */
export function createSourceLocator(contentDir: string): (pagePath: string, target: string) => LinkSource | undefined {
  const files = new Map(
    globSync('**/[^_]*.{md,mdx}', { cwd: contentDir }).map((path) => [
      routeOf(path),
      { file: relative(process.cwd(), join(contentDir, path)) || path, path },
    ]),
  );
  const parsed = new Map<string, ParsedPage>();
  return (pagePath, target) => {
    const source = files.get(toRoute(pagePath));
    if (!source) return undefined;
    if (!parsed.has(source.file)) parsed.set(source.file, parsePage(source.file, source.path));
    const page = parsed.get(source.file)!;
    const wanted = splitTarget(target);
    for (const link of collectLinks(page)) {
      const resolved = resolveLink(link.url, page.route);
      if (!resolved) continue;
      const { route } = splitTarget(resolved.path);
      if (route === wanted.route && decodeURIComponent(resolved.hash ?? '') === decodeURIComponent(wanted.hash ?? ''))
        return { file: source.file, line: link.line, column: link.column, written: link.url };
    }
    return { file: source.file };
  };
}
