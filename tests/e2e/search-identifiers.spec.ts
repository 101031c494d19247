// Search lands identifiers on the page that defines them: an engineer pastes an interaction ID, a Spine error code,
// a profile or element name or an HTML table id from a log, and the first result must be where it is explained.
import { expect, test, type Page } from '@playwright/test';

const landings: { kind: string; query: string; page: string }[] = [
  {
    kind: 'interaction ID',
    query: 'gpc.migratestructuredrecord',
    page: '/access-record-structured/migrate-structured-record/',
  },
  {
    kind: 'interaction ID',
    query: 'urn:nhs:names:services:gpconnect:documents:fhir:rest:migrate:binary-1',
    page: '/access-document/migrate-a-document/',
  },
  { kind: 'Spine error code', query: 'DUPLICATE_REJECTED', page: '/guidance/error-handling/' },
  { kind: 'Spine error code', query: 'CONFLICTING_VALUES', page: '/guidance/error-handling/' },
  { kind: 'profile', query: 'CareConnect-GPC-DiagnosticReport-1', page: '/access-record-structured/investigations/' },
  { kind: 'profile', query: 'CareConnect-GPC-DocumentReference-1', page: '/access-document/fhir-resources/' },
  { kind: 'profile', query: 'CareConnect-GPC-ProblemHeader-Condition-1', page: '/access-record-structured/problems/' },
  {
    kind: 'profile',
    query: 'GPConnect-StructuredRecord-Bundle-1',
    page: '/access-record-structured/response-bundle-and-lists/',
  },
  { kind: 'element', query: 'numberOfRepeatPrescriptionsAllowed', page: '/access-record-structured/medications/' },
  { kind: 'element', query: 'problemSignificance', page: '/access-record-structured/problems/' },
  { kind: 'element', query: 'accessionIdentifier', page: '/access-record-structured/investigations/' },
  { kind: 'degrade code', query: '196461000000101', page: '/access-record-structured/allergies/' },
  { kind: 'HTML table id', query: 'med-tab-acu-med', page: '/access-record-html/implementation-standards/' },
  { kind: 'HTML view', query: 'Discontinued Repeat Medication', page: '/access-record-html/view-sections/' },
];

/** Types the query into the site search and returns the path of the first result, without following it. */
async function firstResultPath(page: Page, query: string): Promise<string> {
  await page.goto('/');
  // Starlight attaches the search input when the browser is next idle, which can be slow on a loaded machine.
  await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 30_000 });
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  const first = dialog.locator('.pagefind-ui__result-link').first();
  // Pagefind loads its index fragments on the first query; give a loaded machine time to answer.
  await expect(first).toBeVisible({ timeout: 20_000 });
  return new URL((await first.getAttribute('href'))!, page.url()).pathname;
}

for (const { kind, query, page: definingPage } of landings) {
  test(`searching the ${kind} ${query} lists ${definingPage} first`, async ({ page }) => {
    expect(await firstResultPath(page, query)).toBe(definingPage);
  });
}
