// src/checks/links.ts: every internal link and #anchor in the built site must resolve (linkinator over dist/).
import { LinkChecker, LinkState } from 'linkinator';
import type { Problem } from './problem.ts';

/** Crawls the built site from its home page; external addresses are out of scope (no network here). */
export async function checkLinks(distDir: string): Promise<{ checked: number; problems: Problem[] }> {
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
  // linkinator names pages by the folder it serves (`dist/guide/`); readers know them by site path (`/guide/`).
  const folder = distDir.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  const pagePath = (url: string) => {
    const path = url.replace(LOCAL_ORIGIN, '');
    const inside = path.replace(/^\/+/, '').startsWith(`${folder}/`) || path.replace(/^\/+/, '') === folder;
    return (inside ? path.replace(/^\/+/, '').slice(folder.length) : path) || '/';
  };
  const problems = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      file: `page ${pagePath(link.parent ?? '/')}`,
      message: `broken link to ${pagePath(link.url)}${link.status ? ` (HTTP ${link.status})` : ''}${
        link.url.includes('#') && link.status === 200 ? ': no element has that id' : ''
      }`,
      fix: 'point the link at an existing page or heading, or create the target',
    }));
  return { checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length, problems };
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(?=\/|$)/;
