// The contract: every named example of every interaction, sent from its widget to the in-page sandbox, gets the
// status the example promises. A published example can therefore never break without this failing.
// The examples page is the site's largest, so one load serves up to five examples of an interaction; each example
// first resets the page's sandbox to its seed data (the widget's own Reset button), so it meets the sandbox a fresh
// page would, and each is its own step, named in the report.
import { expect, test } from '@playwright/test';
import { examples } from '../../src/widgets/examples/index.ts';
import { EXAMPLES_PAGE, openWidget, send } from './tryit-helpers.ts';

const PER_LOAD = 5;

type Example = { name: string; expect: { status: number; code?: string } };

for (const [interaction, named] of Object.entries(examples)) {
  const all: Example[] = Object.entries(named as Record<string, Omit<Example, 'name'>>).map(([name, example]) => ({
    name,
    ...example,
  }));
  for (let start = 0; start < all.length; start += PER_LOAD) {
    const batch = all.slice(start, start + PER_LOAD);
    const names = batch.map((example) => example.name).join(', ');
    test(`${interaction} ${names}: each answers its promised status from the in-page sandbox`, async ({ page }) => {
      // A minute an example: S1's whole-record answers take tens of seconds to render on a busy machine.
      test.setTimeout(60_000 * (batch.length + 1));
      await page.goto(EXAMPLES_PAGE);
      for (const { name, expect: promised } of batch) {
        const { status, code } = promised;
        await test.step(`${interaction} ${name} answers ${status}${code ? ` ${code}` : ''}`, async () => {
          const box = await openWidget(page, interaction, name);
          await box.getByRole('button', { name: 'Reset sandbox data' }).click();
          await expect(box.getByRole('status')).toContainText('reset to the seed state');
          expect.soft(await send(box)).toMatch(new RegExp(`^${status}\\b`));
          if (code) await expect.soft(box.getByTestId('explanation').first()).toContainText(code);
        });
      }
    });
  }
}
