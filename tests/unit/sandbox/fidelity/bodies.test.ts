// Request bodies as the error-handling page and the provider test pack expect: malformed is 400, too deep is 422,
// invalid UTF-8 is refused, and no internal exception text reaches a caller.
import { describe, expect, test } from 'vitest';
import type { Slot } from 'fhir/r3';
import { createMemoryLog, createSandbox, withAssurance, type Sandbox } from '../../../../src/sandbox/index.ts';
import { gpcRequest, readOutcome } from '../gpc-request.ts';
import { book, booking, freeSlots } from '../provider/appointments/appointment-fixtures.ts';
import { everyArea, nhsNumber, parameters } from '../data/records/record-requests.ts';

const nested = (depth: number, leaf: string, wrap: (inner: string) => string) => {
  let text = leaf;
  for (let i = 0; i < depth; i++) text = wrap(text);
  return text;
};

describe('malformed bodies', () => {
  const sandbox = createSandbox();
  const malformed = ['{"resourceType":', '<Appointment/>', 'NaN', '{"a":1,}'];
  test.each([
    ['book', 'A3' as const],
    ['get structured record', 'S1' as const],
    ['register a patient', 'F9' as const],
  ])('answer %s with 400 BAD_REQUEST for each body that is not well-formed JSON', async (_name, key) => {
    for (const body of malformed) {
      const outcome = await readOutcome(await sandbox.handle(gpcRequest(key, { body })));
      expect(outcome, body).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    }
  });

  test('an amend with a truncated body is 400 BAD_REQUEST, not 422', async () => {
    const request = gpcRequest('A4', {
      id: '1',
      body: '{"resourceType":"Appointment"',
      headers: { 'If-Match': 'W/"1"' },
    });
    expect(await readOutcome(await sandbox.handle(request))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  test.each([
    ['the sandbox', (sandbox: Sandbox) => sandbox.handle],
    // The server's stack: the assurance log reads a booking's body before the handler does.
    [
      'the sandbox under the assurance log',
      (sandbox: Sandbox) => withAssurance(sandbox.handle, { log: createMemoryLog() }),
    ],
  ])('%s refuses a booking whose description holds invalid UTF-8 with 400, not storing U+FFFD', async (_name, wrap) => {
    const handle = wrap(sandbox);
    const [slot] = await freeSlots(sandbox);
    const text = JSON.stringify(booking([slot as Slot], { description: 'MARKER' }));
    const [before, after] = text.split('MARKER') as [string, string];
    const encoder = new TextEncoder();
    const bytes = new Uint8Array([...encoder.encode(before), 0xc0, 0xaf, 0xed, 0xa0, 0x80, ...encoder.encode(after)]);
    const outcome = await readOutcome(await handle(new Request(gpcRequest('A3', { body: '' }), { body: bytes })));
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatch(/UTF-8/);
  });
});

describe('deeply nested bodies', () => {
  const sandbox = createSandbox();
  test('a structured record request with parts nested 20,000 deep is 422 INVALID_RESOURCE, not 500', async () => {
    const part = nested(20_000, '{"name":"x"}', (inner) => `{"name":"x","part":[${inner}]}`);
    const body = `{"resourceType":"Parameters","parameter":[${part}]}`;
    const outcome = await readOutcome(await sandbox.handle(gpcRequest('S1', { body })));
    expect(outcome).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
    expect(outcome.diagnostics).toMatch(/nested \d+ levels deep/);
  });

  test('an amend with an element nested 40,000 deep is 422 INVALID_RESOURCE, not 500', async () => {
    const [slot] = await freeSlots(sandbox);
    const created = await (await book(sandbox, booking([slot as Slot]))).json();
    const deep = nested(40_000, '1', (inner) => `{"a":${inner}}`);
    const body = JSON.stringify({ ...created, description: 'DEEP' }).replace('"DEEP"', deep);
    const request = gpcRequest('A4', {
      id: created.id,
      body,
      headers: { 'If-Match': `W/"${created.meta.versionId}"` },
    });
    expect(await readOutcome(await sandbox.handle(request))).toMatchObject({ status: 422, code: 'INVALID_RESOURCE' });
  });

  test('brackets inside strings do not count as nesting', async () => {
    const body = parameters(nhsNumber('patient2'), ...everyArea());
    const text = JSON.stringify(body).replace('"Parameters"', '"Parameters","id":"' + '[{'.repeat(500) + '"');
    expect((await sandbox.handle(gpcRequest('S1', { body: text }))).status).toBe(200);
  });
});
