import { describe, expect, test } from 'vitest';
import type { Patient, Reference } from 'fhir/r3';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { ORIGIN, readOutcome } from '../gpc-request.ts';

const { handle } = createSandbox();
const trace = (nhs: string, method = 'GET') => handle(new Request(`${ORIGIN}/spine/pds/Patient/${nhs}`, { method }));

describe('PDS trace', () => {
  test('places the worked-example patient 9000000084 at T99999', async () => {
    const patient = (await (await trace('9000000084')).json()) as Patient;
    expect(patient.name?.[0]).toMatchObject({ family: 'Tester', given: ['Anthony'] });
    expect((patient.generalPractitioner as Reference[] | undefined)?.[0]?.identifier).toEqual({
      system: 'https://fhir.nhs.uk/Id/ods-organization-code',
      value: 'T99999',
    });
  });
  test('places patient2 at ORG1 B82617', async () => {
    const patient = (await (await trace('9690937286')).json()) as Patient;
    expect((patient.generalPractitioner as Reference[] | undefined)?.[0]?.identifier?.value).toBe('B82617');
  });
  test('knows register candidates that no practice holds', async () => {
    const patient = (await (await trace('9651258500')).json()) as Patient;
    expect(patient.generalPractitioner).toBeUndefined();
    expect(patient.birthDate).toBe('1951-03-10');
  });
  test('hides the address and GP of a sensitive patient and labels the record restricted', async () => {
    const patient = (await (await trace('9690938533')).json()) as Patient;
    expect(patient.meta?.security?.[0]?.code).toBe('R');
    expect(patient.generalPractitioner).toBeUndefined();
  });
  test('shows the date of death of the deceased patient18', async () => {
    expect(((await (await trace('9690938681')).json()) as Patient).deceasedDateTime).toBe('1993-02-17');
  });
  test('answers a number PDS lacks (patient14, patientNotInSystem) with 404 PATIENT_NOT_FOUND', async () => {
    for (const nhs of ['9476718943', '9999999999'])
      expect(await readOutcome(await trace(nhs))).toMatchObject({ status: 404, code: 'PATIENT_NOT_FOUND' });
  });
  test('answers the superseded patient11 and a bad check digit with 400 INVALID_NHS_NUMBER', async () => {
    for (const nhs of ['9690938622', '9000000008'])
      expect(await readOutcome(await trace(nhs))).toMatchObject({ status: 400, code: 'INVALID_NHS_NUMBER' });
  });
  test('answers other paths and verbs with 400 BAD_REQUEST', async () => {
    expect((await handle(new Request(`${ORIGIN}/spine/pds/Person/1`))).status).toBe(400);
    expect((await trace('9000000084', 'POST')).status).toBe(400);
  });
});
