// The contract: every named example of every interaction, sent from its widget to the in-page sandbox, gets the
// status the example promises. A published example can therefore never break without this failing.
import { expect, test } from '@playwright/test';
import { examples } from '../../src/widgets/examples/index.ts';
import { EXAMPLES_PAGE, openWidget, send } from './tryit-helpers.ts';

for (const [interaction, named] of Object.entries(examples)) {
  for (const [name, example] of Object.entries(
    named as Record<string, { expect: { status: number; code?: string } }>,
  )) {
    const { status, code } = example.expect;
    test(`${interaction} ${name} answers ${status}${code ? ` ${code}` : ''} from the in-page sandbox`, async ({
      page,
    }) => {
      await page.goto(EXAMPLES_PAGE);
      const box = await openWidget(page, interaction, name);
      expect(await send(box)).toMatch(new RegExp(`^${status}\\b`));
      if (code) await expect(box.getByTestId('explanation').first()).toContainText(code);
    });
  }
}
