// Patient demographics and status of the test patients (https://developer.nhs.uk/apis/gpconnect/testing_data.html), and the Patient resources built from them.
import type { Patient } from 'fhir/r3';
import {
  NHS_NUMBER_VERIFIED,
  codeSystems,
  extensions,
  findPractice,
  identifierSystems,
  profileUrl,
  registrationTypes,
  testPatientList,
  type Practice,
  type TestPatient,
} from '../../spec/index.ts';
import { SEED_VERSION_ID } from './organisations.ts';

/** A patient held at a sandbox practice. */
export interface HeldPatient {
  patient: TestPatient;
  practice: Practice;
  logicalId: string;
}

/** Every seeded patient at the practice. */
export const listHeldPatients = (odsCode: string): HeldPatient[] =>
  testPatientList
    .filter((p) => p.practice === odsCode && p.logicalId)
    .map((patient) => ({
      patient,
      practice: findPractice(odsCode) as Practice,
      logicalId: patient.logicalId as string,
    }));

export const findHeldPatient = (
  odsCode: string,
  match: { nhsNumber?: string; logicalId?: string },
): HeldPatient | undefined =>
  listHeldPatients(odsCode).find(
    ({ patient, logicalId }) =>
      (match.nhsNumber === undefined || patient.nhsNumber === match.nhsNumber) &&
      (match.logicalId === undefined || logicalId === match.logicalId),
  );

/**
 * Whether a provider may return the patient at all: not PDS-sensitive, not deceased, still active (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_find_a_patient.html, https://developer.nhs.uk/apis/gpconnect/foundations_ig.html).
 * Dissent is not here: it only blocks record access (ARS, Access Document).
 */
export const isReturnable = (patient: TestPatient): boolean =>
  !patient.flags.sensitive && !patient.flags.deceased && !patient.flags.inactive;

// Synthetic contact details: Ofcom drama numbers and a test address, never a real household.
const homePhone = (logicalId: string) => `01632 960${logicalId.padStart(3, '0').slice(-3)}`;

export interface PatientBuildOptions {
  versionId?: string;
  /** Registration type code; R (regular) for the seeded patients, T for Register a patient. */
  registrationType?: keyof typeof registrationTypes;
  /** End of a temporary registration. */
  registrationEnd?: string;
}

/** The CareConnect-GPC-Patient-1 resource of a held patient, as Foundations returns it (https://developer.nhs.uk/apis/gpconnect/foundations_use_case_find_a_patient.html). */
export function buildPatient(
  patient: TestPatient,
  practice: Practice,
  logicalId: string,
  options: PatientBuildOptions = {},
): Patient {
  const type = options.registrationType ?? 'R';
  return {
    resourceType: 'Patient',
    id: logicalId,
    meta: { versionId: options.versionId ?? SEED_VERSION_ID, profile: [profileUrl('patient')] },
    extension: [
      {
        url: extensions.registrationDetails,
        extension: [
          {
            url: 'registrationPeriod',
            valuePeriod: { start: '2018-10-01', ...(options.registrationEnd ? { end: options.registrationEnd } : {}) },
          },
          {
            url: 'registrationType',
            valueCodeableConcept: {
              coding: [{ system: codeSystems.registrationType, code: type, display: registrationTypes[type] }],
            },
          },
          { url: 'preferredBranchSurgery', valueReference: { reference: `Location/${practice.sites[0]?.locationId}` } },
        ],
      },
    ],
    identifier: [
      {
        system: identifierSystems.nhsNumber.system,
        value: patient.nhsNumber,
        extension: [
          {
            url: extensions.nhsNumberVerificationStatus,
            valueCodeableConcept: { coding: [{ ...NHS_NUMBER_VERIFIED }] },
          },
        ],
      },
    ],
    active: !patient.flags.inactive,
    name: [
      { use: 'official', family: patient.name.family, given: [patient.name.given], prefix: [patient.name.prefix] },
    ],
    telecom: [
      { system: 'phone', value: homePhone(logicalId), use: 'home' },
      ...(patient.mobile ? [{ system: 'phone' as const, value: patient.mobile, use: 'mobile' as const }] : []),
    ],
    gender: patient.gender,
    birthDate: patient.birthDate,
    ...(patient.deathDate ? { deceasedDateTime: patient.deathDate } : {}),
    address: [
      {
        use: 'home',
        line: [`${logicalId} Test Street`],
        city: 'Leeds',
        district: 'West Yorkshire',
        postalCode: 'LS1 4HY',
        country: 'ENG',
      },
    ],
    managingOrganization: { reference: `Organization/${practice.organizationId}` },
  };
}
