import { describe, expect, test } from 'vitest';
import type { Appointment, Bundle } from 'fhir/r3';
import { createSandbox } from '../../../../../src/sandbox/index.ts';
import { testPatients } from '../../../../../src/spec/index.ts';
import { addDays, ukDate } from '../../../../../src/spec/uk-time.ts';
import { gpcRequest, readOutcome, validClaims } from '../../gpc-request.ts';

const { handle } = createSandbox();
const today = ukDate(new Date());
const retrieve = (id: string, query = `start=ge${today}&start=le${addDays(today, 14)}`) =>
  handle(gpcRequest('A6', { id, query }));

describe("A6 retrieve a patient's appointments", () => {
  test("lists patient2's appointments, the cancelled and visit ones included", async () => {
    const bundle = (await (await retrieve('2')).json()) as Bundle;
    const appointments = bundle.entry?.map((e) => e.resource as Appointment) ?? [];
    expect(bundle.type).toBe('searchset');
    expect(appointments.map((a) => a.status).sort()).toEqual(['booked', 'booked', 'cancelled']);
  });
  test('returns an empty searchset for patientNoAppointments', async () => {
    const bundle = (await (await retrieve(testPatients.patientNoAppointments.logicalId as string)).json()) as Bundle;
    expect(bundle.entry).toBeUndefined();
  });
  test('answers an unknown patient with 404 PATIENT_NOT_FOUND', async () => {
    expect(await readOutcome(await retrieve('12345'))).toMatchObject({ status: 404, code: 'PATIENT_NOT_FOUND' });
  });
  test.each([
    ['a range reaching into the past', `start=ge${addDays(today, -1)}&start=le${addDays(today, 3)}`],
    ['only one start', `start=ge${today}`],
    ['no start at all', ''],
    ['a wrong prefix', `start=gt${today}&start=le${addDays(today, 3)}`],
    ['a time component', `start=ge${today}T10:00:00%2B00:00&start=le${addDays(today, 3)}`],
    ['a malformed date', `start=ge${today}&start=le2030-13-01`],
    ['the upper date before the lower', `start=ge${addDays(today, 5)}&start=le${addDays(today, 2)}`],
  ])('answers %s with 422 INVALID_PARAMETER', async (_case, query) => {
    expect(await readOutcome(await retrieve('2', query))).toMatchObject({ status: 422, code: 'INVALID_PARAMETER' });
  });
  test('pins the wording of the past-range rule', async () => {
    const outcome = await readOutcome(await retrieve('2', `start=ge2020-01-01&start=le${today}`));
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"The search range may not reach into the past: ge2020-01-01 is before today (${today})."`,
    );
  });
  test('answers an organization scope with 400 BAD_REQUEST', async () => {
    const claims = { ...validClaims('A6'), requested_scope: 'organization/*.read' };
    expect(
      await readOutcome(
        await handle(gpcRequest('A6', { id: '2', claims, query: `start=ge${today}&start=le${today}` })),
      ),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test("lists the dissenting patient15's appointment, since dissent does not apply to appointments", async () => {
    const bundle = (await (await retrieve(testPatients.patient15.logicalId as string)).json()) as Bundle;
    expect(bundle.entry).toHaveLength(1);
  });
});
