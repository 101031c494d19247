// The structured record Bundle is assembled from the day's cached record without changing it: every record here is
// deep-frozen as it leaves the cache, so a write into it would fail the request (a TypeError becomes a 500).
import { describe, expect, test, vi } from 'vitest';
import { recordNhsNumbers } from '../../../../src/sandbox/data/records/index.ts';
import { everyArea, nhsNumber, parameters, readBundle, send } from '../data/records/record-requests.ts';

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (value instanceof Map) for (const item of value.values()) deepFreeze(item);
  else for (const item of Object.values(value)) deepFreeze(item);
}

vi.mock('../../../../src/sandbox/data/records/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/sandbox/data/records/index.ts')>();
  return {
    ...original,
    findRecord: (...args: Parameters<typeof original.findRecord>) => {
      const record = original.findRecord(...args);
      deepFreeze(record);
      return record;
    },
  };
});

describe('the structured record from a frozen record', () => {
  test.each(recordNhsNumbers())('answers every area for %s without writing into the record', async (number) => {
    const body = parameters(nhsNumber(number), ...everyArea());
    const first = await send(body);
    // A patient the provider refuses (sensitive, not registered here) is refused before the record is read; a
    // write into the frozen record would have made this a 500.
    expect(first.status).toBeLessThan(500);
    // The second answer comes from the same frozen record.
    expect((await send(body)).status).toBe(first.status);
  });
  test('answers patient2, whose record holds every clinical area', async () => {
    const bundle = await readBundle(await send(parameters(nhsNumber('patient2'), ...everyArea())));
    expect(bundle.entry?.length).toBeGreaterThan(50);
  });
});
