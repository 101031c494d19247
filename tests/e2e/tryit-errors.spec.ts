// Error flows as a reader meets them: each answer is explained in words with a link to its row of the error table.
import { expect, test } from '@playwright/test';
import { EXAMPLES_PAGE, openEditor, openWidget, send } from './tryit-helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(EXAMPLES_PAGE);
});

test('explains an NHS number with a wrong check digit as 400 INVALID_NHS_NUMBER', async ({ page }) => {
  const box = await openWidget(page, 'F2', 'find-bad-check-digit');
  expect(await send(box)).toBe('400 Bad Request');
  const explanation = box.getByTestId('explanation');
  await expect(explanation).toContainText('INVALID_NHS_NUMBER');
  await expect(explanation).toContainText('Modulus 11');
  await expect(explanation.getByRole('link')).toHaveAttribute(
    'href',
    '/guidance/error-handling/#error-INVALID_NHS_NUMBER',
  );
  await expect(box.getByRole('status')).toContainText('Response 400');
});

test('answers a read of a sensitive patient with 404 PATIENT_NOT_FOUND and says why', async ({ page }) => {
  const box = await openWidget(page, 'F3', 'read-patient2');
  await openEditor(box);
  await box.getByLabel('Test patient').selectOption('patient9');
  await expect(box.getByTestId('patient-role')).toContainText('sensitive');
  expect(await send(box)).toBe('404 Not Found');
  await expect(box.getByTestId('explanation')).toContainText('PATIENT_NOT_FOUND');
});

test('refuses the structured record of a dissented patient with 403 NO_PATIENT_CONSENT', async ({ page }) => {
  const box = await openWidget(page, 'S1', 'patient15-dissent');
  expect(await send(box)).toBe('403 Forbidden');
  await expect(box.getByTestId('explanation')).toContainText('NO_PATIENT_CONSENT');
  await expect(box.getByTestId('explanation')).toContainText('dissented');
});

test('warns about exp beyond iat + 300 before sending, and the provider rejects the token', async ({ page }) => {
  const box = await openWidget(page, 'F2', 'find-patient2');
  await openEditor(box);
  const claims = box.getByLabel('Claims (decoded)');
  const text = await claims.inputValue();
  const exp = Number(/"exp": (\d+)/.exec(text)?.[1]);
  await claims.fill(text.replace(/"exp": \d+/, `"exp": ${exp + 300}`));
  await expect(box.getByTestId('jwt-warnings')).toContainText('exp must be exactly iat + 300');
  expect(await send(box)).toBe('400 Bad Request');
  await expect(box.getByTestId('explanation')).toContainText('BAD_REQUEST');
  await expect(box.getByTestId('explanation')).toContainText('exp');
});

test('flags a forbidden S1 parameter combination before sending, with a link to the rule', async ({ page }) => {
  const box = await openWidget(page, 'S1', 'forbidden-combination');
  await openEditor(box);
  const rules = box.getByTestId('s1-rules');
  await expect(rules).toContainText('medicationSearchFromDate may not be sent together with includeProblems');
  await expect(rules.getByRole('link').first()).toHaveAttribute(
    'href',
    /\/access-record-structured\/get-structured-record\/#param-/,
  );
});
