// The people a reader can pick in <TryIt>: the test pack's patients and the PDS-only register candidates.
import { registerCandidates, testPatientList } from '../../spec/test-patients.ts';

/** One entry of the patient picker. */
export interface PatientChoice {
  /** Test-pack key (patient2) or `pds-<NHS number>` for people only PDS knows. */
  key: string;
  nhsNumber: string;
  /** Display name, for example "Mr Horace SKELLY". */
  label: string;
  /** What the patient is for. */
  role: string;
  name: { given: string; family: string; prefix?: string };
  gender?: 'male' | 'female';
  birthDate?: string;
  /** Logical id at the practice holding the record. */
  logicalId?: string;
  practice?: string;
}

export const patientChoices: readonly PatientChoice[] = [
  ...testPatientList.map((patient) => ({
    key: patient.key,
    nhsNumber: patient.nhsNumber,
    label: `${patient.name.prefix} ${patient.name.given} ${patient.name.family}`,
    role: patient.role,
    name: patient.name,
    gender: patient.gender,
    birthDate: patient.birthDate,
    ...(patient.logicalId ? { logicalId: patient.logicalId } : {}),
    ...(patient.practice ? { practice: patient.practice } : {}),
  })),
  ...registerCandidates.map((person) => ({
    key: `pds-${person.nhsNumber}`,
    nhsNumber: person.nhsNumber,
    label: `${person.name.given} ${person.name.family} (PDS only)`,
    role: person.role,
    name: person.name,
    ...(person.gender ? { gender: person.gender } : {}),
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
  })),
];

/** The picker entry with that key, or undefined. */
export function findPatientChoice(key: string | null | undefined): PatientChoice | undefined {
  return key ? patientChoices.find((choice) => choice.key === key) : undefined;
}
