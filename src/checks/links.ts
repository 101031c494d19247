// src/checks/links.ts: every internal link and #anchor in the built site must resolve (linkinator over dist/).
import { LinkChecker, LinkState } from 'linkinator';
import type { Problem } from './problem.ts';

/** Crawls the built site from its home page; external addresses are out of scope (no network here). */
export async function checkLinks(distDir: string): Promise<Problem[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    concurrency: 50,
    // Only this site's pages: every other host is someone else's (and unreachable from CI).
    linksToSkip: async (link) => /^(https?:)?\/\//.test(link) && !/^https?:\/\/localhost[:/]/.test(link),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({
      file: pagePath(link.parent ?? '(start)'),
      message: `broken link to ${pagePath(link.url)}${link.status ? ` (HTTP ${link.status})` : ''}${
        link.url.includes('#') && link.status === 200 ? ': no element has that id' : ''
      }`,
      fix: 'point the link at an existing page or heading, or create the target',
    }));
}

/** Shows a crawled URL as the site path a reader would recognise. */
const pagePath = (url: string) => url.replace(/^https?:\/\/localhost:\d+/, '');
