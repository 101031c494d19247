// Content negotiation as FHIR STU3 http.html#mime-type defines it: JSON by any of its names, `_format` over Accept.
import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { gpcRequest, readOutcome } from '../gpc-request.ts';
import { nhsNumber, parameters } from '../data/records/record-requests.ts';

const sandbox = createSandbox();
const readPatient = (query: string, headers: Record<string, string | null> = {}) =>
  sandbox.handle(gpcRequest('F3', { id: '2', query, headers }));

describe('content negotiation', () => {
  test.each(['json', 'application/json', 'application/fhir%2Bjson', 'application/fhir%2Bjson;fhirVersion=3.0'])(
    'reads a patient with _format=%s',
    async (format) => {
      expect((await readPatient(`_format=${format}`)).status).toBe(200);
    },
  );
  test.each([
    'application/json',
    'application/json;charset=utf-8',
    'application/fhir+json;fhirVersion=3.0;charset=utf-8',
  ])('reads a patient with Accept: %s', async (accept) => {
    expect((await readPatient('', { Accept: accept })).status).toBe(200);
  });
  test('reads a POST body sent with Content-Type: application/json as JSON', async () => {
    const request = gpcRequest('S1', {
      body: parameters(nhsNumber('patient2'), {
        name: 'includeAllergies',
        part: [{ name: 'includeResolvedAllergies', valueBoolean: true }],
      }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect((await sandbox.handle(request)).status).toBe(200);
  });
  test('answers a format it does not know with 415 and an OperationOutcome', async () => {
    const outcome = await readOutcome(await readPatient('_format=text/csv'));
    expect(outcome).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toContain('text/csv');
  });
});
