// The contract in the browser: the named examples, sent from their widgets on the examples page to the in-page
// sandbox, get the answer each promises, and the widget shows it (the status line, and the Spine code in the
// explanation).
//
// tests/unit/widgets/examples/index.test.ts already sends every named example, built by the same draft and
// prerequisite code the widget runs, to the sandbox and checks its status and code. What the browser adds is the
// widget itself: that it opens on its example, hydrates, runs the prerequisites (a free slot, an appointment, a
// document) in the page, reaches the sandbox in the page and shows the answer. That path differs by interaction and
// by kind of answer, not by the parameters of one query, so the browser sends, for each interaction, the first
// example of each answer it promises (status and Spine code): every interaction, every status, every Spine code and
// every prerequisite an example needs is sent from its widget, and the examples that differ only in their parameters
// (most of them S1 queries answering 200) are left to the unit test.
import { expect, test } from '@playwright/test';
import { interactions, type InteractionKey } from '../../src/spec/interactions.ts';
import type { Example } from '../../src/widgets/examples/types.ts';
import { examples } from '../../src/widgets/examples/index.ts';
import { EXAMPLES_PAGE, openWidget, send } from './tryit-helpers.ts';

interface Send {
  interaction: InteractionKey;
  name: string;
  promised: Example['expect'];
}

const promise = ({ status, code }: Example['expect']) => `${status}${code ? ` ${code}` : ''}`;

/** Per interaction, the first example of each promised answer, in the order the examples are listed. */
const firstOfEachAnswer = (interaction: InteractionKey, named: Record<string, Example>): Send[] => {
  const first = new Map<string, Send>();
  for (const [name, { expect: promised }] of Object.entries(named)) {
    if (!first.has(promise(promised))) first.set(promise(promised), { interaction, name, promised });
  }
  return [...first.values()];
};

const sendsByCapability = new Map<string, Send[]>();
for (const [interaction, named] of Object.entries(examples) as [InteractionKey, Record<string, Example>][]) {
  const { capability } = interactions[interaction];
  sendsByCapability.set(capability, [
    ...(sendsByCapability.get(capability) ?? []),
    ...firstOfEachAnswer(interaction, named),
  ]);
}

const isError = ({ promised }: Send) => promised.status >= 400;

test('every named example has its widget on the examples page', async ({ page }) => {
  await page.goto(EXAMPLES_PAGE);
  const missing: string[] = [];
  for (const [interaction, named] of Object.entries(examples)) {
    for (const name of Object.keys(named)) {
      if ((await page.locator(`#tryit-${interaction}-${name}`).count()) !== 1) missing.push(`${interaction} ${name}`);
    }
  }
  expect(missing, `no widget with id tryit-<interaction>-<example> for: ${missing.join(', ')}`).toEqual([]);
});

for (const [capability, sends] of sendsByCapability) {
  const ordered = [...sends.filter(isError), ...sends.filter((send) => !isError(send))];
  const names = ordered.map(({ interaction, name }) => `${interaction} ${name}`).join(', ');
  test(`the ${capability} examples answer as promised from their widgets (${names})`, async ({ page }) => {
    // A minute per example: S1's whole record takes most of that to render on a loaded machine.
    test.setTimeout(60_000 * ordered.length);
    await page.goto(EXAMPLES_PAGE);
    for (const { interaction, name, promised } of ordered) {
      await test.step(`${interaction} ${name} answers ${promise(promised)}`, async () => {
        const box = await openWidget(page, interaction, name);
        await box.getByRole('button', { name: 'Reset sandbox data' }).click();
        await expect(box.getByRole('status')).toContainText('reset to the seed state');
        expect.soft(await send(box), `${interaction} ${name}`).toMatch(new RegExp(`^${promised.status}\\b`));
        if (promised.code) {
          await expect
            .soft(box.getByTestId('explanation').first(), `${interaction} ${name}`)
            .toContainText(promised.code);
        }
      });
    }
  });
}
