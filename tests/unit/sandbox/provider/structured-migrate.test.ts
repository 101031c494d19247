// Migrate structured record (S2) and the Access Record Structured capability statement (S3).
import type { CapabilityStatement, MedicationStatement, Patient } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { NOPAT, operationDefinitions, primaryLists } from '../../../../src/spec/index.ts';
import {
  expectError,
  expectLinksResolve,
  gpcRequest,
  listTitled,
  nhsNumber,
  ofType,
  param,
  parameters,
  readBundle,
  sandbox,
  send,
  validClaims,
} from '../data/records/record-requests.ts';

const restricted = (): Record<string, unknown> => ({ ...validClaims('S2'), requested_scope: 'patient/*.read conf/R' });
const sensitive = (value: boolean) =>
  param('includeFullRecord', { name: 'includeSensitiveInformation', valueBoolean: value });
const migrate = (body: unknown, claims = restricted()) => send(body, { key: 'S2', claims });

describe('migrate structured record', () => {
  test('returns every area, all documents and confidential items with their NOPAT label under conf/R', async () => {
    const bundle = await readBundle(await migrate(parameters(nhsNumber('patient2'), sensitive(true))));
    for (const { title } of Object.values(primaryLists)) expect(listTitled(bundle, title), title).toBeDefined();
    expect(ofType(bundle, 'DocumentReference')).toHaveLength(3);
    const diazepam = ofType<MedicationStatement>(bundle, 'MedicationStatement').find((s) => s.id === 'p2-med-diazepam');
    expect(diazepam?.meta?.security).toEqual([NOPAT]);
    expectLinksResolve(bundle);
  });

  test('treats a missing includeSensitiveInformation as true', async () => {
    const bundle = await readBundle(await migrate(parameters(nhsNumber('patient2'), param('includeFullRecord'))));
    expect(ofType(bundle, 'DocumentReference')).toHaveLength(3);
  });

  test('leaves confidential items out when includeSensitiveInformation is false, which conf/N allows', async () => {
    const bundle = await readBundle(
      await migrate(parameters(nhsNumber('patient2'), sensitive(false)), validClaims('S2')),
    );
    expect(ofType<MedicationStatement>(bundle, 'MedicationStatement').map((s) => s.id)).not.toContain(
      'p2-med-diazepam',
    );
    expect(ofType(bundle, 'DocumentReference')).toHaveLength(2);
  });

  test("names the previous practice as the patient's generalPractitioner", async () => {
    const bundle = await readBundle(await migrate(parameters(nhsNumber('patient2'), sensitive(true))));
    expect(ofType<Patient>(bundle, 'Patient')[0]?.generalPractitioner).toEqual([{ reference: 'Organization/7' }]);
  });

  test('answers sensitive information asked for under conf/N with 400 CONFLICTING_VALUES', async () => {
    await expectError(
      await migrate(parameters(nhsNumber('patient2'), sensitive(true)), validClaims('S2')),
      400,
      'CONFLICTING_VALUES',
    );
  });

  test('answers an unrecognised parameter with 422 INVALID_PARAMETER, unlike get structured record', async () => {
    await expectError(
      await migrate(parameters(nhsNumber('patient2'), sensitive(true), param('includeProblems'))),
      422,
      'INVALID_PARAMETER',
    );
  });

  test('answers an unrecognised part with 422 INVALID_PARAMETER', async () => {
    await expectError(
      await migrate(
        parameters(
          nhsNumber('patient2'),
          param('includeFullRecord', { name: 'includeEverything', valueBoolean: true }),
        ),
      ),
      422,
      'INVALID_PARAMETER',
    );
  });

  test('answers a part with no value with 422 INVALID_PARAMETER', async () => {
    await expectError(
      await migrate(
        parameters(nhsNumber('patient2'), param('includeFullRecord', { name: 'includeSensitiveInformation' })),
      ),
      422,
      'INVALID_PARAMETER',
    );
  });

  test('answers a missing includeFullRecord with 422 INVALID_PARAMETER', async () => {
    await expectError(await migrate(parameters(nhsNumber('patient2'))), 422, 'INVALID_PARAMETER');
  });

  test('answers a request from the practice that holds the record with 403 NO_RELATIONSHIP', async () => {
    const claims = restricted();
    const organization = claims.requesting_organization as { identifier: { value: string }[] };
    organization.identifier[0]!.value = 'B82617';
    await expectError(
      await migrate(parameters(nhsNumber('patient2'), sensitive(true)), claims),
      403,
      'NO_RELATIONSHIP',
    );
  });

  test('answers the deceased patient18 with 404 and the dissenting patient15 with 403 NO_PATIENT_CONSENT', async () => {
    await expectError(await migrate(parameters(nhsNumber('patient18'), sensitive(true))), 404, 'PATIENT_NOT_FOUND');
    await expectError(await migrate(parameters(nhsNumber('patient15'), sensitive(true))), 403, 'NO_PATIENT_CONSENT');
  });

  test('migrates the inactive patient21, whom get structured record refuses', async () => {
    const response = await migrate(parameters(nhsNumber('patient21'), sensitive(true)));
    expect(response.status).toBe(200);
    const bundle = await readBundle(response);
    expect(ofType<Patient>(bundle, 'Patient')[0]?.identifier?.[0]?.value).toBe('9690938142');
    await expectError(
      await send(parameters(nhsNumber('patient21'), param('includeMedication')), { key: 'S1' }),
      404,
      'PATIENT_NOT_FOUND',
    );
  });

  test("ignores the practice's switched-off clinical areas", async () => {
    const bundle = await readBundle(
      await send(parameters(nhsNumber('patient2'), sensitive(true)), {
        key: 'S2',
        claims: restricted(),
        enablement: { B82617: { disabledAreas: ['referrals', 'documents'] } },
      }),
    );
    expect(ofType(bundle, 'ReferralRequest')).toHaveLength(2);
    expect(ofType(bundle, 'OperationOutcome')).toHaveLength(0);
  });
});

describe('the Access Record Structured capability statement', () => {
  test('names the capability, its version and both operations with their versions', async () => {
    const response = await sandbox.handle(gpcRequest('S3'));
    const statement = (await response.json()) as CapabilityStatement;
    expect(response.status).toBe(200);
    expect([statement.name, statement.version, statement.fhirVersion, statement.acceptUnknown]).toEqual([
      'GP Connect API - Access Record Structured',
      '1.6.2',
      '3.0.1',
      'both',
    ]);
    expect(statement.rest?.[0]?.operation).toEqual([
      {
        name: 'gpc.getstructuredrecord',
        definition: { reference: `${operationDefinitions.getStructuredRecord.url}/_history/1.16` },
      },
      {
        name: 'gpc.migratestructuredrecord',
        definition: { reference: `${operationDefinitions.migrateStructuredRecord.url}/_history/1.1` },
      },
    ]);
    expect(statement.profile?.map((p) => p.reference)).toContain(
      'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1/_history/1.8',
    );
    expect(statement.profile?.map((p) => p.reference)).toContain(
      'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1/_history/1.0',
    );
  });

  test('answers 403 ACCESS DENIED where the capability is switched off', async () => {
    await expectError(await sandbox.handle(gpcRequest('S3', { ods: 'X12345' })), 403, 'ACCESS DENIED');
  });
});
