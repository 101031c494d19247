// Practitioner resources of the test pack (https://developer.nhs.uk/apis/gpconnect/testing_data.html), built from src/spec/test-practitioners.ts.
import type { Practitioner } from 'fhir/r3';
import {
  codeSystems,
  extensions,
  identifierSystems,
  profileUrl,
  testPractitioners,
  type TestPractitioner,
} from '../../spec/index.ts';
import { SEED_VERSION_ID } from './organisations.ts';

type PractitionerRecord = TestPractitioner['records'][number];

function buildPractitioner(practitioner: TestPractitioner, record: PractitionerRecord): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: record.logicalId,
    meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('practitioner')] },
    ...(record.languages
      ? {
          extension: record.languages.map((code) => ({
            url: extensions.nhsCommunication,
            extension: [
              { url: 'language', valueCodeableConcept: { coding: [{ system: codeSystems.humanLanguage, code }] } },
            ],
          })),
        }
      : {}),
    identifier: [
      { system: identifierSystems.sdsUser.system, value: practitioner.sdsUserId },
      ...record.roleProfileIds.map((value) => ({ system: identifierSystems.sdsRoleProfile.system, value })),
    ],
    name: [{ use: 'usual', family: record.family, given: [record.given], prefix: [record.prefix] }],
    gender: record.gender,
  };
}

const all = Object.values(testPractitioners) as TestPractitioner[];

/** Every record carrying that SDS user id (two for practitioner5). */
export const findPractitionersBySdsId = (sdsUserId: string): Practitioner[] =>
  all.filter((p) => p.sdsUserId === sdsUserId).flatMap((p) => p.records.map((record) => buildPractitioner(p, record)));

export function findPractitionerById(id: string): Practitioner | undefined {
  for (const practitioner of all) {
    const record = practitioner.records.find((r) => r.logicalId === id);
    if (record) return buildPractitioner(practitioner, record);
  }
  return undefined;
}
