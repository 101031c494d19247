// The store's lookups read only the appointments they name, so a booking costs the same after thousands of others.
import { expect, test } from 'vitest';
import { createStateStore, emptyState, type StoreState, type StoredAppointment } from '../../../src/sandbox/store.ts';
import { draft } from './store.contract.ts';

const unrelated = (id: string): StoredAppointment => ({
  id,
  versionId: '1',
  practiceOds: 'B82617',
  patientId: '3',
  slotIds: [`old-${id}`],
  resource: { resourceType: 'Appointment', id, status: 'cancelled', participant: [] },
});

/** Appointment reads while booking, cancelling, listing and searching, with `count` unrelated appointments stored. */
async function readsAmong(count: number): Promise<number> {
  const appointments: StoreState['appointments'] = {};
  for (let i = 0; i < count; i++) appointments[String(i)] = unrelated(String(i));
  let reads = 0;
  const counted = new Proxy(appointments, {
    get: (target, key, receiver) => {
      reads++;
      return Reflect.get(target, key, receiver);
    },
    ownKeys: (target) => {
      reads += Object.keys(target).length;
      return Reflect.ownKeys(target);
    },
  });
  const state: StoreState = { ...emptyState(), seeded: true, appointments: counted, nextAppointmentId: count };
  const store = createStateStore(
    () => state,
    () => {},
  );
  await store.busySlotIds('B82617'); // the first lookup may read everything once
  reads = 0;
  for (let i = 0; i < 5; i++) {
    const booked = await store.book('B82617', draft([`s${i}`]));
    if (!booked.ok) throw new Error('booking failed');
    const { id, versionId } = booked.appointment;
    await store.getAppointment(id);
    await store.update(id, versionId, (v) => ({
      ...booked.appointment.resource,
      status: 'cancelled',
      meta: { versionId: v },
    }));
    await store.listPatientAppointments('B82617', '2');
    await store.busySlotIds('B82617');
  }
  return reads;
}

test('reads no more appointments with 2,000 unrelated ones stored than with 10', async () => {
  const [few, many] = [await readsAmong(10), await readsAmong(2000)];
  expect(few).toBeGreaterThan(0);
  expect(many).toBe(few);
});
