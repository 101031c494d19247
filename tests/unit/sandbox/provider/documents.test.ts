// Access Document: D1 capability statement, D2 find patient, D3 search documents, D4 retrieve and D5 migrate a document.
import type { Binary, Bundle, CapabilityStatement, DocumentReference } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { identifierSystems, testPatients } from '../../../../src/spec/index.ts';
import { isoDay } from '../gpc-request.ts';
import {
  expectError,
  expectLinksResolve,
  gpcRequest,
  ofType,
  sandbox,
  validClaims,
} from '../data/records/record-requests.ts';

const INCLUDES = [
  'DocumentReference:subject:Patient',
  'DocumentReference:custodian:Organization',
  'DocumentReference:author:Organization',
  'DocumentReference:author:Practitioner',
].map((value) => `_include=${encodeURIComponent(value)}`);
const REVINCLUDE = `_revinclude:recurse=${encodeURIComponent('PractitionerRole:practitioner')}`;
const searchQuery = (...extra: string[]) => [...INCLUDES, REVINCLUDE, ...extra].join('&');
const search = (id: string, ...extra: string[]) =>
  sandbox.handle(gpcRequest('D3', { id, query: searchQuery(...extra) }));
const findPatient = (query: string, ods?: string) =>
  sandbox.handle(gpcRequest('D2', { query, ...(ods ? { ods } : {}) }));
const nhsQuery = (nhs: string) => `identifier=${encodeURIComponent(`${identifierSystems.nhsNumber.system}|${nhs}`)}`;

async function readSearchset(response: Response): Promise<Bundle> {
  const body = (await response.json()) as Bundle;
  expect(response.status, JSON.stringify(body)).toBe(200);
  expect(body.type).toBe('searchset');
  return body;
}

describe('D1 capability statement', () => {
  test('describes the Patient, Binary and DocumentReference endpoints with the includes and search parameters', async () => {
    const response = await sandbox.handle(gpcRequest('D1'));
    const statement = (await response.json()) as CapabilityStatement;
    expect([statement.name, statement.version]).toEqual(['GP Connect API - Access Document', '1.6.2']);
    const resources = statement.rest?.[0]?.resource ?? [];
    expect(resources.map((r) => r.type)).toEqual(['Patient', 'Binary', 'DocumentReference']);
    const documents = resources[2];
    expect(documents?.searchInclude).toHaveLength(4);
    expect(documents?.searchRevInclude).toEqual(['PractitionerRole:practitioner']);
    expect(documents?.searchParam?.map((p) => [p.name, p.type])).toEqual([
      ['created', 'date'],
      ['author', 'token'],
      ['description', 'string'],
    ]);
    expect(statement.profile?.map((p) => p.reference)).toContain(
      'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1/_history/1.3',
    );
  });

  test('answers 403 ACCESS DENIED where Access Document is switched off', async () => {
    await expectError(await sandbox.handle(gpcRequest('D1', { ods: 'X12345' })), 403, 'ACCESS DENIED');
  });
});

describe('D2 find a patient', () => {
  test('finds patient2 by NHS number', async () => {
    const bundle = await readSearchset(await findPatient(nhsQuery(testPatients.patient2.nhsNumber)));
    expect(bundle.entry?.map((e) => e.resource?.id)).toEqual(['2']);
  });

  test.each(['patientNotInSystem', 'patient9', 'patient21'] as const)(
    'returns an empty searchset for %s',
    async (patient) => {
      expect((await readSearchset(await findPatient(nhsQuery(testPatients[patient].nhsNumber)))).entry).toBeUndefined();
    },
  );

  test('answers the long-deceased patient18 with 404 PATIENT_NOT_FOUND', async () => {
    await expectError(await findPatient(nhsQuery(testPatients.patient18.nhsNumber)), 404, 'PATIENT_NOT_FOUND');
  });

  test('answers a missing identifier or an unknown system with 422 INVALID_PARAMETER', async () => {
    await expectError(await findPatient('family=SKELLY'), 422, 'INVALID_PARAMETER');
    await expectError(
      await findPatient(`identifier=${encodeURIComponent('https://example.org/id|9690937286')}`),
      422,
      'INVALID_PARAMETER',
    );
  });

  test('answers a bad NHS number with 400 INVALID_NHS_NUMBER', async () => {
    await expectError(await findPatient(nhsQuery('9690937287')), 400, 'INVALID_NHS_NUMBER');
  });
});

describe('D3 search documents', () => {
  test("returns patient2's documents with the patient, organisations and GP, with id = Ssp-TraceID", async () => {
    const request = gpcRequest('D3', { id: '2', query: searchQuery() });
    const bundle = await readSearchset(await sandbox.handle(request));
    expect(bundle.id).toBe(request.headers.get('Ssp-TraceID'));
    expect(bundle.total).toBe(2);
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    expect(types).toEqual(
      new Set(['Patient', 'Organization', 'Practitioner', 'PractitionerRole', 'Location', 'DocumentReference']),
    );
    const documents = ofType<DocumentReference>(bundle, 'DocumentReference');
    expect(
      documents.every(
        (d) => d.status === 'current' && d.content[0]?.attachment.url?.includes('/gpconnect/documents/Binary/'),
      ),
    ).toBe(true);
    expect(
      bundle.entry?.every((e) => e.fullUrl?.startsWith('http://sandbox.test/B82617/STU3/1/gpconnect/documents/')),
    ).toBe(true);
    expectLinksResolve(bundle);
  });

  test('filters by created, by authoring organisation and by words of the description or type', async () => {
    const count = async (...extra: string[]) => (await readSearchset(await search('2', ...extra))).total;
    expect(await count(`created=ge${isoDay(-400)}`)).toBe(1);
    expect(await count(`created=le${isoDay(-400)}`, `created=ge${isoDay(-2000)}`)).toBe(1);
    expect(await count(`author=${encodeURIComponent(`${identifierSystems.odsOrganization.system}|RCB`)}`)).toBe(2);
    expect(await count(`author=${encodeURIComponent(`${identifierSystems.odsOrganization.system}|B82617`)}`)).toBe(0);
    expect(await count('description=physiotherapy')).toBe(1);
    expect(await count('description=discharge%20summary')).toBe(1);
  });

  test.each(INCLUDES.concat(REVINCLUDE))('answers a search without %s with 422 INVALID_PARAMETER', async (missing) => {
    const query = [...INCLUDES, REVINCLUDE].filter((p) => p !== missing).join('&');
    await expectError(await sandbox.handle(gpcRequest('D3', { id: '2', query })), 422, 'INVALID_PARAMETER');
  });

  test('answers an author that is not an ODS code with 422 INVALID_PARAMETER', async () => {
    await expectError(
      await search('2', `author=${encodeURIComponent(`${identifierSystems.sdsUser.system}|G13579135`)}`),
      422,
      'INVALID_PARAMETER',
    );
  });

  test('answers a created value without ge or le with 422 INVALID_PARAMETER', async () => {
    await expectError(await search('2', `created=${isoDay(-10)}`), 422, 'INVALID_PARAMETER');
  });

  test('answers an unknown patient id, or a sensitive patient, with 404 PATIENT_NOT_FOUND', async () => {
    await expectError(await search('999'), 404, 'PATIENT_NOT_FOUND');
    await expectError(await search('9'), 404, 'PATIENT_NOT_FOUND');
  });

  test('answers the dissenting patient15 with 403 NO_PATIENT_CONSENT', async () => {
    await expectError(await search('15'), 403, 'NO_PATIENT_CONSENT');
  });

  test("describes patient4's file as over the limit in its attachment title", async () => {
    const [document] = ofType<DocumentReference>(await readSearchset(await search('4')), 'DocumentReference');
    expect(document?.content[0]?.attachment.size).toBeGreaterThan(5 * 1024 * 1024);
    expect(document?.content[0]?.attachment.title).toContain('5 MB');
  });
});

describe('D4 retrieve and D5 migrate a document', () => {
  const retrieve = (id: string) => sandbox.handle(gpcRequest('D4', { id }));
  const migrate = (id: string, claims = validClaims('D5')) => sandbox.handle(gpcRequest('D5', { id, claims }));

  test('returns a document file as a Binary with its content type, base64 content and ETag', async () => {
    const response = await retrieve('p2-binary-discharge');
    const binary = (await response.json()) as Binary;
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('W/"1"');
    expect(binary.contentType).toBe('application/pdf');
    expect(atob(binary.content ?? '').startsWith('%PDF-1.4')).toBe(true);
  });

  test('answers an unknown id with 404 NO_RECORD_FOUND', async () => {
    await expectError(await retrieve('no-such-file'), 404, 'NO_RECORD_FOUND');
  });

  test('answers a file over 5 MB with 404 NO_RECORD_FOUND explaining the limit', async () => {
    const diagnostics = await expectError(await retrieve('p4-binary-scanned-notes'), 404, 'NO_RECORD_FOUND');
    expect(diagnostics).toContain('5 MB');
  });

  test('does not release a confidential file for direct care', async () => {
    await expectError(await retrieve('p2-binary-mental-health'), 404, 'NO_RECORD_FOUND');
  });

  test('migrates a file of any size', async () => {
    const response = await migrate('p4-binary-scanned-notes');
    const binary = (await response.json()) as Binary;
    expect(response.status).toBe(200);
    expect(atob(binary.content ?? '').length).toBe(6 * 1024 * 1024);
  });

  test('migrates a confidential file only under conf/R, else 403 NO_RELATIONSHIP', async () => {
    await expectError(await migrate('p2-binary-mental-health'), 403, 'NO_RELATIONSHIP');
    const response = await migrate('p2-binary-mental-health', {
      ...validClaims('D5'),
      requested_scope: 'patient/*.read conf/R',
    });
    expect(response.status).toBe(200);
  });

  test('answers a migration requested by the practice that holds the record with 403 NO_RELATIONSHIP', async () => {
    const claims = validClaims('D5');
    (claims.requesting_organization as { identifier: { value: string }[] }).identifier[0]!.value = 'B82617';
    await expectError(await migrate('p2-binary-discharge', claims), 403, 'NO_RELATIONSHIP');
  });

  test('answers an unknown id to migrate with 404 NO_RECORD_FOUND, even where Access Document is switched off', async () => {
    await expectError(
      await sandbox.handle(gpcRequest('D5', { id: 'p2-binary-discharge', ods: 'X12345' })),
      404,
      'NO_RECORD_FOUND',
    );
  });
});
