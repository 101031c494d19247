// Search as a reader uses it: "/" opens it, and an identifier lands on the page that defines it, first.
import { expect, test, type Page } from '@playwright/test';

/** Starlight builds the search box when the browser is next idle; on a busy machine that can take a while. */
async function openSearch(page: Page) {
  await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 30_000 });
  await page.keyboard.press('/');
}

const definitions: [query: string, definingPage: RegExp][] = [
  ['Ssp-TraceID', /\/guidance\/request-headers\/$/],
  ['gpc.getstructuredrecord', /\/access-record-structured\/get-structured-record\/$/],
  ['INVALID_NHS_NUMBER', /\/guidance\/error-handling\/$/],
  ['9690937278', /\/explore\/test-data\/$/],
];

for (const [query, definingPage] of definitions) {
  test(`searching ${query} lists the page that defines it first`, async ({ page }) => {
    await page.goto('/overview/getting-started/');
    await openSearch(page);
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
    const first = dialog.locator('.pagefind-ui__result-link').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${definingPage.source.replace(/\$$/, '')}(#.*)?$`));
  });
}

test('search results can be filtered by capability', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('patient');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await dialog.getByRole('checkbox', { name: /Appointment Management/ }).check();
  const resultUrls = () =>
    dialog.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await expect.poll(async () => (await resultUrls()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await resultUrls()).filter((url) => !url?.startsWith('/appointments/'))).toEqual([]);
});
