// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Appointment } from 'fhir/r3';
import { createSandbox, createStorageLog, createStorageStore, type Sandbox } from '../../../src/sandbox/index.ts';
import { createSeed } from '../../../src/sandbox/data/appointments.ts';
import { STORAGE_KEY } from '../../../src/sandbox/store.ts';
import { startSandboxServer } from '../../../src/sandbox-server/index.ts';
import { openSqliteState } from '../../../src/sandbox-server/sqlite-store.ts';
import { describeBookingStore, draft } from '../sandbox/store.contract.ts';
import { gpcRequest, ORIGIN } from '../sandbox/gpc-request.ts';
import { booking, freeSlots } from '../sandbox/provider/appointments/appointment-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBookingStore('SQLite (in memory)', () => openSqliteState(':memory:').store);
let files = 0;
describeBookingStore('SQLite (file)', () => openSqliteState(join(dir, `contract-${files++}.sqlite`)).store);

/** A Sandbox whose handle() goes over HTTP to a running server, so the fixtures can drive the real server. */
const overHttp = (url: string): Sandbox => ({
  handle: async (request) =>
    fetch(request.url.replace(ORIGIN, url), {
      method: request.method,
      headers: request.headers,
      ...(request.body ? { body: await request.text() } : {}),
    }),
  reset: async () => undefined,
});

async function serveFile(file: string) {
  const state = openSqliteState(file);
  const server = await startSandboxServer({ port: 0, sandbox: createSandbox({ store: state.store }) });
  return {
    sandbox: overHttp(server.url),
    url: server.url,
    stop: async () => {
      await server.close();
      state.close();
    },
  };
}

describe('the SQLite-backed sandbox server', () => {
  test('keeps a booking across a restart on the same file, and reset restores the seed', async () => {
    const file = join(dir, 'restart.sqlite');
    const first = await serveFile(file);
    const slots = await freeSlots(first.sandbox);
    const booked = await first.sandbox.handle(gpcRequest('A3', { body: booking(slots.slice(0, 1)) }));
    expect(booked.status).toBe(201);
    const id = ((await booked.json()) as Appointment).id as string;
    await first.stop();

    const second = await serveFile(file);
    const read = await second.sandbox.handle(gpcRequest('A2', { id }));
    expect(read.status).toBe(200);
    expect(((await read.json()) as Appointment).slot?.[0]?.reference).toBe(`Slot/${slots[0]?.id}`);

    expect((await fetch(`${second.url}/_sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect((await second.sandbox.handle(gpcRequest('A2', { id }))).status).toBe(404);
    await second.stop();
  });
});

describe('the booking rows in SQLite', () => {
  test('a second connection to the same file sees bookings and cancellations the first one makes', async () => {
    const file = join(dir, 'two-connections.sqlite');
    const first = openSqliteState(file);
    const second = openSqliteState(file);
    await first.store.ensureSeeded(() => createSeed(new Date()));
    expect(await second.store.getAppointment('1')).toBeDefined();
    const booked = await first.store.book('B82617', draft(['shared-slot']));
    if (!booked.ok) throw new Error('the booking failed');
    expect((await second.store.busySlotIds('B82617')).has('shared-slot')).toBe(true);
    const cancelled = await second.store.update(booked.appointment.id, booked.appointment.versionId, (versionId) => ({
      ...booked.appointment.resource,
      meta: { versionId },
      status: 'cancelled',
    }));
    expect(cancelled.ok).toBe(true);
    expect((await first.store.busySlotIds('B82617')).has('shared-slot')).toBe(false);
    expect((await first.store.book('B82617', draft(['shared-slot']))).ok).toBe(true);
    first.close();
    second.close();
  });

  test('moves the state an earlier version kept as one key-value row into the rows, bookings intact', async () => {
    const file = join(dir, 'key-value-state.sqlite');
    const old = openSqliteState(file);
    const legacy = createStorageStore(old.storage);
    await legacy.ensureSeeded(() => createSeed(new Date()));
    const booked = await legacy.book('B82617', draft(['kept-slot']));
    if (!booked.ok) throw new Error('the booking failed');
    await legacy.register('B82617', '9000000009', (logicalId, versionId) => ({
      resourceType: 'Patient',
      id: logicalId,
      meta: { versionId },
    }));
    old.close();

    const reopened = openSqliteState(file);
    expect(reopened.storage.getItem(STORAGE_KEY)).toBeNull();
    expect((await reopened.store.getAppointment(booked.appointment.id))?.slotIds).toEqual(['kept-slot']);
    expect(await reopened.store.getAppointment('1')).toBeDefined();
    expect(await reopened.store.findRegistration('B82617', { nhsNumber: '9000000009' })).toBeDefined();
    // The counters moved too: the next booking gets a new id, not the migrated one's.
    const next = await reopened.store.book('B82617', draft(['next-slot']));
    expect(next.ok && next.appointment.id).not.toBe(booked.appointment.id);
    reopened.close();
  });
});

describe('the assurance log in SQLite', () => {
  test('keeps a consumer’s records across a reopen of the same file', () => {
    const file = join(dir, 'log.sqlite');
    const first = openSqliteState(file);
    createStorageLog(first.storage).append('200000000303', {
      at: new Date().toISOString(),
      method: 'GET',
      path: '/B82617/STU3/1/gpconnect/metadata',
      traceId: 't1',
      interactionId: null,
      accept: null,
      ifMatch: null,
      claims: null,
      status: 200,
    });
    first.close();
    const second = openSqliteState(file);
    expect(
      createStorageLog(second.storage)
        .list('200000000303')
        .map((r) => [r.seq, r.traceId]),
    ).toEqual([[1, 't1']]);
    second.close();
  });
});
