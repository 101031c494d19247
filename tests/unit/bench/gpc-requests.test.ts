// The bench's requests and answers: built from the widgets' examples, they must be ones the sandbox accepts.
import { describe, expect, test } from 'vitest';
import { buildExampleRequest, listFreeSlots, sessionAfterBooking } from '../../../src/bench/gpc-requests.ts';
import { assertLoopback } from '../../../src/bench/load.ts';
import { recordAnswer } from '../../../src/bench/recorded-answer.ts';
import { createSandbox } from '../../../src/sandbox/index.ts';
import type { WireRequest, WireResponse } from '../../../src/consumer/wire.ts';

const now = new Date();
const context = { practice: 'B82617', now };

async function send(sandbox: ReturnType<typeof createSandbox>, wire: WireRequest): Promise<WireResponse> {
  const response = await sandbox.handle(
    new Request(`http://sandbox.test${wire.url}`, {
      method: wire.method,
      headers: wire.headers,
      ...(wire.body === null ? {} : { body: wire.body }),
    }),
  );
  return {
    status: response.status,
    statusText: '',
    headers: [...response.headers],
    body: await response.text(),
    ms: 0,
  };
}

describe('bench requests', () => {
  test('lists every free slot of a search answer once, in the order the widget picks them', async () => {
    const sandbox = createSandbox();
    const search = await send(sandbox, buildExampleRequest('A1', 'free-slots-org1', { now }));
    const slots = listFreeSlots(search, context);
    const inBundle = (JSON.parse(search.body) as { entry: Array<{ resource: { resourceType: string } }> }).entry.filter(
      (entry) => entry.resource.resourceType === 'Slot',
    );
    expect(slots.length).toBe(inBundle.length);
    expect(new Set(slots.map((slot) => slot.id)).size).toBe(slots.length);
  });

  test('books each listed slot, cancels the booking and can book the same slot again', async () => {
    const sandbox = createSandbox();
    const [freeSlot] = listFreeSlots(
      await send(sandbox, buildExampleRequest('A1', 'free-slots-org1', { now })),
      context,
    );
    const book = () => send(sandbox, buildExampleRequest('A3', 'book-appointment', { now, session: { freeSlot } }));
    const booked = await book();
    expect(booked.status).toBe(201);
    const session = sessionAfterBooking(booked, context);
    expect((await send(sandbox, buildExampleRequest('A5', 'cancel-appointment', { now, session }))).status).toBe(200);
    expect((await book()).status).toBe(201);
  });

  test('replays an answer without its transport headers', () => {
    const answer = recordAnswer({
      status: 200,
      headers: [
        ['Content-Type', 'application/fhir+json'],
        ['Content-Length', '2'],
        ['Date', 'x'],
      ],
      body: '{}',
    });
    expect(answer).toEqual({ status: 200, headers: { 'content-type': 'application/fhir+json' }, body: '{}' });
  });

  test('refuses to send load anywhere but the loopback', () => {
    expect(() => assertLoopback('http://10.0.0.1:80')).toThrow(/loopback/);
    expect(() => assertLoopback('http://127.0.0.1:4010')).not.toThrow();
  });
});
