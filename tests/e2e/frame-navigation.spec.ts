// The frame as a reader uses it: the sidebar, the mobile menu, the theme, glossary tooltips, old addresses, 404.
import { expect, test } from '@playwright/test';

test('the sidebar groups lead to their pages and show the specification versions', async ({ page }) => {
  await page.goto('/reference/writing-pages/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  for (const group of [
    'Overview',
    'Integration with Spine',
    'FHIR API guidance',
    'Foundations',
    'Appointment Management',
    'Access Record Structured',
    'Access Document',
    'Reference',
  ]) {
    await expect(sidebar.getByText(group, { exact: true }).first()).toBeVisible();
  }
  await expect(sidebar.getByText('1.2.9').first()).toBeVisible();
  await expect(sidebar.getByText('1.6.2 beta').first()).toBeVisible();
  await sidebar.getByRole('link', { name: 'Getting started', exact: true }).click();
  await expect(page).toHaveURL(/\/overview\/getting-started\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting started');
});

test('the previous and next links and the edit link are on a content page', async ({ page }) => {
  await page.goto('/overview/getting-started/');
  await expect(page.locator('a[rel="next"]')).toContainText('Next');
  await expect(page.locator('a[rel="prev"]')).toContainText('Previous');
  await expect(page.getByRole('link', { name: /Edit page/ })).toHaveAttribute(
    'href',
    /\/edit\/main\/content\/overview\/getting-started\.mdx$/,
  );
  await expect(page.getByText(/Last updated/)).toBeVisible();
});

test('the skip link moves keyboard focus past the navigation', async ({ page }) => {
  await page.goto('/overview/getting-started/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#_top$/);
});

test('the mobile menu opens and navigates on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/overview/getting-started/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByText('Reference', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await sidebar.getByText('Reference', { exact: true }).click();
  await sidebar.getByRole('link', { name: 'Glossary', exact: true }).click();
  await expect(page).toHaveURL(/\/reference\/glossary\/$/);
});

test('the theme select switches between dark and light', async ({ page }) => {
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a glossary term opens its definition on keyboard focus and closes on Escape', async ({ page }) => {
  await page.goto('/reference/writing-pages/');
  const term = page.getByRole('button', { name: 'ASID' }).first();
  const tip = page.locator('.term', { has: term }).locator('.term__tip');
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Accredited System ID');
  await expect(term).toHaveAccessibleDescription(/Accredited System ID/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(tip.getByRole('link')).toBeHidden();
});

test('a glossary term links to its entry on the glossary page', async ({ page }) => {
  await page.goto('/reference/writing-pages/');
  const term = page.getByRole('button', { name: 'SDS' }).first();
  // Opened by focus as a tap opens it (focus-within keeps it open): a tip opened by hover closed whenever the page
  // moved under the pointer before the click, as off-screen widgets took their real height.
  await term.focus();
  const entry = page.locator('.term', { has: term }).getByRole('link', { name: /Glossary entry for SDS/ });
  await expect(entry).toBeInViewport();
  await entry.click();
  await expect(page).toHaveURL(/\/reference\/glossary\/#term-sds$/);
  await expect(page.locator('#term-sds')).toContainText('Spine Directory Service');
});

const movedPages: [oldAddress: string, heading: string][] = [
  ['/index2.html', 'Introduction'],
  ['/overview_engage.html', 'Getting started'],
];
for (const [oldAddress, heading] of movedPages) {
  test(`the old address ${oldAddress} arrives at the page that replaced it`, async ({ page }) => {
    await page.goto(oldAddress);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(new URL(page.url()).pathname).toMatch(/^\/overview\//);
  });
}

test('an unknown address shows the 404 page with search', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
});

test('breadcrumbs show where a page sits and lead back up', async ({ page }) => {
  await page.goto('/foundations/find-a-patient/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'Foundations']);
  await crumbs.getByRole('link', { name: 'Foundations' }).click();
  await expect(page).toHaveURL(/\/foundations\/$/);
});

test('the table of contents marks the section being read, in the sidebar and in the mobile drop-down', async ({
  page,
}) => {
  // Ours extend Starlight's elements (src/components/internal/headings-toc.ts); under Starlight's own names this
  // test would pass without them.
  const current = (toc: string) => page.locator(`${toc} a[aria-current="true"]`);
  const scrollToHeading = (id: string) => page.locator(`#${id}`).evaluate((heading) => heading.scrollIntoView());
  await page.goto('/guidance/jwt/');
  // They are defined once the page is idle.
  await page.waitForFunction(() => ['page-toc', 'mobile-page-toc'].every((name) => customElements.get(name)));
  await expect(current('page-toc')).toHaveText('Overview');
  await scrollToHeading('the-claims');
  await expect(current('page-toc')).toHaveText('The claims');
  await page.mouse.wheel(0, -200);
  await expect(current('page-toc')).toHaveText('Shape of the token');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(current('page-toc')).toHaveText('Overview');

  await page.setViewportSize({ width: 375, height: 740 });
  await scrollToHeading('iat-and-exp');
  const dropDown = page.locator('mobile-page-toc summary');
  await expect(dropDown).toContainText('iat and exp');
  await dropDown.click();
  await page.locator('mobile-page-toc').getByRole('link', { name: 'The claims' }).click();
  await expect(page).toHaveURL(/#the-claims$/);
  await expect(dropDown).toContainText('The claims');
  await expect(page.locator('mobile-page-toc details')).not.toHaveAttribute('open');
});
