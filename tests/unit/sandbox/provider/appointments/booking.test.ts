import { describe, expect, test } from 'vitest';
import type { Appointment, Slot } from 'fhir/r3';
import { createSandbox } from '../../../../../src/sandbox/index.ts';
import { readOutcome } from '../../gpc-request.ts';
import { book, booking, freeSlots } from './appointment-fixtures.ts';

const one = (slots: Slot[]) => slots.slice(0, 1);

describe('A3 book an appointment', () => {
  test("books a free slot: 201 with Location, ETag and the provider's additions", async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    const response = await book(sandbox, booking([slot as Slot]));
    expect(response.status).toBe(201);
    const stored = (await response.json()) as Appointment;
    expect(response.headers.get('Location')).toMatch(
      new RegExp(`/B82617/STU3/1/gpconnect/Appointment/${stored.id}/_history/${stored.meta?.versionId}$`),
    );
    expect(response.headers.get('ETag')).toBe(`W/"${stored.meta?.versionId}"`);
    expect(stored.serviceCategory?.text).toBeTruthy();
    expect(stored.serviceType?.[0]?.text).toBeTruthy();
    expect(stored.extension?.map((e) => e.url)).toEqual(
      expect.arrayContaining([
        'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1',
        'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2',
      ]),
    );
  });
  test('turns the booked slot busy, so a search no longer offers it', async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    await book(sandbox, booking([slot as Slot]));
    expect((await freeSlots(sandbox)).map((s) => s.id)).not.toContain(slot?.id);
  });
  test('answers a second booking of the same slot with 409 DUPLICATE_REJECTED', async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    await book(sandbox, booking([slot as Slot]));
    expect(await readOutcome(await book(sandbox, booking([slot as Slot])))).toMatchObject({
      status: 409,
      code: 'DUPLICATE_REJECTED',
    });
  });
  test('lets exactly one of 100 concurrent bookings of one slot win', async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    const responses = await Promise.all(Array.from({ length: 100 }, () => book(sandbox, booking([slot as Slot]))));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(99);
  });
  test('books two adjacent slots of one schedule together', async () => {
    const sandbox = createSandbox();
    const slots = await freeSlots(sandbox);
    const pair = slots.filter((s) => s.start?.slice(0, 10) === slots[0]?.start?.slice(0, 10)).slice(0, 2);
    expect((await book(sandbox, booking(pair))).status).toBe(201);
  });
  test('honours Prefer: return=minimal with an empty 201', async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    const response = await book(sandbox, booking([slot as Slot]), { Prefer: 'return=minimal' });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('');
  });
  test('answers an unknown slot with 422 REFERENCE_NOT_FOUND', async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    const outcome = await readOutcome(
      await book(sandbox, booking([slot as Slot], { slot: [{ reference: 'Slot/6' }] })),
    );
    expect(outcome).toMatchObject({ status: 422, code: 'REFERENCE_NOT_FOUND' });
  });
  test('answers an absolute participant reference with 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const [slot] = await freeSlots(sandbox);
    const body = booking([slot as Slot], {
      participant: [
        { actor: { reference: 'https://provider.example/Patient/2' }, status: 'accepted' },
        { actor: { reference: 'Location/16' }, status: 'accepted' },
      ],
    });
    const outcome = await readOutcome(await book(sandbox, body));
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"Appointment.participant[0].actor "https://provider.example/Patient/2" is absolute; use a relative reference such as Patient/2."`,
    );
  });
  const invalidCases: [string, (slots: Slot[]) => unknown][] = [
    ['a reason', (s) => booking(one(s), { reason: [{ text: 'cough' }] })],
    ['an id', (s) => booking(one(s), { id: '77' })],
    ['status other than booked', (s) => booking(one(s), { status: 'pending' })],
    ['no slot', (s) => booking(one(s), { slot: [] })],
    ['no participants', (s) => booking(one(s), { participant: [] })],
    ['no Location participant', (s) => booking(one(s), { participant: [{ actor: { reference: 'Patient/2' } }] })],
    ['a description over 100 characters', (s) => booking(one(s), { description: 'x'.repeat(101) })],
    ['a comment over 500 characters', (s) => booking(one(s), { comment: 'x'.repeat(501) })],
    ['start not matching the slot', (s) => booking(one(s), { start: s[1]?.start })],
    ['a start with a non-UK offset', (s) => booking(one(s), { start: s[0]?.start?.replace(/\+0[01]:00$/, '+02:00') })],
    ['no created', (s) => booking(one(s), { created: undefined })],
    ['no profile', (s) => booking(one(s), { meta: {} })],
    [
      'a booking organisation without telecom',
      (s) => {
        const body = booking(one(s)) as Appointment & { contained: { telecom?: unknown }[] };
        delete body.contained[0]?.telecom;
        return body;
      },
    ],
    ['non-adjacent slots', (s) => booking([s[0] as Slot, s[s.length - 1] as Slot])],
    [
      'a cancellation reason',
      (s) =>
        booking(one(s), {
          extension: [
            ...(booking(one(s)).extension ?? []),
            {
              url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1',
              valueString: 'x',
            },
          ],
        }),
    ],
  ];
  test.each(invalidCases)('answers %s with 422 INVALID_RESOURCE', async (_case, build) => {
    const sandbox = createSandbox();
    const slots = await freeSlots(sandbox);
    expect(await readOutcome(await book(sandbox, build(slots)))).toMatchObject({
      status: 422,
      code: 'INVALID_RESOURCE',
    });
  });
  test('refuses the home-visit slot with 422 INVALID_RESOURCE', async () => {
    const sandbox = createSandbox();
    const read = await sandbox.handle((await import('../../gpc-request.ts')).gpcRequest('A2', { id: '4' }));
    const visit = (await read.json()) as Appointment;
    const slotId = visit.slot?.[0]?.reference?.split('/')[1] as string;
    const body = booking([{ resourceType: 'Slot', id: slotId, start: visit.start, end: visit.end } as Slot]);
    expect(await readOutcome(await book(sandbox, body))).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });
});
