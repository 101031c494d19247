import { describe, expect, test } from 'vitest';
import { createMemoryStore, createStorageStore } from '../../../src/sandbox/store.ts';
import { describeBookingStore } from './store.contract.ts';

const createMapStorage = () => {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      map.set(key, value);
    },
  };
};

const appointmentOf = (id: string) => ({
  resourceType: 'Appointment' as const,
  id,
  status: 'booked' as const,
  participant: [],
});

describeBookingStore('memory', createMemoryStore);
describeBookingStore('storage', () => createStorageStore(createMapStorage()));

describe('the storage store', () => {
  test('keeps its state in the storage, so a second store over it sees the bookings', async () => {
    const storage = createMapStorage();
    const draft = {
      patientId: '2',
      slotIds: ['s1'],
      build: (id: string) => ({ resourceType: 'Appointment' as const, id, status: 'booked' as const, participant: [] }),
    };
    await createStorageStore(storage).book('B82617', draft);
    expect((await createStorageStore(storage).busySlotIds('B82617')).has('s1')).toBe(true);
  });
  test('sees a booking another store made in the same storage after it had read the state', async () => {
    const storage = createMapStorage();
    const [first, second] = [createStorageStore(storage), createStorageStore(storage)];
    await second.ensureSeeded(() => ({ appointments: [] }));
    expect((await second.busySlotIds('B82617')).size).toBe(0);
    await first.book('B82617', { patientId: '2', slotIds: ['s1'], build: appointmentOf });
    expect([...(await second.busySlotIds('B82617'))]).toEqual(['s1']);
  });
  test('leaves the state as stored when a change throws part-way', async () => {
    const store = createStorageStore(createMapStorage());
    await store.ensureSeeded(() => ({ appointments: [] }));
    const failing = {
      patientId: '2',
      slotIds: ['s1'],
      build: () => {
        throw new Error('the resource could not be built');
      },
    };
    await expect(store.book('B82617', failing)).rejects.toThrow('could not be built');
    const booked = await store.book('B82617', { patientId: '2', slotIds: ['s2'], build: appointmentOf });
    expect(booked.ok && booked.appointment.id).toBe('1000');
  });
  test('treats a corrupted entry as empty state', async () => {
    const storage = createMapStorage();
    storage.setItem('gpconnect-sandbox:state:v1', '{broken');
    const store = createStorageStore(storage);
    await store.ensureSeeded(() => ({ appointments: [] }));
    expect((await store.busySlotIds('B82617')).size).toBe(0);
  });
});
