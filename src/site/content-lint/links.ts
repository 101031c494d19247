// src/site/content-lint/links.ts: internal links and #anchors resolved from the sources, without a build, each
// broken one named by the file and line that holds it. The built-site crawl (src/checks/links.ts) also sees the
// links components write, and finds its problems' source lines with collectLinks and resolveLink from here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Problem } from '../../checks/problem.ts';
import { RELEASE_FEED_PATH, SANDBOX_DOWNLOAD_PATH } from '../config.ts';
import { nearest } from '../did-you-mean.ts';
import { glossaryAnchor } from '../glossary.ts';
import type { ParsedPage } from './parse-page.ts';

/** Files the build writes beside public/'s. */
const GENERATED_FILES = new Set([SANDBOX_DOWNLOAD_PATH, RELEASE_FEED_PATH]);

/**
 * Row ids that the data-table components derive from src/spec (`#error-BAD_REQUEST`, `#param-…`). Repeating each
 * component's rule here would be a second copy of it, so these anchors are left to the built-site crawl
 * (`npm run check:site`); every other anchor is checked here.
 */
const COMPONENT_ANCHOR = /^(error|param|system|legacy-system|interaction|list|warning|profile|letter|tryit)-/;

/** The ids a page's HTML will carry: heading slugs (as Starlight makes them), literal id="…", glossary rows. */
export function collectAnchors(page: ParsedPage, glossaryIds: Iterable<string>): Set<string> {
  const anchors = new Set(['_top']);
  if (!page.tree) return anchors;
  const slugger = new GithubSlugger();
  visit(page.tree, 'heading', (node) => void anchors.add(slugger.slug(toString(node))));
  visit(page.tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as { name: string | null; attributes: { name?: string; value?: unknown }[] };
    const id = element.attributes.find((attribute) => attribute.name === 'id')?.value;
    if (typeof id === 'string' && element.name !== 'Term' && element.name !== 'TryIt') anchors.add(id);
    if (element.name === 'Glossary') for (const term of glossaryIds) anchors.add(glossaryAnchor(term));
  });
  return anchors;
}

export interface LinkTargets {
  pages: Map<string, ParsedPage>;
  anchors: Map<string, Set<string>>;
  /** Old `*.html` addresses that the site serves as redirects. */
  permalinks: Set<string>;
  publicDir: string;
}

/** A link as the source writes it, with where it is. */
export interface SourceLink {
  url: string;
  line?: number;
  column?: number;
}

/** Links written as Markdown `[text](url)` or as an `href` prop, with where they are. */
export function collectLinks(page: ParsedPage): SourceLink[] {
  const links: SourceLink[] = [];
  if (!page.tree) return links;
  visit(page.tree, (node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    if (node.type === 'link' || node.type === 'definition') links.push({ url: (node as { url: string }).url, ...at });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = (node as { attributes: { name?: string; value?: unknown }[] }).attributes.find(
        (attribute) => attribute.name === 'href',
      )?.value;
      if (typeof href === 'string') links.push({ url: href, ...at });
    }
  });
  return links;
}

/**
 * Where a link written on the page at `pageRoute` points on this site: the site path as written (`path`), with its
 * `#fragment`; undefined for another site, mailto: or tel:.
 */
export function resolveLink(url: string, pageRoute: string): { path: string; hash?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [rawPath = '', hash] = url.split('#', 2);
  const path = rawPath.split('?')[0]!;
  return {
    path: path === '' ? pageRoute : new URL(path, `https://site${pageRoute}`).pathname,
    ...(hash !== undefined ? { hash } : {}),
  };
}

/** The page route a site path names: lower case with a trailing slash, as Starlight serves pages. */
export const toRoute = (path: string) => (path.endsWith('/') ? path.toLowerCase() : `${path.toLowerCase()}/`);

export function checkLinks(page: ParsedPage, targets: LinkTargets): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line, column } of collectLinks(page)) {
    const link = resolveLink(url, page.route);
    if (!link) continue;
    const { path: resolved, hash } = link;
    const at = { file: page.file, line, column };
    if (/\.[a-z0-9]+$/i.test(resolved)) {
      const name = resolved.slice(1);
      if (GENERATED_FILES.has(resolved)) continue;
      if (!targets.permalinks.has(name) && !existsSync(join(targets.publicDir, decodeURIComponent(name))))
        problems.push({
          ...at,
          message: `link to ${url}: no file public${resolved} and no page claims the permalink ${name}`,
          fix: 'put the file in public/, or point the link at the page that now holds it',
        });
      continue;
    }
    const route = toRoute(resolved);
    const target = targets.pages.get(route);
    if (!target) {
      const guess = nearest(route, targets.pages.keys());
      problems.push({
        ...at,
        message: `link to ${url}: no page is served at ${route}`,
        fix: guess ? `did you mean ${guess}?` : 'point the link at an existing page, or create it',
      });
      continue;
    }
    const anchors = targets.anchors.get(route)!;
    if (hash && !COMPONENT_ANCHOR.test(hash) && !anchors.has(decodeURIComponent(hash))) {
      const guess = nearest(hash, anchors);
      problems.push({
        ...at,
        message: `link to ${url}: ${target.file} has no heading or element with the id "${hash}"`,
        fix: guess ? `did you mean #${guess}?` : `use one of its headings: ${[...anchors].slice(1, 8).join(', ')}`,
      });
    }
  }
  return problems;
}
