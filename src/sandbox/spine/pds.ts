// An imitation of a PDS trace: demographics and the registered practice's ODS code for an NHS number (https://developer.nhs.uk/apis/gpconnect/integration_illustrated.html, https://developer.nhs.uk/apis/gpconnect/integration_spine_directory_service.html).
//
// Request:  GET /spine/pds/Patient/{nhsNumber}
// Answer:   200 a FHIR STU3 Patient (no GP Connect profile: PDS is not a GP Connect provider) whose
//           generalPractitioner[0].identifier is the registered practice's ODS code
//           (https://fhir.nhs.uk/Id/ods-organization-code); 9000000084 → T99999, the spec's worked example.
//           A sensitive record comes back with meta.security R (restricted) and without address, telecom or GP.
//           400 INVALID_NHS_NUMBER for a malformed or superseded number, 404 PATIENT_NOT_FOUND for one PDS lacks.
import type { Patient } from 'fhir/r3';
import {
  identifierSystems,
  pdsExtractExamples,
  registerCandidates,
  testPatientList,
  type PdsOnlyPerson,
  type TestPatient,
} from '../../spec/index.ts';
import { fhirResponse } from '../respond.ts';
import { SpineError } from '../spine-error.ts';
import { checkNhsNumber } from '../validate/identifiers.ts';

/** What PDS holds about a person. */
export interface PdsRecord {
  nhsNumber: string;
  name: { prefix?: string; given: string; family: string };
  gender?: 'male' | 'female';
  birthDate?: string;
  deathDate?: string;
  sensitive: boolean;
  superseded: boolean;
  /** ODS code of the registered GP practice. */
  gpOds?: string;
}

const fromTestPatient = (p: TestPatient): PdsRecord => ({
  nhsNumber: p.nhsNumber,
  name: p.name,
  gender: p.gender,
  birthDate: p.birthDate,
  ...(p.deathDate ? { deathDate: p.deathDate } : {}),
  sensitive: Boolean(p.flags.sensitive),
  superseded: Boolean(p.flags.superseded),
  ...(p.practice ? { gpOds: p.practice } : {}),
});

const fromPdsOnly = (p: PdsOnlyPerson): PdsRecord => ({
  nhsNumber: p.nhsNumber,
  name: p.name,
  ...(p.gender ? { gender: p.gender } : {}),
  ...(p.birthDate ? { birthDate: p.birthDate } : {}),
  ...(p.deathDate ? { deathDate: p.deathDate } : {}),
  sensitive: Boolean(p.sensitive),
  superseded: false,
  ...(p.gpOds ? { gpOds: p.gpOds } : {}),
});

// Patients the test pack says PDS does not know (patient14, patientNotInSystem) are left out.
const records: readonly PdsRecord[] = [
  ...testPatientList.filter((p) => !p.flags.notOnPds).map(fromTestPatient),
  ...registerCandidates.map(fromPdsOnly),
  ...pdsExtractExamples.map(fromPdsOnly),
];

/** The PDS record for an NHS number, or undefined when PDS does not know it. */
export const tracePds = (nhsNumber: string): PdsRecord | undefined => records.find((r) => r.nhsNumber === nhsNumber);

function toPatient(record: PdsRecord): Patient {
  return {
    resourceType: 'Patient',
    id: record.nhsNumber,
    ...(record.sensitive
      ? { meta: { security: [{ system: 'http://hl7.org/fhir/v3/Confidentiality', code: 'R', display: 'restricted' }] } }
      : {}),
    identifier: [{ system: identifierSystems.nhsNumber.system, value: record.nhsNumber }],
    name: [
      {
        use: 'official',
        family: record.name.family,
        given: [record.name.given],
        ...(record.name.prefix ? { prefix: [record.name.prefix] } : {}),
      },
    ],
    ...(record.gender ? { gender: record.gender } : {}),
    ...(record.birthDate ? { birthDate: record.birthDate } : {}),
    ...(record.deathDate ? { deceasedDateTime: record.deathDate } : {}),
    ...(record.gpOds && !record.sensitive
      ? {
          generalPractitioner: [
            {
              identifier: { system: identifierSystems.odsOrganization.system, value: record.gpOds },
            },
          ],
        }
      : {}),
  };
}

export async function handlePds(request: Request, url: URL): Promise<Response> {
  const match = /^\/spine\/pds\/Patient\/([^/]*)$/.exec(url.pathname);
  if (!match) throw new SpineError('BAD_REQUEST', 'PDS traces are GET /spine/pds/Patient/{nhsNumber}.');
  if (request.method !== 'GET') throw new SpineError('BAD_REQUEST', `PDS traces use GET, not ${request.method}.`);
  const nhsNumber = match[1] ?? '';
  checkNhsNumber(nhsNumber);
  const record = tracePds(nhsNumber);
  if (!record) throw new SpineError('PATIENT_NOT_FOUND', `PDS holds no patient with NHS number ${nhsNumber}.`);
  if (record.superseded) {
    throw new SpineError(
      'INVALID_NHS_NUMBER',
      `NHS number ${nhsNumber} has been superseded on PDS; trace the patient again to get the current number.`,
    );
  }
  return fhirResponse(toPatient(record));
}
