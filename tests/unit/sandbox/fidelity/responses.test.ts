// What the sandbox answers, field by field, where the specification's pages and examples say exactly what to send.
import { describe, expect, test } from 'vitest';
import type { Appointment, Bundle, CapabilityStatement, List, Slot } from 'fhir/r3';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import { gpcRequest } from '../gpc-request.ts';
import { book, booking, freeSlots, put } from '../provider/appointments/appointment-fixtures.ts';
import { everyArea, nhsNumber, parameters } from '../data/records/record-requests.ts';

const LIST_EMPTY_REASON = 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1';

describe('headers of a resource version', () => {
  const sandbox = createSandbox();
  test('a read carries Content-Location and Last-Modified beside the ETag', async () => {
    const response = await sandbox.handle(gpcRequest('F3', { id: '2' }));
    const patient = (await response.json()) as { meta: { versionId: string } };
    expect(response.headers.get('Content-Location')).toBe(
      `http://sandbox.test/B82617/STU3/1/gpconnect/Patient/2/_history/${patient.meta.versionId}`,
    );
    expect(new Date(response.headers.get('Last-Modified') as string).getTime()).toBe(
      Math.floor(Number(patient.meta.versionId) / 1000) * 1000,
    );
  });
  test('a create carries Location, Content-Location and Last-Modified for the new version', async () => {
    const [slot] = await freeSlots(sandbox);
    const response = await book(sandbox, booking([slot as Slot]));
    const created = (await response.json()) as Appointment;
    expect(response.headers.get('Content-Location')).toBe(response.headers.get('Location'));
    expect(response.headers.get('Last-Modified')).toBe(new Date(Number(created.meta?.versionId)).toUTCString());
  });
  test('an update carries Content-Location and Last-Modified for the version it made', async () => {
    const [slot] = await freeSlots(sandbox);
    const created = (await (await book(sandbox, booking([slot as Slot]))).json()) as Appointment;
    const response = await put(sandbox, 'A4', { ...created, comment: 'Updated' }, `W/"${created.meta?.versionId}"`);
    const updated = (await response.json()) as Appointment;
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Location')).toBe(
      `http://sandbox.test/B82617/STU3/1/gpconnect/Appointment/${updated.id}/_history/${updated.meta?.versionId}`,
    );
    expect(response.headers.get('Last-Modified')).toBe(new Date(Number(updated.meta?.versionId)).toUTCString());
  });
});

describe('absolute URLs', () => {
  test('Location comes from the configured public origin, not from the Host header', async () => {
    const sandbox = createSandbox({ publicOrigin: 'https://sandbox.example.nhs.uk' });
    const [slot] = await freeSlots(sandbox);
    const request = gpcRequest('A3', { body: booking([slot as Slot]), headers: { Host: 'evil.example' } });
    const location = (await sandbox.handle(request)).headers.get('Location');
    expect(location).toMatch(/^https:\/\/sandbox\.example\.nhs\.uk\/B82617\/STU3\/1\/gpconnect\/Appointment\/\d+\//);
  });
  test('every entry of an Access Document search has an absolute fullUrl', async () => {
    const sandbox = createSandbox();
    const query = [
      'DocumentReference:subject:Patient',
      'DocumentReference:custodian:Organization',
      'DocumentReference:author:Organization',
      'DocumentReference:author:Practitioner',
    ]
      .map((v) => `_include=${encodeURIComponent(v)}`)
      .concat(`_revinclude:recurse=${encodeURIComponent('PractitionerRole:practitioner')}`)
      .join('&');
    const bundle = (await (await sandbox.handle(gpcRequest('D3', { id: '2', query }))).json()) as Bundle;
    expect(bundle.entry?.length).toBeGreaterThan(0);
    for (const entry of bundle.entry ?? [])
      expect(entry.fullUrl).toBe(
        `http://sandbox.test/B82617/STU3/1/gpconnect/documents/${entry.resource?.resourceType}/${entry.resource?.id}`,
      );
  });
});

describe('bundles and codes', () => {
  const sandbox = createSandbox();
  test('slot search entries say match for Slots and include for what _include brought', async () => {
    const response = await sandbox.handle(
      gpcRequest('A1', {
        query: `start=ge${new Date().toISOString().slice(0, 10)}&end=le${new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10)}&status=free&_include=Slot:schedule`,
      }),
    );
    const bundle = (await response.json()) as Bundle;
    const modes = (bundle.entry ?? []).map((e) => [e.resource?.resourceType, e.search?.mode]);
    expect(modes.length).toBeGreaterThan(1);
    for (const [type, mode] of modes) expect(mode).toBe(type === 'Slot' ? 'match' : 'include');
    expect(bundle.total).toBe(modes.filter(([type]) => type === 'Slot').length);
  });
  test('an empty List gives its emptyReason from CareConnect-ListEmptyReasonCode-1', async () => {
    const response = await sandbox.handle(
      gpcRequest('S1', { body: parameters(nhsNumber('patient2'), ...everyArea()) }),
    );
    const lists = ((await response.json()) as Bundle).entry
      ?.map((e) => e.resource)
      .filter((r): r is List => r?.resourceType === 'List' && (r as List).emptyReason !== undefined);
    expect(lists?.length).toBeGreaterThan(0);
    for (const list of lists ?? [])
      expect(list.emptyReason?.coding).toEqual([
        { system: LIST_EMPTY_REASON, code: 'no-content-recorded', display: 'No Content Recorded' },
      ]);
  });
});

describe('capability statements', () => {
  const sandbox = createSandbox();
  test('the Foundations statement references every profile with its version', async () => {
    const statement = (await (await sandbox.handle(gpcRequest('F1'))).json()) as CapabilityStatement;
    for (const profile of statement.profile ?? []) expect(profile.reference).toMatch(/\/_history\/\d+(\.\d+)+$/);
  });
  test('the Foundations statement does not advertise an Appointment search it cannot serve', async () => {
    const statement = (await (await sandbox.handle(gpcRequest('F1'))).json()) as CapabilityStatement;
    const appointment = statement.rest?.[0]?.resource?.find((r) => r.type === 'Appointment');
    expect(appointment?.interaction?.map((i) => i.code)).not.toContain('search-type');
    expect(appointment?.searchParam).toBeUndefined();
  });
});

describe('structured record coverage and bounds', () => {
  const sandbox = createSandbox();
  test('a problem in patient2 record carries actualProblem, and its target is in the Bundle', async () => {
    const body = parameters(nhsNumber('patient2'), { name: 'includeProblems' });
    const bundle = (await (await sandbox.handle(gpcRequest('S1', { body }))).json()) as Bundle;
    const keys = new Set(bundle.entry?.map((e) => `${e.resource?.resourceType}/${e.resource?.id}`));
    const actual = bundle.entry
      ?.flatMap(
        (e) =>
          (e.resource as { extension?: { url: string; valueReference?: { reference: string } }[] }).extension ?? [],
      )
      .filter(
        (e) => e.url === 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ActualProblem-1',
      );
    expect(actual?.length).toBeGreaterThan(0);
    for (const extension of actual ?? []) expect(keys.has(extension.valueReference?.reference as string)).toBe(true);
  });
  test('thousands of unknown parameters get one bounded warning naming the first few', async () => {
    const unknown = Array.from({ length: 5000 }, (_, i) => ({ name: `unknown${i}` }));
    const response = await sandbox.handle(
      gpcRequest('S1', {
        body: parameters(
          nhsNumber('patient2'),
          { name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: false }] },
          ...unknown,
        ),
      }),
    );
    const bundle = (await response.json()) as Bundle;
    const outcome = bundle.entry?.find((e) => e.resource?.resourceType === 'OperationOutcome')?.resource as unknown as {
      issue: { diagnostics: string }[];
    };
    expect(outcome.issue).toHaveLength(1);
    expect(outcome.issue[0]?.diagnostics).toBe(
      '5000 unrecognised parameters, starting unknown0, unknown1, unknown2, unknown3, unknown4',
    );
  });
});
