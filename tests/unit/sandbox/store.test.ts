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
  test('treats a corrupted entry as empty state', async () => {
    const storage = createMapStorage();
    storage.setItem('gpconnect-sandbox:state:v1', '{broken');
    const store = createStorageStore(storage);
    await store.ensureSeeded(() => ({ appointments: [] }));
    expect((await store.busySlotIds('B82617')).size).toBe(0);
  });
});
