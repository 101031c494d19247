// src/site/integrations/markdown-pages.ts: after the build, every page also as Markdown (`/a/b/` → `/a/b.md`),
// plus /llms.txt and /llms-full.txt. It reads the built HTML of each page because that is where every component,
// including the spec-driven tables and props computed in JavaScript, has already become elements with its real data.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { listContentPages, markdownPathOf, type ContentPage } from '../../markdown/content-pages.ts';
import { pageToMarkdown } from '../../markdown/html-to-markdown.ts';
import { buildLlmsFullTxt, buildLlmsTxt, type SiteSummary } from '../../markdown/llms.ts';
import { CONTENT_DIR, SITE_URL } from '../config.ts';
import { sidebar } from '../sidebar.ts';

export interface MarkdownPagesOptions {
  /** The site's title and one-line description, as Starlight shows them. */
  title: string;
  description: string;
}

/** The sidebar's groups as folder names below the content folder. */
const sidebarGroups = () =>
  sidebar.map((group) => ({ label: group.label, directory: group.items[0]!.autogenerate.directory.split('/').pop()! }));

function writeFile(dist: URL, sitePath: string, text: string): void {
  const file = fileURLToPath(new URL(`.${sitePath}`, dist));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes every content page's twin, yielding between pages so that other work (Pagefind's indexing) goes on. */
async function writeTwins(dir: URL, site: SiteSummary): Promise<Map<ContentPage, string>> {
  const markdown = new Map<ContentPage, string>();
  for (const page of listContentPages(CONTENT_DIR)) {
    const htmlFile = fileURLToPath(new URL(`.${page.route}index.html`, dir));
    if (!existsSync(htmlFile)) {
      if (page.draft) continue; // drafts are left out of production builds
      throw new Error(`${page.file}: no built page at ${page.route}index.html to make its Markdown from`);
    }
    const url = new URL(page.route.slice(1), site.siteUrl).href;
    const text = pageToMarkdown(readFileSync(htmlFile, 'utf8'), {
      title: page.title,
      description: page.description,
      url,
    });
    writeFile(dir, markdownPathOf(page.route), text);
    markdown.set(page, text);
    await setImmediate();
  }
  return markdown;
}

export function markdownPages(options: MarkdownPagesOptions): AstroIntegration {
  const site: SiteSummary = { ...options, siteUrl: new URL('/', SITE_URL).href, groups: sidebarGroups() };
  let twins: Promise<Map<ContentPage, string>> | undefined;
  return {
    name: 'gpconnect:markdown-pages',
    hooks: {
      // Started as soon as the pages exist, so the twins are made while Starlight's build:done hook waits on
      // Pagefind (a separate process) instead of after it. The outcome, error included, is taken in build:done.
      'astro:build:generated': ({ dir }) => {
        twins = writeTwins(dir, site);
        twins.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const markdown = await (twins ?? writeTwins(dir, site));
        const pages = [...markdown.keys()];
        writeFile(dir, '/llms.txt', buildLlmsTxt(pages, site));
        writeFile(
          dir,
          '/llms-full.txt',
          buildLlmsFullTxt(pages, (page) => markdown.get(page)!, site),
        );
        logger.info(`${pages.length} pages as Markdown (/a/b/ → /a/b.md), /llms.txt and /llms-full.txt`);
      },
    },
  };
}
