import { describe, expect, test } from 'vitest';
import type { Bundle, CapabilityStatement, Patient, Practitioner } from 'fhir/r3';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { testPatients } from '../../../../src/spec/index.ts';
import { gpcRequest, readOutcome } from '../gpc-request.ts';

const { handle } = createSandbox();
const findPatient = (nhs: string, system = 'https://fhir.nhs.uk/Id/nhs-number') =>
  handle(gpcRequest('F2', { query: `identifier=${system}%7C${nhs}` }));
const entries = async (response: Response) => ((await response.json()) as Bundle).entry ?? [];

describe('F1 get the capability statement', () => {
  test('describes the Foundations and Appointment resources with version 1.2.9, in JSON and XML', async () => {
    const response = await handle(gpcRequest('F1'));
    const statement = (await response.json()) as CapabilityStatement;
    expect(statement).toMatchObject({
      resourceType: 'CapabilityStatement',
      version: '1.2.9',
      fhirVersion: '3.0.1',
      acceptUnknown: 'both',
      format: ['application/fhir+json', 'application/fhir+xml'],
    });
    expect(statement.rest?.[0]?.resource?.map((r) => r.type)).toEqual([
      'Patient',
      'Organization',
      'Practitioner',
      'Location',
      'Appointment',
      'Slot',
    ]);
  });
});

describe('F2 find a patient', () => {
  test('returns patient2 in a searchset with the GP Connect Patient profile', async () => {
    const response = await findPatient(testPatients.patient2.nhsNumber);
    const bundle = (await response.json()) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    const patient = bundle.entry?.[0]?.resource as Patient;
    expect(patient.meta?.profile).toEqual(['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1']);
    expect(patient.name).toEqual([{ use: 'official', family: 'SKELLY', given: ['Horace'], prefix: ['Mr'] }]);
    expect(patient.telecom?.map((t) => t.value)).toContain('+447401254880');
    expect(patient.managingOrganization?.reference).toBe('Organization/7');
    expect(bundle.entry?.[0]).not.toHaveProperty('fullUrl');
  });
  test.each([
    ['sensitive patient9', testPatients.patient9],
    ['deceased patient18', testPatients.patient18],
    ['inactive patient21', testPatients.patient21],
    ['patientNotInSystem', testPatients.patientNotInSystem],
  ])('returns an empty searchset for the %s', async (_role, patient) => {
    const response = await findPatient(patient.nhsNumber);
    expect(response.status).toBe(200);
    expect(await entries(response)).toEqual([]);
  });
  test('still finds the dissenting patient15, since dissent does not apply to Foundations', async () => {
    expect(await entries(await findPatient(testPatients.patient15.nhsNumber))).toHaveLength(1);
  });
  test('answers a wrong check digit with 400 INVALID_NHS_NUMBER', async () => {
    const outcome = await readOutcome(await findPatient('9000000008'));
    expect(outcome).toMatchObject({ status: 400, code: 'INVALID_NHS_NUMBER' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"The NHS number "9000000008" is not valid: it must be 10 digits whose last digit is the Modulus 11 check digit."`,
    );
  });
  test('answers an unknown identifier system with 400 INVALID_IDENTIFIER_SYSTEM', async () => {
    expect(await readOutcome(await findPatient('9690937286', 'http://fhir.nhs.net/Id/nhs-number'))).toMatchObject({
      status: 400,
      code: 'INVALID_IDENTIFIER_SYSTEM',
    });
  });
  test('answers an identifier without a system or value with 422 INVALID_PARAMETER', async () => {
    expect(await readOutcome(await handle(gpcRequest('F2', { query: 'identifier=9690937286' })))).toMatchObject({
      status: 422,
      code: 'INVALID_PARAMETER',
    });
    expect(await readOutcome(await handle(gpcRequest('F2', { query: 'identifier=%7C9690937286' })))).toMatchObject({
      status: 422,
    });
    expect(
      await readOutcome(await handle(gpcRequest('F2', { query: 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C' }))),
    ).toMatchObject({ status: 422 });
  });
  test('answers a missing, misspelt or repeated identifier parameter with 400 BAD_REQUEST', async () => {
    for (const query of [
      '',
      'Identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286',
      'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286&identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286',
    ]) {
      expect(await readOutcome(await handle(gpcRequest('F2', { query })))).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
      });
    }
  });
  test('ignores _count and _sort', async () => {
    const response = await handle(
      gpcRequest('F2', {
        query: `identifier=https://fhir.nhs.uk/Id/nhs-number%7C${testPatients.patient1.nhsNumber}&_count=1&_sort=name`,
      }),
    );
    expect(await entries(response)).toHaveLength(1);
  });
});

describe('F3 read a patient', () => {
  test('returns the patient with an ETag', async () => {
    const response = await handle(gpcRequest('F3', { id: '2' }));
    expect(response.headers.get('ETag')).toMatch(/^W\/"\d+"$/);
    expect(((await response.json()) as Patient).id).toBe('2');
  });
  test('answers an unknown id or a sensitive patient with 404 PATIENT_NOT_FOUND', async () => {
    for (const id of ['999', testPatients.patient9.logicalId]) {
      expect(await readOutcome(await handle(gpcRequest('F3', { id })))).toMatchObject({
        status: 404,
        code: 'PATIENT_NOT_FOUND',
      });
    }
  });
  test('reads the dissenting patient15', async () => {
    expect((await handle(gpcRequest('F3', { id: testPatients.patient15.logicalId }))).status).toBe(200);
  });
});

describe('F4 and F5 practitioners', () => {
  const find = (id: string) =>
    handle(gpcRequest('F4', { query: `identifier=https://fhir.nhs.uk/Id/sds-user-id%7C${id}` }));
  test('finds practitioner1 with no role profile ids', async () => {
    const [entry] = await entries(await find('G13579135'));
    expect((entry?.resource as Practitioner).identifier).toHaveLength(1);
  });
  test('finds practitioner3 with two role profile ids', async () => {
    const [entry] = await entries(await find('G22345655'));
    expect((entry?.resource as Practitioner).identifier).toHaveLength(3);
  });
  test("finds both records sharing practitioner5's SDS user id", async () => {
    expect(await entries(await find('G22222226'))).toHaveLength(2);
  });
  test('returns an empty searchset for practitioner4, who does not exist', async () => {
    expect(await entries(await find('G99999999'))).toEqual([]);
  });
  test('answers a malformed SDS user id with 400 INVALID_IDENTIFIER_VALUE', async () => {
    expect(await readOutcome(await find('G1 2'))).toMatchObject({ status: 400, code: 'INVALID_IDENTIFIER_VALUE' });
  });
  test('answers a wrongly cased identifier parameter with 400 BAD_REQUEST', async () => {
    expect(
      (await handle(gpcRequest('F4', { query: 'IDENTIFIER=https://fhir.nhs.uk/Id/sds-user-id%7CG13579135' }))).status,
    ).toBe(400);
  });
  test('reads a practitioner and answers an unknown one with 404 PRACTITIONER_NOT_FOUND', async () => {
    expect((await handle(gpcRequest('F5', { id: '1' }))).headers.get('ETag')).toBeTruthy();
    expect(await readOutcome(await handle(gpcRequest('F5', { id: '404' })))).toMatchObject({
      status: 404,
      code: 'PRACTITIONER_NOT_FOUND',
    });
  });
});

describe('F6, F7 and F8 organisations and locations', () => {
  const find = (system: string, ods: string) => handle(gpcRequest('F6', { query: `identifier=${system}%7C${ods}` }));
  test('finds ORG1 by ODS code, also through the DSTU2 ODS system', async () => {
    expect(await entries(await find('https://fhir.nhs.uk/Id/ods-organization-code', 'B82617'))).toHaveLength(1);
    expect(await entries(await find('http://fhir.nhs.net/Id/ods-organization-code', 'B82617'))).toHaveLength(1);
  });
  test('returns an empty searchset for unknownORG INVOC1', async () => {
    expect(await entries(await find('https://fhir.nhs.uk/Id/ods-organization-code', 'INVOC1'))).toEqual([]);
  });
  test('answers another system with 400 INVALID_IDENTIFIER_SYSTEM', async () => {
    expect(await readOutcome(await find('https://fhir.nhs.uk/Id/ods-site-code', 'Z26556'))).toMatchObject({
      status: 400,
      code: 'INVALID_IDENTIFIER_SYSTEM',
    });
  });
  test('reads an organisation and answers an unknown one with 404 ORGANISATION_NOT_FOUND', async () => {
    expect((await handle(gpcRequest('F7', { id: '7' }))).status).toBe(200);
    expect(await readOutcome(await handle(gpcRequest('F7', { id: '70' })))).toMatchObject({
      status: 404,
      code: 'ORGANISATION_NOT_FOUND',
    });
  });
  test("reads SIT1's location with its managing organisation, and answers an unknown one with 404 NO_RECORD_FOUND", async () => {
    const location = await (await handle(gpcRequest('F8', { id: '1' }))).json();
    expect(location).toMatchObject({
      identifier: [{ value: 'Z26556' }],
      managingOrganization: { reference: 'Organization/7' },
    });
    expect(await readOutcome(await handle(gpcRequest('F8', { id: '404' })))).toMatchObject({
      status: 404,
      code: 'NO_RECORD_FOUND',
    });
  });
});
