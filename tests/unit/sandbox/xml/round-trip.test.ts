// JSON → XML → JSON gives back the original, over every resource the sandbox returns: every named example (each
// interaction, its errors and its OperationOutcomes), and the whole structured record of every test patient.
import { beforeAll, describe, expect, test } from 'vitest';
import { createMemoryStore, createSandbox } from '../../../../src/sandbox/index.ts';
import { fromXml } from '../../../../src/sandbox/xml/from-xml.ts';
import { toXml } from '../../../../src/sandbox/xml/to-xml.ts';
import { testPatientList } from '../../../../src/spec/index.ts';
import type { WireResponse } from '../../../../src/consumer/wire.ts';
import { examples, findExample } from '../../../../src/widgets/examples/index.ts';
import { buildWireRequest, createDraft, type RequestDraft } from '../../../../src/widgets/request/draft.ts';
import { runPrerequisites } from '../../../../src/widgets/request/prerequisites.ts';
import { exchangeWith } from '../../../../src/widgets/transport/index.ts';
import { gpcRequest } from '../gpc-request.ts';
import { everyArea, nhsNumber, parameters } from '../data/records/record-requests.ts';

const sandbox = createSandbox({ store: createMemoryStore() });
const seen = new Set<string>();

/** Every resource type in the body, nested ones included. */
function collectTypes(node: unknown): void {
  if (Array.isArray(node)) node.forEach(collectTypes);
  else if (node && typeof node === 'object') {
    const { resourceType } = node as { resourceType?: unknown };
    if (typeof resourceType === 'string') seen.add(resourceType);
    Object.values(node).forEach(collectTypes);
  }
}

function expectRoundTrip(body: string): void {
  const json = JSON.parse(body) as unknown;
  collectTypes(json);
  expect(fromXml(toXml(json), 64)).toEqual(json);
}

async function send(draft: RequestDraft): Promise<WireResponse> {
  const wire = buildWireRequest(draft, { base: 'http://127.0.0.1:4010', now: new Date() });
  const response = await exchangeWith((request) => sandbox.handle(request), wire);
  const contentType = response.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  if (response.body !== '' && contentType.startsWith('application/fhir+json')) expectRoundTrip(response.body);
  return response;
}

beforeAll(() => sandbox.reset());

describe('the JSON ↔ XML round trip', () => {
  for (const [interaction, named] of Object.entries(examples)) {
    for (const name of Object.keys(named)) {
      test(`keeps every resource of the ${interaction} ${name} example`, async () => {
        const example = findExample(interaction as never, name)!;
        let session = {};
        if (example.needs) {
          const first = createDraft(interaction as never, name, { now: new Date(), session });
          const context = {
            state: session,
            practice: first.practice,
            patient: first.patient,
            now: () => new Date(),
            send,
          };
          session = (await runPrerequisites(example.needs, context)).state;
        }
        await send(createDraft(interaction as never, name, { now: new Date(), session }));
      });
    }
  }

  test.each(testPatientList.map((p) => [p.key, p.nhsNumber] as const))(
    'keeps the whole structured record of %s',
    async (_key, number) => {
      const response = await sandbox.handle(gpcRequest('S1', { body: parameters(nhsNumber(number), ...everyArea()) }));
      expectRoundTrip(await response.text());
    },
  );

  test('has met every kind of resource the sandbox returns', () => {
    for (const type of [
      'AllergyIntolerance',
      'Appointment',
      'Binary',
      'Bundle',
      'CapabilityStatement',
      'Condition',
      'DocumentReference',
      'Encounter',
      'Immunization',
      'List',
      'Location',
      'Medication',
      'MedicationRequest',
      'MedicationStatement',
      'Observation',
      'OperationOutcome',
      'Organization',
      'Patient',
      'Practitioner',
      'PractitionerRole',
      'ProcedureRequest',
      'ReferralRequest',
      'Schedule',
      'Slot',
    ])
      expect(seen, type).toContain(type);
    console.log([...seen].sort().join(' '));
  });
});
