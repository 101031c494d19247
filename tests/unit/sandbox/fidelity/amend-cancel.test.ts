// Amend and cancel as the provider test pack sends them (without If-Match): content that breaks the rules is 422,
// 409 is only for a present and stale If-Match, and `Prefer: return=minimal` works.
import { describe, expect, test } from 'vitest';
import type { Appointment, Slot } from 'fhir/r3';
import { createSandbox, type Sandbox } from '../../../../src/sandbox/index.ts';
import { readOutcome } from '../gpc-request.ts';
import { gpcRequest } from '../gpc-request.ts';
import { CANCELLATION_REASON, book, booking, freeSlots, put } from '../provider/appointments/appointment-fixtures.ts';

async function booked(sandbox: Sandbox): Promise<Appointment> {
  const [slot] = await freeSlots(sandbox);
  return (await (await book(sandbox, booking([slot as Slot]))).json()) as Appointment;
}
const reason = (valueString: string, url = CANCELLATION_REASON) => ({ url, valueString });
const cancelled = (appointment: Appointment, extension = reason('Patient is better')): Appointment => ({
  ...appointment,
  status: 'cancelled',
  extension: [...(appointment.extension ?? []), extension],
});

describe('amend without If-Match', () => {
  const amendments: [string, (a: Appointment) => Appointment, string][] = [
    ['a changed priority', (a) => ({ ...a, priority: 3 }), 'INVALID_RESOURCE'],
    ['a changed status', (a) => ({ ...a, status: 'arrived' }), 'INVALID_RESOURCE'],
    [
      'an added participant',
      (a) => ({
        ...a,
        participant: [...(a.participant ?? []), { actor: { reference: 'Practitioner/2' }, status: 'accepted' }],
      }),
      'INVALID_RESOURCE',
    ],
    ['an added cancellation reason', (a) => cancelled({ ...a, status: 'booked' }), 'INVALID_RESOURCE'],
    [
      'an absolute booking-organisation reference',
      (a) => ({
        ...a,
        extension: (a.extension ?? []).map((e) =>
          e.valueReference ? { ...e, valueReference: { reference: 'https://consumer.example/Organization/1' } } : e,
        ),
      }),
      'INVALID_RESOURCE',
    ],
  ];
  test.each(amendments)('an amendment with %s is 422 %s, not 409', async (_name, change, code) => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    expect(await readOutcome(await put(sandbox, 'A4', change(appointment), null))).toMatchObject({ status: 422, code });
  });
  test('an amendment of a cancelled appointment is 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    const done = (await (await put(sandbox, 'A5', cancelled(appointment), null)).json()) as Appointment;
    const outcome = await readOutcome(await put(sandbox, 'A4', { ...done, comment: 'Too late' }, null));
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
  test('an amendment with Prefer: return=minimal answers 200 with no body and the new ETag', async () => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    const response = await sandbox.handle(
      gpcRequest('A4', {
        id: appointment.id as string,
        body: { ...appointment, comment: 'Minimal' },
        headers: { Prefer: 'return=minimal' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(response.headers.get('ETag')).not.toBe(`W/"${appointment.meta?.versionId}"`);
  });
  test('a present but stale If-Match is still 409 FHIR_CONSTRAINT_VIOLATION', async () => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    const outcome = await readOutcome(await put(sandbox, 'A4', { ...appointment, comment: 'x' }, 'W/"stale"'));
    expect(outcome).toMatchObject({ status: 409, code: 'FHIR_CONSTRAINT_VIOLATION' });
  });
  test('a malformed If-Match is 400 BAD_REQUEST', async () => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    expect(await readOutcome(await put(sandbox, 'A4', appointment, 'not-an-etag'))).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
  });
});

describe('cancel without If-Match', () => {
  test('a cancellation without If-Match succeeds', async () => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    const response = await put(sandbox, 'A5', cancelled(appointment), null);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Appointment).status).toBe('cancelled');
  });
  test.each([
    ['an empty cancellation reason', reason('')],
    ['a misspelt cancellation reason extension', reason('Better', `${CANCELLATION_REASON}x`)],
  ])('a cancellation with %s is 422 INVALID_PARAMETER', async (_name, extension) => {
    const sandbox = createSandbox();
    const appointment = await booked(sandbox);
    expect(await readOutcome(await put(sandbox, 'A5', cancelled(appointment, extension), null))).toMatchObject({
      status: 422,
      code: 'INVALID_PARAMETER',
    });
  });
});
