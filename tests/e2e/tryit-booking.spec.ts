// The booking lifecycle across widgets: search, book, read, amend, reload, cancel, then reset the sandbox.
import { expect, test } from '@playwright/test';
import { EXAMPLES_PAGE, openEditor, openWidget, readBody, send } from './tryit-helpers.ts';

test('books, reads, amends and cancels across widgets, survives a reload, and reset forgets the booking', async ({
  page,
}) => {
  await page.goto(EXAMPLES_PAGE);
  expect(await send(await openWidget(page, 'A1', 'free-slots-org1'))).toBe('200 OK');

  const book = await openWidget(page, 'A3', 'book-appointment');
  expect(await send(book)).toBe('201 Created');
  const booked = await readBody(book);
  expect(booked.status).toBe('booked');

  const read = await openWidget(page, 'A2', 'read-appointment');
  expect(await send(read)).toBe('200 OK');
  expect((await readBody(read)).id).toBe(booked.id);

  const amend = await openWidget(page, 'A4', 'amend-appointment');
  expect(await send(amend)).toBe('200 OK');
  expect((await readBody(amend)).comment).toBe('Now prefers an afternoon call back');

  await page.reload();
  const cancel = await openWidget(page, 'A5', 'cancel-appointment');
  expect(await send(cancel)).toBe('200 OK');
  const cancelled = await readBody(cancel);
  expect(cancelled.id).toBe(booked.id);
  expect(cancelled.status).toBe('cancelled');

  await cancel.getByRole('button', { name: 'Reset sandbox data' }).click();
  await expect(cancel.getByRole('status')).toContainText('reset');
  const again = await openWidget(page, 'A2', 'read-unknown-appointment');
  await openEditor(again);
  await again.getByLabel('Path (after the service root)').fill(`/Appointment/${booked.id}`);
  expect(await send(again)).toBe('404 Not Found');
});
