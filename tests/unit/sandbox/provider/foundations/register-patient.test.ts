import { describe, expect, test } from 'vitest';
import type { Bundle, Patient } from 'fhir/r3';
import { createSandbox } from '../../../../../src/sandbox/index.ts';
import { testPatients } from '../../../../../src/spec/index.ts';
import { gpcRequest, readOutcome } from '../../gpc-request.ts';

const PROFILE = 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1';
const patient = (
  nhs: string,
  family: string,
  given: string,
  birthDate: string,
  extra: Record<string, unknown> = {},
) => ({
  resourceType: 'Patient',
  meta: { profile: [PROFILE] },
  identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhs }],
  name: [{ use: 'official', family, given: [given] }],
  gender: 'male',
  birthDate,
  ...extra,
});
const parameters = (resource: unknown) => ({
  resourceType: 'Parameters',
  parameter: [{ name: 'registerPatient', resource }],
});
const clive = patient('9651258500', 'REA', 'Clive', '1951-03-10');

async function register(body: unknown, sandbox = createSandbox()) {
  return sandbox.handle(gpcRequest('F9', { body }));
}

describe('F9 register a patient', () => {
  test('registers a PDS candidate as a temporary patient, returned in a searchset with 200', async () => {
    const response = await register(parameters(clive));
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as Bundle;
    expect(bundle.type).toBe('searchset');
    const registered = bundle.entry?.[0]?.resource as Patient;
    const details = registered.extension?.[0]?.extension?.find((e) => e.url === 'registrationType');
    expect(details?.valueCodeableConcept?.coding?.[0]?.code).toBe('T');
  });
  test('makes the new patient findable, and a second registration 409 DUPLICATE_REJECTED', async () => {
    const sandbox = createSandbox();
    await register(parameters(clive), sandbox);
    const found = await sandbox.handle(
      gpcRequest('F2', { query: 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9651258500' }),
    );
    expect(((await found.json()) as Bundle).entry).toHaveLength(1);
    expect(await readOutcome(await register(parameters(clive), sandbox))).toMatchObject({
      status: 409,
      code: 'DUPLICATE_REJECTED',
    });
  });
  test('refuses an already registered patient with 409 DUPLICATE_REJECTED', async () => {
    const p2 = testPatients.patient2;
    expect(
      await readOutcome(await register(parameters(patient(p2.nhsNumber, p2.name.family, p2.name.given, p2.birthDate)))),
    ).toMatchObject({ status: 409, code: 'DUPLICATE_REJECTED' });
  });
  test('reactivates the inactive patient21 as a temporary patient under the same id', async () => {
    const p = testPatients.patient21;
    const response = await register(parameters(patient(p.nhsNumber, p.name.family, p.name.given, p.birthDate)));
    expect(((await response.json()) as Bundle).entry?.[0]?.resource?.id).toBe(p.logicalId);
  });
  test.each([
    ['superseded patient11', testPatients.patient11, 400, 'INVALID_NHS_NUMBER'],
    ['sensitive patient9', testPatients.patient9, 400, 'INVALID_PATIENT_DEMOGRAPHICS'],
    ['deceased patient18', testPatients.patient18, 400, 'INVALID_PATIENT_DEMOGRAPHICS'],
    ['patient14, unknown to PDS', testPatients.patient14, 400, 'INVALID_PATIENT_DEMOGRAPHICS'],
  ])('refuses the %s', async (_role, p, status, code) => {
    expect(
      await readOutcome(await register(parameters(patient(p.nhsNumber, p.name.family, p.name.given, p.birthDate)))),
    ).toMatchObject({ status, code });
  });
  test('refuses demographics that do not match PDS with 400 INVALID_PATIENT_DEMOGRAPHICS', async () => {
    const outcome = await readOutcome(
      await register(parameters(patient('9651258500', 'SMITH', 'Clive', '1960-01-01'))),
    );
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"PDS trace of 9651258500 failed: the birth date and name do not match PDS."`,
    );
  });
  test('verifies on two birth-date parts plus the start of the names', async () => {
    expect((await register(parameters(patient('9651258500', 'REAd', 'Cyril', '1951-03-11')))).status).toBe(200);
  });
  test.each([
    ['a body that is not JSON', '{', 400, 'BAD_REQUEST'],
    ['a body that is not Parameters', clive, 422, 'INVALID_RESOURCE'],
    ['no registerPatient parameter', { resourceType: 'Parameters', parameter: [] }, 422, 'INVALID_PARAMETER'],
    [
      'an unknown parameter',
      { resourceType: 'Parameters', parameter: [{ name: 'registerPatient', resource: clive }, { name: 'x' }] },
      400,
      'BAD_REQUEST',
    ],
    [
      'a repeated registerPatient',
      {
        resourceType: 'Parameters',
        parameter: [
          { name: 'registerPatient', resource: clive },
          { name: 'registerPatient', resource: clive },
        ],
      },
      400,
      'BAD_REQUEST',
    ],
    ['a forbidden element', parameters({ ...clive, maritalStatus: { text: 'M' } }), 422, 'INVALID_RESOURCE'],
    ['no profile', parameters({ ...clive, meta: {} }), 422, 'INVALID_RESOURCE'],
    ['no identifier', parameters({ ...clive, identifier: [] }), 400, 'INVALID_NHS_NUMBER'],
    [
      'an identifier without a system',
      parameters({ ...clive, identifier: [{ value: '9651258500' }] }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a bad check digit',
      parameters({ ...clive, identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9651258501' }] }),
      400,
      'INVALID_NHS_NUMBER',
    ],
    [
      'no official name',
      parameters({ ...clive, name: [{ use: 'usual', family: 'REA', given: ['Clive'] }] }),
      400,
      'BAD_REQUEST',
    ],
    ['no family name', parameters({ ...clive, name: [{ use: 'official', given: ['Clive'] }] }), 400, 'BAD_REQUEST'],
    ['no birth date', parameters({ ...clive, birthDate: undefined }), 400, 'BAD_REQUEST'],
    [
      'two home phones',
      parameters({
        ...clive,
        telecom: [
          { system: 'phone', use: 'home', value: '1' },
          { system: 'phone', use: 'home', value: '2' },
        ],
      }),
      400,
      'BAD_REQUEST',
    ],
    ['a work address', parameters({ ...clive, address: [{ use: 'work', line: ['1'] }] }), 422, 'INVALID_RESOURCE'],
  ])('answers %s with %i %s', async (_case, body, status, code) => {
    expect(await readOutcome(await register(body))).toMatchObject({ status, code });
  });
});
