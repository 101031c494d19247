import { describe, expect, test } from 'vitest';
import type { Appointment, Slot } from 'fhir/r3';
import { createSandbox, type Sandbox } from '../../../../../src/sandbox/index.ts';
import { gpcRequest, readOutcome, validClaims } from '../../gpc-request.ts';
import { CANCELLATION_REASON, book, booking, freeSlots, put } from './appointment-fixtures.ts';

async function booked(sandbox: Sandbox): Promise<{ appointment: Appointment; etag: string; slot: Slot }> {
  const [slot] = await freeSlots(sandbox);
  const response = await book(sandbox, booking([slot as Slot]));
  return {
    appointment: (await response.json()) as Appointment,
    etag: response.headers.get('ETag') as string,
    slot: slot as Slot,
  };
}
const cancelled = (appointment: Appointment): Appointment => ({
  ...appointment,
  status: 'cancelled',
  extension: [
    ...(appointment.extension ?? []),
    { url: CANCELLATION_REASON, valueString: 'Patient no longer needs appointment' },
  ],
});

describe('the booking lifecycle', () => {
  test('reads back a booking with its ETag', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    const response = await sandbox.handle(gpcRequest('A2', { id: appointment.id }));
    expect(response.headers.get('ETag')).toBe(etag);
    expect(await response.json()).toEqual(appointment);
  });
  test('amends the description and comment, bumping the version', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    const response = await put(
      sandbox,
      'A4',
      { ...appointment, description: 'Changed', comment: 'Now with a comment' },
      etag,
    );
    expect(response.status).toBe(200);
    const amended = (await response.json()) as Appointment;
    expect(amended).toMatchObject({ description: 'Changed', comment: 'Now with a comment' });
    expect(response.headers.get('ETag')).not.toBe(etag);
  });
  test('answers an amendment with a stale If-Match with 409', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    await put(sandbox, 'A4', { ...appointment, description: 'First' }, etag);
    const outcome = await readOutcome(await put(sandbox, 'A4', { ...appointment, description: 'Second' }, etag));
    expect(outcome).toMatchObject({ status: 409, code: 'FHIR_CONSTRAINT_VIOLATION' });
  });
  test('accepts an amendment without If-Match, as the provider test pack sends it', async () => {
    const sandbox = createSandbox();
    const { appointment } = await booked(sandbox);
    expect((await put(sandbox, 'A4', { ...appointment, comment: 'No If-Match' }, null)).status).toBe(200);
  });
  test('answers a change to anything but description and comment with 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    const outcome = await readOutcome(await put(sandbox, 'A4', { ...appointment, priority: 1 }, etag));
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"Only description and comment may be amended, but priority differs from the stored appointment."`,
    );
  });
  test('answers an over-long description or a cancellation reason on amend with 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    expect((await put(sandbox, 'A4', { ...appointment, description: 'x'.repeat(101) }, etag)).status).toBe(422);
    expect((await put(sandbox, 'A4', { ...cancelled(appointment), status: 'booked' }, etag)).status).toBe(422);
  });
  test('cancels, frees the slot, and lists the cancelled appointment for the patient', async () => {
    const sandbox = createSandbox();
    const { appointment, etag, slot } = await booked(sandbox);
    const response = await put(sandbox, 'A5', cancelled(appointment), etag);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Appointment).status).toBe('cancelled');
    expect((await freeSlots(sandbox)).map((s) => s.id)).toContain(slot.id);
    expect((await book(sandbox, booking([slot]))).status).toBe(201);
  });
  test('answers a change to a cancelled appointment with 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    const after = await put(sandbox, 'A5', cancelled(appointment), etag);
    const cancelledAppointment = (await after.json()) as Appointment;
    const outcome = await readOutcome(
      await put(sandbox, 'A4', { ...cancelledAppointment, description: 'Again' }, after.headers.get('ETag')),
    );
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
  test('answers a cancellation without a reason with 422 INVALID_PARAMETER', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    expect(await readOutcome(await put(sandbox, 'A5', { ...appointment, status: 'cancelled' }, etag))).toMatchObject({
      status: 422,
      code: 'INVALID_PARAMETER',
    });
  });
  test('answers a cancellation that changes other fields with 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    expect(
      await readOutcome(await put(sandbox, 'A5', { ...cancelled(appointment), description: 'Changed' }, etag)),
    ).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
  test('answers a stale If-Match on cancel with 409 FHIR_CONSTRAINT_VIOLATION', async () => {
    const sandbox = createSandbox();
    const { appointment } = await booked(sandbox);
    expect(await readOutcome(await put(sandbox, 'A5', cancelled(appointment), 'W/"1"'))).toMatchObject({
      status: 409,
      code: 'FHIR_CONSTRAINT_VIOLATION',
    });
  });
  test('tells amend from cancel by the interaction ID alone', async () => {
    const sandbox = createSandbox();
    const { appointment, etag } = await booked(sandbox);
    expect((await put(sandbox, 'A4', cancelled(appointment), etag)).status).toBe(422);
  });
  test('answers an unknown appointment with 404 NO_RECORD_FOUND', async () => {
    expect(await readOutcome(await createSandbox().handle(gpcRequest('A2', { id: '999999' })))).toMatchObject({
      status: 404,
      code: 'NO_RECORD_FOUND',
    });
  });
  test('answers an appointment in the past with 422 INVALID_RESOURCE', async () => {
    let clock = Date.now();
    const sandbox = createSandbox({ now: () => new Date(clock) });
    expect((await sandbox.handle(gpcRequest('A2', { id: '1' }))).status).toBe(200);
    clock += 10 * 86_400_000;
    const claims = validClaims('A2', Math.floor(clock / 1000));
    expect(await readOutcome(await sandbox.handle(gpcRequest('A2', { id: '1', claims })))).toMatchObject({
      status: 422,
      code: 'INVALID_RESOURCE',
    });
  });
  test('reads the visit appointment but refuses to change it', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.handle(gpcRequest('A2', { id: '4' }));
    const visit = (await response.json()) as Appointment;
    expect(visit.participant?.map((p) => p.actor?.reference)).toContain('Location/visit');
    const location = await (await sandbox.handle(gpcRequest('F8', { id: 'visit' }))).json();
    expect(location.name).toBe('Contact practice for location of the visit');
    expect(
      await readOutcome(await put(sandbox, 'A4', { ...visit, description: 'x' }, response.headers.get('ETag'))),
    ).toMatchObject({ status: 422 });
  });
  test('restores the seed on reset', async () => {
    const sandbox = createSandbox();
    await booked(sandbox);
    expect(await freeSlots(sandbox)).toHaveLength(29);
    await sandbox.reset();
    expect(await freeSlots(sandbox)).toHaveLength(30);
  });
});
