// The copied curl command, run against the local sandbox server, gets what the widget got.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { EXAMPLES_PAGE, SANDBOX_URL, openWidget, readBody, send } from './tryit-helpers.ts';

/** Runs a copied curl command in a shell and splits its -i output into status and body. */
function runCurl(command: string): { status: number; body: any } {
  const output = execFileSync('sh', ['-c', command.replace(/^curl /, 'curl -sS ')], { encoding: 'utf8' });
  const [head = '', ...rest] = output.split(/\r?\n\r?\n/);
  return { status: Number(/^HTTP\/[\d.]+ (\d+)/.exec(head)?.[1]), body: JSON.parse(rest.join('\n\n')) };
}

for (const [interaction, example] of [
  ['F2', 'find-patient2'],
  ['F2', 'find-bad-check-digit'],
  ['S1', 'patient2-allergies'],
] as const) {
  test(`the copied curl for ${interaction} ${example} gets the same status and body shape from npm run sandbox`, async ({
    page,
  }) => {
    await page.goto(EXAMPLES_PAGE);
    const box = await openWidget(page, interaction, example);
    const status = Number((await send(box)).split(' ')[0]);
    const inPage = await readBody(box);

    await box.getByRole('button', { name: 'curl', exact: true }).click();
    const command = await box.locator('pre[data-language="curl"]').innerText();
    expect(command).toContain(`${SANDBOX_URL}/`);
    expect(command).toContain('Ssp-TraceID: ');
    const fromServer = runCurl(command);

    expect(fromServer.status).toBe(status);
    expect(fromServer.body.resourceType).toBe(inPage.resourceType);
    expect(fromServer.body.type).toBe(inPage.type);
    expect((fromServer.body.entry ?? []).map((entry: any) => entry.resource.resourceType)).toEqual(
      (inPage.entry ?? []).map((entry: any) => entry.resource.resourceType),
    );
    expect(fromServer.body.issue?.[0]?.details?.coding?.[0]?.code).toBe(inPage.issue?.[0]?.details?.coding?.[0]?.code);
  });
}
