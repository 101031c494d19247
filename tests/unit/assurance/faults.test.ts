// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningSandboxServer } from '../../../src/sandbox-server/index.ts';
import { booking } from '../sandbox/provider/appointments/appointment-fixtures.ts';
import { consumerAt, countsOf, startAssuredServer } from './assurance-server.ts';

let server: RunningSandboxServer;
beforeAll(async () => {
  server = await startAssuredServer(30);
});
afterAll(() => server.close());

let asid = 300000000000;
const nextConsumer = () => consumerAt(server.url, String(++asid));
const viaSsp = (c: ReturnType<typeof consumerAt>, traceId?: string) => {
  const wire = c.build('F1', traceId ? { traceId } : {});
  const target = new URL(wire.url);
  return c.send({ ...wire, url: `${server.url}/ssp/https://provider.example${target.pathname}` });
};
const codeOf = async (response: Response) =>
  ((await response.json()) as { issue: { details?: { coding?: { code: string }[] } }[] }).issue[0]?.details?.coding?.[0]
    ?.code;

describe('fault injection', () => {
  test('answers 502 once through the SSP, and grades a retry with a new trace ID as met', async () => {
    const c = nextConsumer();
    expect((await c.faults(['ssp-502'])).status).toBe(200);
    const failed = await viaSsp(c);
    expect(failed.status).toBe(502);
    expect(failed.headers.get('X-Sandbox-Fault')).toBe('ssp-502');
    expect((await viaSsp(c)).status).not.toBe(502);
    expect(countsOf(await c.report())['retry-after-transient']).toEqual([1, 0]);
  });
  test('holds the answer when the SSP times out, and fails a retry that resends the same trace ID', async () => {
    const c = nextConsumer();
    await c.faults(['ssp-timeout']);
    const traceId = crypto.randomUUID();
    expect((await viaSsp(c, traceId)).status).toBe(504);
    await viaSsp(c, traceId);
    expect(countsOf(await c.report())['retry-after-transient']).toEqual([0, 1]);
  });
  test('answers 500 INTERNAL_SERVER_ERROR once from the provider', async () => {
    const c = nextConsumer();
    await c.faults(['provider-500']);
    const failed = await c.request('F1');
    expect([failed.status, await codeOf(failed)]).toEqual([500, 'INTERNAL_SERVER_ERROR']);
    expect((await c.request('F1')).status).toBe(200);
  });
  test('answers slowly but correctly while provider-slow is on', async () => {
    const c = nextConsumer();
    await c.faults(['provider-slow']);
    const slow = await c.request('F1');
    expect([slow.status, slow.headers.get('X-Sandbox-Fault')]).toEqual([200, 'provider-slow']);
  });
  test('refuses the sender ASID with 403 ASID_CHECK_FAILED through the SSP', async () => {
    const c = nextConsumer();
    await c.faults(['asid-check-failed']);
    const refused = await viaSsp(c);
    expect([refused.status, await codeOf(refused)]).toEqual([403, 'ASID_CHECK_FAILED']);
  });
  test('takes the slot between search and booking with 409 DUPLICATE_REJECTED, then grades a re-search', async () => {
    const c = nextConsumer();
    const slotFrom = async () => {
      const response = await c.request('A1', {
        query: [
          ['start', `ge${new Date().toISOString().slice(0, 10)}`],
          ['end', `le${new Date(Date.now() + 13 * 864e5).toISOString().slice(0, 10)}`],
          ['status', 'free'],
          ['_include', 'Slot:schedule'],
        ],
      });
      const bundle = (await response.json()) as {
        entry: { resource: { resourceType: string; id: string; start: string; end: string } }[];
      };
      return bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'Slot') as never;
    };
    await c.faults(['slot-taken']);
    const taken = await c.request('A3', { body: booking([await slotFrom()]) });
    expect([taken.status, await codeOf(taken)]).toEqual([409, 'DUPLICATE_REJECTED']);
    await c.request('A3', { body: booking([await slotFrom()]) });
    expect(countsOf(await c.report())['search-after-slot-taken']).toEqual([1, 0]);
  });
  test('answers a stale ETag with 409 on amend, and fails an amend sent again without a re-read', async () => {
    const c = nextConsumer();
    await c.faults(['stale-etag']);
    const body = { resourceType: 'Appointment', id: '1' };
    expect((await c.request('A4', { id: '1', ifMatch: 'W/"1"', body })).status).toBe(409);
    await c.request('A4', { id: '1', ifMatch: 'W/"1"', body });
    expect(countsOf(await c.report())['re-read-after-conflict']).toEqual([0, 1]);
  });
  test('rejects an unknown scenario with 400 naming the valid ones', async () => {
    const response = await nextConsumer().faults(['ssp-503']);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('ssp-502, ssp-timeout');
  });
});
