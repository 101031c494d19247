// Every interactive state tested like a page: axe, and a screenshot compared with the committed baseline, in both
// themes at desktop and phone width. Text that changes from run to run (timings, trace ids, tokens, slot dates,
// "last updated") is masked; the rest must match within a small tolerance. A state is reached once per width and
// checked in light, then dark: the theme is a data attribute Starlight's select sets without a reload, so the
// dark check sees what a reader who switches sees, and the state need not be rebuilt.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { describeViolations, findViolations, seriousOnly, WCAG_TAGS } from './axe.ts';
import { openWidget, send } from './tryit-helpers.ts';

const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;
const themes = ['light', 'dark'] as const;

interface State {
  name: string;
  /** Brings the page into the state; returns what to photograph and what to mask. */
  reach(page: Page): Promise<{ shot: Locator | Page; mask: Locator[]; axeScope?: string }>;
  /** Some states exist at one width only (the menu button is a phone's). */
  widths?: number[];
}

const states: State[] = [
  {
    name: 'search-results',
    async reach(page) {
      await page.goto('/overview/getting-started/');
      await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 30_000 });
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.getByRole('textbox', { name: 'Search' }).fill('Ssp-TraceID');
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
      await expect(dialog.locator('.pagefind-ui__message')).toContainText(/result/);
      return { shot: page, mask: [] };
    },
  },
  {
    name: 'mobile-menu',
    widths: [390],
    async reach(page) {
      await page.goto('/appointments/book-an-appointment/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(
        page.getByRole('navigation', { name: 'Main' }).getByText('Reference', { exact: true }),
      ).toBeVisible();
      return { shot: page, mask: [] };
    },
  },
  {
    name: 'glossary-tooltip',
    async reach(page) {
      await page.goto('/integration/spine-directory-service/');
      const term = page.getByRole('button', { name: 'ASID' }).first();
      await term.scrollIntoViewIfNeeded();
      await term.focus();
      await expect(page.locator('.term', { has: term }).locator('.term__tip')).toBeVisible();
      return { shot: page, mask: [page.locator('time')] };
    },
  },
  {
    name: 'tryit-after-send',
    async reach(page) {
      // The reference page rather than the examples page: the same widget, in a page a quarter of the size.
      await page.goto('/foundations/find-a-patient/');
      const box = await openWidget(page, 'F2', 'find-bad-check-digit');
      expect(await send(box)).toBe('400 Bad Request');
      await expect(box.getByTestId('explanation')).toContainText('INVALID_NHS_NUMBER');
      await box.getByTestId('explanation').scrollIntoViewIfNeeded();
      // The request text carries a fresh trace id and token, the status line the time taken.
      // The explanation and the status line above it: the request text (fresh trace id and token) and the body
      // viewer keep reflowing, so they are not part of the picture.
      return {
        shot: box.locator('.tryit-explain').first(),
        mask: [],
        // The widget's state is what changed; the page around it is the sweep's (frame-accessibility.spec.ts).
        axeScope: '#tryit-F2-find-bad-check-digit',
      };
    },
  },
  {
    name: 'spineflow-after-run',
    async reach(page) {
      await page.goto('/integration/spine-flow-live/');
      const runAll = page.getByRole('button', { name: 'Run all steps' });
      await runAll.scrollIntoViewIfNeeded();
      await expect(runAll).toBeEnabled();
      await runAll.click();
      await expect(page.getByRole('status')).toContainText('Step 8, Book the appointment: done, 201.', {
        timeout: 30_000,
      });
      const flow = page.locator('.spine-flow');
      // Slot dates, trace ids, tokens and timings change on every run.
      return {
        shot: flow,
        mask: [flow.locator('textarea, pre, .sf-summary, .sf-details, .sf-status span, time')],
      };
    },
  },
];

test.describe.configure({ mode: 'parallel' });

for (const state of states) {
  for (const { name, width, height } of widths) {
    if (state.widths && !state.widths.includes(width)) continue;
    test(`${state.name} reads well and passes axe (${name}, light and dark)`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      // Starlight reads the reader's choice from localStorage before it paints.
      await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
      test.setTimeout(120_000);
      const { shot, mask, axeScope } = await state.reach(page);
      for (const theme of themes) {
        if (theme !== 'light') {
          // As the theme select does it: the attribute, and the choice kept for the next page.
          await page.emulateMedia({ colorScheme: theme });
          await page.evaluate((value) => {
            document.documentElement.dataset.theme = value;
            localStorage.setItem('starlight-theme', value);
          }, theme);
        }
        const serious = describeViolations(
          seriousOnly(await findViolations(page, { tags: WCAG_TAGS, ...(axeScope ? { include: [axeScope] } : {}) })),
          `${state.name} ${name} ${theme}`,
        );
        expect.soft(serious, serious.join('\n')).toEqual([]);
        await expect.soft(shot).toHaveScreenshot(`${state.name}-${name}-${theme}.png`, {
          mask,
          animations: 'disabled',
          caret: 'hide',
          // Font hinting differs slightly between runs on a loaded machine; a layout or colour change is far larger.
          maxDiffPixelRatio: 0.01,
          // Restyling a long page for the other theme can keep the element settling past the 5 s default at load 25.
          timeout: 30_000,
        });
      }
    });
  }
}
