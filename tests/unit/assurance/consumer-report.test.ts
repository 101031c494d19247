// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Appointment, Bundle, Slot } from 'fhir/r3';
import type { RunningSandboxServer } from '../../../src/sandbox-server/index.ts';
import { interactions } from '../../../src/spec/index.ts';
import { addDays, ukDate } from '../../../src/spec/uk-time.ts';
import { booking } from '../sandbox/provider/appointments/appointment-fixtures.ts';
import { consumerAt, countsOf, startAssuredServer } from './assurance-server.ts';

let server: RunningSandboxServer;
beforeAll(async () => {
  server = await startAssuredServer();
});
afterAll(() => server.close());

const slotQuery = (): Array<[string, string]> => [
  ['start', `ge${ukDate(new Date())}`],
  ['end', `le${addDays(ukDate(new Date()), 14)}`],
  ['status', 'free'],
  ['_include', 'Slot:schedule'],
];

async function findSlot(consumer: ReturnType<typeof consumerAt>, index = 0): Promise<Slot> {
  const bundle = (await (await consumer.request('A1', { query: slotQuery() })).json()) as Bundle;
  return bundle.entry?.map((e) => e.resource).filter((r): r is Slot => r?.resourceType === 'Slot')[index] as Slot;
}

describe('the consumer assurance report', () => {
  test('passes every obligation a correct consumer met: trace, search, book, read, amend, record', async () => {
    const consumer = consumerAt(server.url, '200000000101');
    expect(
      (await fetch(`${server.url}/spine/pds/Patient/9690937286`, { headers: { 'Ssp-From': '200000000101' } })).ok,
    ).toBe(true);
    const slot = await findSlot(consumer);
    const booked = await consumer.request('A3', { body: booking([slot]) });
    expect(booked.status).toBe(201);
    const appointment = (await booked.json()) as Appointment;
    const read = await consumer.request('A2', { id: appointment.id as string });
    const etag = read.headers.get('ETag') as string;
    await consumer.request('A4', {
      id: appointment.id as string,
      ifMatch: etag,
      body: { ...appointment, description: 'Moved' },
    });
    await consumer.request('S1', {
      body: {
        resourceType: 'Parameters',
        parameter: [
          {
            name: 'patientNHSNumber',
            valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' },
          },
        ],
      },
    });
    const report = await consumer.report();
    expect(report.obligations.filter((o) => o.failed > 0)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(countsOf(report)).toMatchObject({
      'trace-id': [5, 0],
      'if-match': [1, 0],
      'slot-found': [1, 0],
      'nhs-number-checked': [1, 0],
      'jwt-lifetime': [5, 0],
    });
    expect(report.obligations[0]?.spec).toMatch(/^https:\/\/developer\.nhs\.uk\/apis\/gpconnect\/[a-z_]+\.html/);
  });

  test('fails a sloppy consumer on each rule it broke, naming the request and what was wrong', async () => {
    const consumer = consumerAt(server.url, '200000000202');
    const traceId = crypto.randomUUID();
    const now = Math.floor(Date.now() / 1000);
    await consumer.request('A2', { id: '1', traceId, claims: { iat: now, exp: now + 600 } });
    await consumer.request('A2', { id: '1', traceId });
    const wrongId = consumer.build('A2', { id: '1' });
    wrongId.headers = wrongId.headers.map(([n, v]) => [n, n === 'Ssp-InteractionID' ? interactions.F3.id : v]);
    await consumer.send(wrongId);
    await consumer.request('A4', { id: '1', body: { resourceType: 'Appointment', id: '1' } });
    await consumer.request('A3', {
      body: booking([
        {
          resourceType: 'Slot',
          id: 'never-searched',
          start: '2030-01-01T09:00:00+00:00',
          end: '2030-01-01T09:10:00+00:00',
        } as Slot,
      ]),
    });
    await consumer.request('S1', {
      body: {
        resourceType: 'Parameters',
        parameter: [
          {
            name: 'patientNHSNumber',
            valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' },
          },
        ],
      },
    });

    const report = await consumer.report();
    expect(report.passed).toBe(false);
    const failures = Object.fromEntries(
      report.obligations.map((o) => [o.id, o.failures.map((f) => `#${f.seq} ${f.problem}`)]),
    );
    expect(failures['trace-id']).toEqual([`#2 Ssp-TraceID ${traceId} was already sent with request #1.`]);
    expect(failures['jwt-lifetime']).toEqual(['#1 exp − iat is 600 s.']);
    expect(failures['interaction-id']?.[0]).toMatch(
      /^#3 urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1 is Read a patient/,
    );
    expect(failures['if-match']).toEqual(['#4 If-Match is null; send the ETag of your last read.']);
    expect(failures['slot-found']).toEqual(['#5 Slot never-searched was not in any free-slot search answer.']);
    expect(failures['nhs-number-checked']).toEqual([
      '#6 9690937286 was not traced in PDS or found by a patient search first.',
    ]);
  });

  test('answers 400 for a report asked for without a numeric ASID', async () => {
    expect((await fetch(`${server.url}/_sandbox/assurance/not-an-asid`)).status).toBe(400);
  });
});
