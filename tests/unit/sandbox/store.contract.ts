// One contract for every BookingStore implementation (run by store.test.ts for the memory and storage stores).
import { describe, expect, test } from 'vitest';
import type { Appointment } from 'fhir/r3';
import type { BookingStore } from '../../../src/sandbox/store.ts';
import { createSeed } from '../../../src/sandbox/data/appointments.ts';

/** A booking draft of the given slots, for store tests. */
export const draft = (slotIds: string[], patientId = '2') => ({
  patientId,
  slotIds,
  build: (id: string, versionId: string): Appointment => ({
    resourceType: 'Appointment',
    id,
    meta: { versionId },
    status: 'booked',
    participant: [],
  }),
});

export function describeBookingStore(name: string, makeStore: () => BookingStore): void {
  describe(`${name} booking store`, () => {
    test('writes the seed once and keeps later changes', async () => {
      const store = makeStore();
      await store.ensureSeeded(() => createSeed(new Date()));
      expect(await store.getAppointment('1')).toBeDefined();
      await store.book('B82617', draft(['s1']));
      await store.ensureSeeded(() => ({ appointments: [] }));
      expect((await store.busySlotIds('B82617')).has('s1')).toBe(true);
    });
    test('lets exactly one of two concurrent bookings of a slot win', async () => {
      const store = makeStore();
      const results = await Promise.all([store.book('B82617', draft(['s1'])), store.book('B82617', draft(['s1']))]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    });
    test('lets exactly one of 100 concurrent bookings of a slot win', async () => {
      const store = makeStore();
      const results = await Promise.all(Array.from({ length: 100 }, () => store.book('B82617', draft(['s1']))));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
    });
    test('books all slots of a draft or none', async () => {
      const store = makeStore();
      await store.book('B82617', draft(['s2']));
      expect((await store.book('B82617', draft(['s1', 's2']))).ok).toBe(false);
      expect((await store.busySlotIds('B82617')).has('s1')).toBe(false);
    });
    test('keeps practices apart', async () => {
      const store = makeStore();
      await store.book('B82617', draft(['s1']));
      expect((await store.book('R1A14', draft(['s1']))).ok).toBe(true);
    });
    test('updates only at the current version and frees slots on cancel', async () => {
      const store = makeStore();
      const booked = await store.book('B82617', draft(['s1']));
      if (!booked.ok) throw new Error('booking failed');
      const { id, versionId } = booked.appointment;
      expect(
        await store.update(id, 'stale', (v) => ({
          resourceType: 'Appointment',
          status: 'cancelled',
          participant: [],
          meta: { versionId: v },
        })),
      ).toEqual({ ok: false, reason: 'version-mismatch' });
      const cancelled = await store.update(id, versionId, (v) => ({
        resourceType: 'Appointment',
        status: 'cancelled',
        participant: [],
        meta: { versionId: v },
      }));
      expect(cancelled.ok && cancelled.appointment.versionId !== versionId).toBe(true);
      expect((await store.busySlotIds('B82617')).has('s1')).toBe(false);
      expect(
        await store.update('nope', 'x', () => ({ resourceType: 'Appointment', status: 'booked', participant: [] })),
      ).toEqual({ ok: false, reason: 'not-found' });
    });
    test('books a slot again once the appointment holding it is cancelled', async () => {
      const store = makeStore();
      const booked = await store.book('B82617', draft(['s1']));
      if (!booked.ok) throw new Error('booking failed');
      const { id, versionId } = booked.appointment;
      await store.update(id, versionId, (v) => ({
        resourceType: 'Appointment',
        status: 'cancelled',
        participant: [],
        meta: { versionId: v },
      }));
      expect((await store.book('B82617', draft(['s1']))).ok).toBe(true);
      expect((await store.book('B82617', draft(['s1']))).ok).toBe(false);
    });
    test("lists one patient's appointments at one practice, cancelled ones too, in booking order", async () => {
      const store = makeStore();
      const first = await store.book('B82617', draft(['s1'], '2'));
      await store.book('B82617', draft(['s2'], '3'));
      await store.book('R1A14', draft(['s3'], '2'));
      if (!first.ok) throw new Error('booking failed');
      await store.update(first.appointment.id, first.appointment.versionId, (v) => ({
        resourceType: 'Appointment',
        status: 'cancelled',
        participant: [],
        meta: { versionId: v },
      }));
      const second = await store.book('B82617', draft(['s1'], '2'));
      const listed = await store.listPatientAppointments('B82617', '2');
      expect(listed.map((a) => [a.id, a.resource.status])).toEqual([
        [first.appointment.id, 'cancelled'],
        [second.ok && second.appointment.id, 'booked'],
      ]);
      expect(await store.listPatientAppointments('B82617', '9')).toEqual([]);
    });
    test('registers a patient once per practice and finds the registration', async () => {
      const store = makeStore();
      const build = (id: string) => ({ resourceType: 'Patient' as const, id });
      expect((await store.register('B82617', '9651258500', build)).ok).toBe(true);
      expect((await store.register('B82617', '9651258500', build)).ok).toBe(false);
      expect(await store.findRegistration('B82617', { nhsNumber: '9651258500' })).toBeDefined();
      expect(await store.findRegistration('R1A14', { nhsNumber: '9651258500' })).toBeUndefined();
    });
    test('drops bookings and registrations on reset', async () => {
      const store = makeStore();
      await store.book('B82617', draft(['s1']));
      await store.register('B82617', '9651258500', (id) => ({ resourceType: 'Patient', id }));
      await store.reset({ appointments: [] });
      expect((await store.busySlotIds('B82617')).size).toBe(0);
      expect(await store.findRegistration('B82617', { nhsNumber: '9651258500' })).toBeUndefined();
    });
    test('hands out copies, so callers cannot change stored state', async () => {
      const store = makeStore();
      await store.reset(createSeed(new Date()));
      const copy = await store.getAppointment('1');
      if (copy) copy.resource.status = 'cancelled';
      expect((await store.getAppointment('1'))?.resource.status).toBe('booked');
    });
  });
}
