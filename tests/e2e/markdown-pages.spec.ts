// The Markdown twins of the pages, "Copy page as Markdown", page feedback and the release feed, as a reader meets
// them: nothing of a page's headings or tables is lost in its Markdown, the copy lands on the clipboard, the
// feedback opens a prefilled issue, and the page tools pass axe in both themes.
import { expect, test, type Page } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { REPOSITORY_URL } from '../../src/site/config.ts';
import { describeViolations, findViolations, seriousOnly, WCAG_TAGS } from './axe.ts';

/** Pages of every kind: a reference page with widgets, the full error table, JavaScript-computed params, the home page. */
const SAMPLE = [
  '/',
  '/foundations/read-a-patient/',
  '/guidance/error-handling/',
  '/access-record-structured/request-parameters/',
  '/integration/interaction-ids/',
  '/explore/test-data/',
  '/reference/release-history/',
  '/access-record-structured/response-bundle-and-lists/',
];
const markdownPath = (path: string) => (path === '/' ? '/index.md' : `${path.replace(/\/$/, '')}.md`);

/** Text as the Markdown writes it: no link targets, code ticks, emphasis marks or escapes; spaces collapsed. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
const textOf = (element: HTMLElement) => plain(element.textContent);

/** The article of a built page, without the parts the Markdown leaves out (tooltips, screen-reader-only text). */
function article(html: string): HTMLElement {
  const content = parse(html).querySelector('.sl-markdown-content')!;
  for (const hidden of content.querySelectorAll('.term__tip, .sr-only, script, style, .tryit')) hidden.remove();
  return content;
}

/** The Markdown's tables as header cells and body rows. */
function markdownTables(markdown: string): { header: string[]; rows: number }[] {
  const tables: { header: string[]; rows: number }[] = [];
  let block: string[] = [];
  const cells = (line: string) =>
    line
      .replace(/^\|\s?|\s?\|$/g, '')
      .split(/(?<!\\)\|/)
      .map(plain);
  for (const line of [...markdown.split('\n'), '']) {
    if (line.startsWith('|')) block.push(line);
    else if (block.length) {
      tables.push({ header: cells(block[0]!), rows: block.length - 2 });
      block = [];
    }
  }
  return tables;
}

test.describe('every page as Markdown', () => {
  for (const path of SAMPLE) {
    test(`${markdownPath(path)} keeps every heading and table of ${path}`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const response = await request.get(markdownPath(path));
      expect(response.status()).toBe(200);
      const markdown = await response.text();
      const lines = new Set(markdown.split('\n').map(plain));
      const content = article(html);
      const headings = content.querySelectorAll('h2, h3, h4, h5, h6');
      for (const heading of headings) {
        const line = `${'#'.repeat(Number(heading.tagName[1]))} ${textOf(heading)}`;
        expect(lines.has(line), `heading "${line}"`).toBe(true);
      }
      const tables = markdownTables(markdown);
      for (const table of content.querySelectorAll('table')) {
        const header = table.querySelectorAll('thead th').map(textOf);
        const rows = table.querySelectorAll('tbody tr').length;
        const match = tables.find((candidate) => candidate.header.join(' | ') === header.join(' | '));
        expect(match, `table with columns ${header.join(', ')}`).toBeDefined();
        expect(
          tables.some((candidate) => candidate.header.join(' | ') === header.join(' | ') && candidate.rows === rows),
        ).toBe(true);
      }
      expect(headings.length + content.querySelectorAll('table').length).toBeGreaterThan(0);
    });
  }

  test('/llms.txt links the Markdown of every sample page, and /llms-full.txt holds it', async ({ request }) => {
    const llms = await (await request.get('/llms.txt')).text();
    const full = await (await request.get('/llms-full.txt')).text();
    for (const path of SAMPLE) {
      expect(llms).toContain(`${markdownPath(path)})`);
      const markdown = await (await request.get(markdownPath(path))).text();
      expect(full).toContain(markdown.trim());
    }
  });
});

/** A page at a width, with its feedback row in view. */
async function openPage(page: Page, path: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(path);
  await page.getByRole('group', { name: 'Is this page useful?' }).scrollIntoViewIfNeeded();
}
const yes = (page: Page) => page.getByRole('group', { name: 'Is this page useful?' }).getByText('Yes', { exact: true });

for (const { name, width } of [
  { name: 'beside the table of contents', width: 1280 },
  { name: 'in the footer on a phone', width: 375 },
]) {
  test(`copies the page as Markdown ${name}`, async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPage(page, '/foundations/read-a-patient/', width);
    const expected = await (await request.get('/foundations/read-a-patient.md')).text();
    // One copy button is visible at any width: under the table of contents on wide screens, in the footer otherwise.
    const button = page.getByRole('button', { name: 'Copy page as Markdown' });
    await expect(button).toHaveCount(1);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied the page as Markdown.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute(
      'href',
      '/foundations/read-a-patient.md',
    );
  });
}

test('"No" and "Report a problem" open a prefilled issue naming the page and the section followed', async ({
  page,
  context,
}) => {
  // The issue form is another site: answer for it, so the test sees the address without leaving the machine.
  await context.route(`${REPOSITORY_URL}/**`, (route) => route.fulfill({ status: 200, body: 'issue form' }));
  await openPage(page, '/foundations/read-a-patient/', 1280);
  const no = page.getByRole('group', { name: 'Is this page useful?' }).getByRole('link', { name: 'No' });
  const href = new URL((await no.getAttribute('href'))!);
  expect(`${href.origin}${href.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
  expect(href.searchParams.get('title')).toBe('Docs feedback: Read a patient');
  expect(href.searchParams.get('body')).toMatch(
    /^Page: https?:\/\/[^\n]+\/foundations\/read-a-patient\/\nSection: the whole page\n/,
  );
  await expect(page.getByRole('link', { name: 'Report a problem' })).toHaveAttribute('href', href.href);

  await page.goto('/foundations/read-a-patient/#errors');
  const [issue] = await Promise.all([context.waitForEvent('page'), no.click()]);
  const opened = new URL(issue.url());
  expect(opened.searchParams.get('body')).toContain('\nSection: Errors (#errors)\n');
});

test('"Yes", from the keyboard, thanks the reader and sends nothing anywhere', async ({ page, baseURL }) => {
  const sent: string[] = [];
  await openPage(page, '/foundations/read-a-patient/', 1280);
  // Scrolling to the footer may load the page's own widgets (GETs from the site); anything else would be a report.
  page.on('request', (request) => {
    if (request.method() !== 'GET' || !request.url().startsWith(baseURL!))
      sent.push(`${request.method()} ${request.url()}`);
  });
  await yes(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Thank you. Nothing was sent')).toBeVisible();
  expect(sent).toEqual([]);
});

test('the release history links the Atom feed, in its text and in its head', async ({ page, request }) => {
  await page.goto('/reference/release-history/');
  await expect(page.getByRole('link', { name: 'release notes feed' })).toHaveAttribute('href', '/releases.xml');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/releases.xml',
  );
  const feed = await request.get('/releases.xml');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the page tools have no serious or critical accessibility violation (${theme})`, async ({ page }) => {
    await openPage(page, '/foundations/read-a-patient/', 1280);
    await page.emulateMedia({ colorScheme: theme });
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
    await yes(page).click();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await findViolations(page, {
        include: ['.page-tools', '.sidebar-markdown-tools'],
        tags: WCAG_TAGS,
      });
      const serious = describeViolations(seriousOnly(violations), `${theme} ${width} px`);
      expect(serious, serious.join('\n')).toEqual([]);
    }
  });
}
