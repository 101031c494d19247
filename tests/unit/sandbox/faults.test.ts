// The structured-record fault scenarios, in process: a clinical area switched off at the practice, and a record
// whose Lists carry every List warning code.
import type { Bundle, List, OperationOutcome } from 'fhir/r3';
import { describe, expect, test } from 'vitest';
import { createSandbox, withFaults } from '../../../src/sandbox/index.ts';
import { consultationStructureLists, extensions, listWarnings, primaryLists } from '../../../src/spec/index.ts';
import { gpcRequest } from './gpc-request.ts';

const ASID = '200000000115';
const SPINE_CODES = 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1';

function faultySandbox() {
  const handle = withFaults(createSandbox(), { delayMs: 0 });
  const switchOn = async (...scenarios: string[]) => {
    const response = await handle(
      new Request('http://sandbox.test/_sandbox/faults', {
        method: 'POST',
        headers: { 'Ssp-From': ASID, 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenarios }),
      }),
    );
    expect(response.status).toBe(200);
  };
  const readRecord = async (...parameters: object[]) => {
    const response = await handle(
      gpcRequest('S1', {
        body: {
          resourceType: 'Parameters',
          parameter: [
            {
              name: 'patientNHSNumber',
              valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9690937286' },
            },
            ...parameters,
          ],
        },
      }),
    );
    expect(response.status).toBe(200);
    return { fault: response.headers.get('X-Sandbox-Fault'), bundle: (await response.json()) as Bundle };
  };
  return { handle, switchOn, readRecord };
}

const ALLERGIES = { name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: false }] };
const MEDICATION = { name: 'includeMedication' };
const CONSULTATIONS = {
  name: 'includeConsultations',
  part: [{ name: 'includeNumberOfMostRecent', valuePositiveInt: 3 }],
};

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource);
const lists = (bundle: Bundle) => resources(bundle).filter((r): r is List => r?.resourceType === 'List');
const listCoded = (bundle: Bundle, code: string) => lists(bundle).find((l) => l.code?.coding?.[0]?.code === code);
const outcomeOf = (bundle: Bundle) =>
  resources(bundle).find((r): r is OperationOutcome => r?.resourceType === 'OperationOutcome');
const warningCodes = (list: List) =>
  (list.extension ?? []).filter((e) => e.url === extensions.listWarningCode).map((e) => e.valueCode);

describe('the area-off fault', () => {
  test('switches off the first area asked for: an empty List with its empty reason, and the NOT_IMPLEMENTED warning', async () => {
    const sandbox = faultySandbox();
    await sandbox.switchOn('area-off');
    const { fault, bundle } = await sandbox.readRecord(ALLERGIES, MEDICATION);
    expect(fault).toBe('area-off');
    const allergies = listCoded(bundle, primaryLists.allergies.code);
    expect(allergies?.entry).toBeUndefined();
    expect(allergies?.emptyReason?.coding?.[0]?.code).toBe('no-content-recorded');
    expect(resources(bundle).some((r) => r?.resourceType === 'AllergyIntolerance')).toBe(false);
    expect(outcomeOf(bundle)?.issue).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'not-supported',
        diagnostics: 'includeAllergies',
        details: expect.objectContaining({
          coding: [expect.objectContaining({ system: SPINE_CODES, code: 'NOT_IMPLEMENTED' })],
          text: 'includeAllergies has been disabled',
        }),
      }),
    );
    expect(listCoded(bundle, primaryLists.medications.code)?.entry?.length).toBeGreaterThan(0);
  });

  test('returns the whole record again once the scenario is switched off', async () => {
    const sandbox = faultySandbox();
    await sandbox.switchOn('area-off');
    await sandbox.readRecord(ALLERGIES);
    await sandbox.switchOn();
    const { fault, bundle } = await sandbox.readRecord(ALLERGIES);
    expect(fault).toBeNull();
    expect(listCoded(bundle, primaryLists.allergies.code)?.entry?.length).toBeGreaterThan(0);
    expect(outcomeOf(bundle)).toBeUndefined();
  });
});

describe('the every-warning fault', () => {
  test('puts every List warning code, with its note, on each clinical List and none on consultation structure', async () => {
    const sandbox = faultySandbox();
    await sandbox.switchOn('every-warning');
    const { fault, bundle } = await sandbox.readRecord(ALLERGIES, MEDICATION, CONSULTATIONS);
    expect(fault).toBe('every-warning');
    const structure = new Set<string>(Object.values(consultationStructureLists).map((c) => c.code));
    const [clinical, shaping] = [
      lists(bundle).filter((l) => !structure.has(l.code?.coding?.[0]?.code ?? '')),
      lists(bundle).filter((l) => structure.has(l.code?.coding?.[0]?.code ?? '')),
    ];
    expect(clinical.length).toBeGreaterThan(3);
    expect(shaping.length).toBeGreaterThan(0);
    for (const list of clinical) {
      expect(warningCodes(list).sort(), list.title).toEqual(Object.keys(listWarnings).sort());
      expect(list.note?.map((n) => n.text)).toContain(listWarnings['confidential-items'].note);
      expect(
        list.note?.some((n) => /^Patient record contains some items in the GP practice workflow/.test(n.text)),
      ).toBe(true);
    }
    for (const list of shaping) expect(warningCodes(list)).toEqual([]);
  });

  test('leaves other interactions alone: a metadata read is answered as usual', async () => {
    const sandbox = faultySandbox();
    await sandbox.switchOn('every-warning');
    const response = await sandbox.handle(gpcRequest('F1'));
    expect([response.status, response.headers.get('X-Sandbox-Fault')]).toEqual([200, null]);
  });
});
