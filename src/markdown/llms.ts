// src/markdown/llms.ts: /llms.txt (https://llmstxt.org: a title, a summary, then sections of links) pointing at
// every page's Markdown twin, and /llms-full.txt holding the reference tables and every page's Markdown in one file.
import { RELEASE_FEED_PATH } from '../site/config.ts';
import { markdownPathOf, type ContentPage } from './content-pages.ts';
import { interactionsTable, spineErrorsTable, testPatientsTable } from './spec-tables.ts';

export interface SiteSummary {
  title: string;
  description: string;
  /** Absolute URL of the site root, ending in `/`. */
  siteUrl: string;
  /** Sidebar groups in order: each content folder and its label. */
  groups: readonly { directory: string; label: string }[];
}

/** The home page and anything outside the sidebar's folders. */
const START_LABEL = 'Start here';
const OTHER_LABEL = 'Other pages';

const absolute = (path: string, site: SiteSummary) => new URL(path.replace(/^\//, ''), site.siteUrl).href;

const byOrder = (a: ContentPage, b: ContentPage) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title);

/** The pages grouped as the sidebar groups them, in sidebar order. */
export function groupPages(
  pages: readonly ContentPage[],
  site: SiteSummary,
): { label: string; pages: ContentPage[] }[] {
  const known = new Set(site.groups.map((group) => group.directory));
  const sections = [
    { label: START_LABEL, pages: pages.filter((page) => page.directory === '') },
    ...site.groups.map(({ directory, label }) => ({
      label,
      pages: pages.filter((page) => page.directory === directory),
    })),
    { label: OTHER_LABEL, pages: pages.filter((page) => page.directory !== '' && !known.has(page.directory)) },
  ];
  return sections
    .filter((section) => section.pages.length > 0)
    .map((section) => ({ ...section, pages: [...section.pages].sort(byOrder) }));
}

/** /llms.txt: one link a page to its Markdown, grouped like the sidebar. */
export function buildLlmsTxt(pages: readonly ContentPage[], site: SiteSummary): string {
  const sections = groupPages(pages, site).map(({ label, pages: group }) =>
    [
      `## ${label}`,
      '',
      ...group.map(
        (page) =>
          `- [${page.title}](${absolute(markdownPathOf(page.route), site)})${page.description ? `: ${page.description}` : ''}`,
      ),
    ].join('\n'),
  );
  return `${[
    `# ${site.title}`,
    `> ${site.description}`,
    'Each link below is the Markdown version of a page; the HTML page is at the same address without `.md`. ' +
      `Every page, with the interaction, Spine error code and test patient tables, is also in one file: ${absolute('/llms-full.txt', site)}.`,
    ...sections,
    [
      '## Optional',
      '',
      `- [Everything in one file](${absolute('/llms-full.txt', site)}): the reference tables, then every page's Markdown`,
      `- [Release notes feed](${absolute(RELEASE_FEED_PATH, site)}): an Atom feed of the GP Connect releases`,
    ].join('\n'),
  ].join('\n\n')}\n`;
}

/** /llms-full.txt: the reference tables from src/spec, then every page's Markdown in sidebar order. */
export function buildLlmsFullTxt(
  pages: readonly ContentPage[],
  markdownOf: (page: ContentPage) => string,
  site: SiteSummary,
): string {
  const ordered = groupPages(pages, site).flatMap((section) => section.pages);
  const reference = [
    `# ${site.title}: the full text`,
    `> ${site.description}`,
    '## Reference tables',
    '### GP Connect interactions',
    interactionsTable(site.siteUrl),
    '### Spine error codes',
    spineErrorsTable(),
    '### Test patients',
    testPatientsTable(),
  ].join('\n\n');
  return `${[reference, ...ordered.map((page) => markdownOf(page).trim())].join('\n\n---\n\n')}\n`;
}
