// Shared steps for the <TryIt> journeys: find a widget on the examples page, wait for it to hydrate, send, read.
import { expect, type Locator, type Page } from '@playwright/test';
import { SANDBOX_PORT } from '../../src/site/config.ts';

export const EXAMPLES_PAGE = '/explore/try-it-examples/';
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

/** The widget box for one named example, scrolled into view and hydrated. */
export async function openWidget(page: Page, interaction: string, example: string): Promise<Locator> {
  const box = page.locator(`#tryit-${interaction}-${example}`);
  await box.scrollIntoViewIfNeeded();
  await expect(box.getByRole('button', { name: 'Send', exact: true })).toBeEnabled({ timeout: 15_000 });
  return box;
}

/** Presses Send and waits for the status line; returns its text ("200 OK"). */
export async function send(box: Locator): Promise<string> {
  await box.getByRole('button', { name: 'Send', exact: true }).click();
  const status = box.getByTestId('status');
  await expect(status).toBeVisible({ timeout: 20_000 });
  await expect(box.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  return (await status.textContent()) ?? '';
}

/** The response body as the widget shows it, parsed. */
export async function readBody(box: Locator): Promise<any> {
  const text = await box.getByRole('region', { name: 'Response body' }).innerText();
  return JSON.parse(text.replace(/^[▾▸]\s?/gm, ''));
}

/** Opens the request editor of a widget. */
export async function openEditor(box: Locator): Promise<void> {
  await box.getByRole('button', { name: 'Edit request' }).click();
  await expect(box.getByRole('group', { name: 'Headers' })).toBeVisible();
}
