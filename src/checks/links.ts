// src/checks/links.ts: every internal link and #anchor in the built site must resolve (linkinator over dist/). Each
// problem names the content file and line that wrote the link, with the nearest page or id as the fix.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { nearest } from '../site/did-you-mean.ts';
import { createSourceLocator } from './link-sources.ts';
import type { Problem } from './problem.ts';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(?=\/|$)/;

/** The built page a site path is served from (`/x/` → dist/x/index.html). */
const builtFile = (distDir: string, route: string) => join(distDir, route, route.endsWith('/') ? 'index.html' : '');

/** The ids a built page carries, for "did you mean" on a broken anchor. */
function readIds(file: string): string[] {
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
}

/**
 * Crawls the built site from its home page; external addresses are out of scope (no network here). `contentDir`
 * holds the sources the pages were built from.
 */
export async function checkLinks(
  distDir: string,
  { contentDir = 'content' }: { contentDir?: string } = {},
): Promise<{ checked: number; problems: Problem[] }> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    concurrency: 50,
    // On a busy machine a loopback request now and then fails with no status (a dropped connection); retry those
    // rather than report a link that is not broken.
    retryErrors: true,
    retryErrorsCount: 3,
    // Only this site's pages, which linkinator serves on a loopback port: every other host is someone else's (and
    // unreachable from CI).
    linksToSkip: async (link) => /^(https?:)?\/\//.test(link) && !LOCAL_ORIGIN.test(link),
  });
  // linkinator names pages by the folder it serves (`dist/guide/`); sources and readers know them by site path.
  const folder = distDir.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const pagePath = (url: string) => {
    const path = url.replace(LOCAL_ORIGIN, '');
    const inside = path.replace(/^\/+/, '').startsWith(`${folder}/`) || path.replace(/^\/+/, '') === folder;
    return (inside ? path.replace(/^\/+/, '').slice(folder.length) : path) || '/';
  };
  const routes = globSync('**/index.html', { cwd: distDir }).map((file) => `/${file.replace(/index\.html$/, '')}`);
  const locate = createSourceLocator(contentDir);
  const problems = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link): Problem => {
      const page = pagePath(link.parent ?? '/');
      const target = pagePath(link.url);
      const source = locate(page, target);
      const where = source
        ? { file: source.file, line: source.line, column: source.column }
        : { file: builtFile(distDir, page) };
      const written = source?.written ?? target;
      // Not in the page's own text: a component or a src/spec field (an interaction's docsPath) writes it.
      const origin = source && !source.written ? '; the file does not write it, so a component or src/spec does' : '';
      const [path = '/', hash] = target.split('#', 2);
      if (hash !== undefined && link.status === 200) {
        const guess = nearest(hash, readIds(builtFile(distDir, path)));
        return {
          ...where,
          message: `link to ${written}: ${path} has no element with the id "${hash}"${origin}`,
          fix: guess ? `did you mean #${guess}?` : 'link to a heading that exists there, or add the id',
        };
      }
      const guess = nearest(path, routes);
      return {
        ...where,
        message: `link to ${written}: no page is served at ${path}${link.status && link.status !== 404 ? ` (HTTP ${link.status})` : ''}${origin}`,
        fix: guess ? `did you mean ${guess}?` : 'point the link at an existing page, or create the target',
      };
    });
  return { checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length, problems };
}
