// Named examples for Foundations (F1-F9): find and read patients, practitioners, organisations and locations, and
// register a patient. Each one states what the sandbox answers.
import { identifierSystems } from '../../spec/identifier-systems.ts';
import { UNKNOWN_ODS_CODE } from '../../spec/practices.ts';
import { REGISTER_PATIENT_PARAMETER } from '../../spec/appointments.ts';
import { profileUrl } from '../../spec/profiles.ts';
import { testPractitioners, UNKNOWN_SDS_USER_ID } from '../../spec/test-practitioners.ts';
import type { Example, ExampleContext } from './types.ts';

const ok = { status: 200 } as const;

/** `system|value`, the token form of an identifier search. */
export const token = (system: string, value: string): string => `${system}|${value}`;

const findPatient = ({ patient }: ExampleContext) => ({
  query: [['identifier', token(identifierSystems.nhsNumber.system, patient?.nhsNumber ?? '')]] as Array<
    [string, string]
  >,
});

/** Swaps the last digit for one that cannot be the Modulus 11 check digit. */
const breakCheckDigit = (nhsNumber: string): string =>
  nhsNumber.slice(0, 9) + String((Number(nhsNumber[9] ?? 0) + 1) % 10);

const registerBody = ({ patient }: ExampleContext) => ({
  body: {
    resourceType: 'Parameters',
    parameter: [
      {
        name: REGISTER_PATIENT_PARAMETER,
        resource: {
          resourceType: 'Patient',
          meta: { profile: [profileUrl('patient')] },
          identifier: [{ system: identifierSystems.nhsNumber.system, value: patient?.nhsNumber ?? '' }],
          name: [{ use: 'official', family: patient?.name.family ?? '', given: [patient?.name.given ?? ''] }],
          ...(patient?.gender ? { gender: patient.gender } : {}),
          ...(patient?.birthDate ? { birthDate: patient.birthDate } : {}),
        },
      },
    ],
  },
});

const practitioner1 = testPractitioners.practitioner1;

export const foundationExamples = {
  F1: {
    metadata: { title: 'Read the capability statement', expect: ok, build: () => ({}) },
  },
  F2: {
    'find-patient2': { title: 'Find patient2 by NHS number', expect: ok, patient: 'patient2', build: findPatient },
    'find-bad-check-digit': {
      title: 'An NHS number with a wrong check digit',
      expect: { status: 400, code: 'INVALID_NHS_NUMBER' },
      patient: 'patient2',
      build: (context) => ({
        query: [
          ['identifier', token(identifierSystems.nhsNumber.system, breakCheckDigit(context.patient?.nhsNumber ?? ''))],
        ],
      }),
    },
    'find-sensitive-patient9': {
      title: 'A sensitive patient: an empty Bundle',
      expect: ok,
      patient: 'patient9',
      build: findPatient,
    },
  },
  F3: {
    'read-patient2': {
      title: 'Read patient2',
      expect: ok,
      patient: 'patient2',
      build: ({ patient }) => ({ path: `/Patient/${patient?.logicalId ?? ''}` }),
    },
    'read-unknown-patient': {
      title: 'A logical id nobody has',
      expect: { status: 404, code: 'PATIENT_NOT_FOUND' },
      build: () => ({ path: '/Patient/999999' }),
    },
  },
  F4: {
    'find-practitioner1': {
      title: 'Find practitioner1 by SDS user id',
      expect: ok,
      build: () => ({ query: [['identifier', token(identifierSystems.sdsUser.system, practitioner1.sdsUserId)]] }),
    },
    'find-unknown-practitioner': {
      title: 'An SDS user id nobody has: an empty Bundle',
      expect: ok,
      build: () => ({ query: [['identifier', token(identifierSystems.sdsUser.system, UNKNOWN_SDS_USER_ID)]] }),
    },
  },
  F5: {
    'read-practitioner': {
      title: 'Read practitioner1',
      expect: ok,
      build: () => ({ path: `/Practitioner/${practitioner1.records[0].logicalId}` }),
    },
  },
  F6: {
    'find-org1': {
      title: 'Find ORG1 by ODS code',
      expect: ok,
      build: ({ practice }) => ({
        query: [['identifier', token(identifierSystems.odsOrganization.system, practice.odsCode)]],
      }),
    },
    'find-unknown-org': {
      title: 'An ODS code nobody has: an empty Bundle',
      expect: ok,
      build: () => ({ query: [['identifier', token(identifierSystems.odsOrganization.system, UNKNOWN_ODS_CODE)]] }),
    },
  },
  F7: {
    'read-org': {
      title: "Read the practice's Organization",
      expect: ok,
      build: ({ practice }) => ({ path: `/Organization/${practice.organizationId}` }),
    },
  },
  F8: {
    'read-location': {
      title: "Read the practice's first site",
      expect: ok,
      build: ({ practice }) => ({ path: `/Location/${practice.sites[0]?.locationId ?? ''}` }),
    },
    'read-unknown-location': {
      title: 'A Location nobody has',
      expect: { status: 404, code: 'NO_RECORD_FOUND' },
      build: () => ({ path: '/Location/999999' }),
    },
  },
  F9: {
    'register-patient': {
      title: 'Register a person PDS knows as a temporary patient',
      expect: ok,
      patient: 'pds-9651258500',
      build: registerBody,
    },
    'register-superseded-patient11': {
      title: 'A superseded NHS number',
      expect: { status: 400, code: 'INVALID_NHS_NUMBER' },
      patient: 'patient11',
      build: registerBody,
    },
    'register-deceased-patient18': {
      title: 'A deceased patient',
      expect: { status: 400, code: 'INVALID_PATIENT_DEMOGRAPHICS' },
      patient: 'patient18',
      build: registerBody,
    },
  },
} satisfies Record<string, Record<string, Example>>;
