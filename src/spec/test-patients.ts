// The test patients of the official provider test pack (https://developer.nhs.uk/apis/gpconnect/testing_data.html), their roles, and the other useful NHS numbers.
import type { PracticeOds } from './practices.ts';

/** What makes a patient special; the sandbox's rules read these flags rather than NHS numbers. */
export interface PatientFlags {
  /** PDS sensitive (S) flag: left out of searches, 404 on record access, refused on register. */
  sensitive?: boolean;
  deceased?: boolean;
  /** Registration no longer active here. */
  inactive?: boolean;
  /** Dissented from record sharing: ARS and Access Document refuse, Foundations and Appointments still work. */
  dissent?: boolean;
  /** PDS holds the number as superseded. */
  superseded?: boolean;
  /** Merged patient record. */
  merged?: boolean;
  /** Record transfer from the previous practice is incomplete. */
  inTransit?: boolean;
  /** Known to the provider but not on PDS. */
  notOnPds?: boolean;
  /** Part of a multiple birth. */
  multipleBirth?: boolean;
}

export interface TestPatient {
  /** Test-pack actor name. */
  key: string;
  /** The 1.6.0-era NHS number (the current set). */
  nhsNumber: string;
  /** The 1.2.x-era NHS number, where one exists. */
  legacyNhsNumber?: string;
  name: { prefix: string; given: string; family: string };
  gender: 'male' | 'female';
  birthDate: string;
  deathDate?: string;
  /** What the patient is for, in one sentence. */
  role: string;
  /** ODS code of the practice holding the record, or undefined when no sandbox practice holds it. */
  practice?: PracticeOds;
  /** Logical id at that practice. */
  logicalId?: string;
  flags: PatientFlags;
  /** Extra telecom values the record must show. */
  mobile?: string;
}

const p = (row: TestPatient): TestPatient => row;

export const testPatients = {
  patient1: p({
    key: 'patient1',
    nhsNumber: '9690937278',
    legacyNhsNumber: '9658218865',
    name: { prefix: 'Mr', given: 'Lucien', family: 'SAMUAL' },
    gender: 'male',
    birthDate: '1938-12-11',
    role: 'An empty record: no allergies (and no "no known allergies" code) and no medications.',
    practice: 'B82617',
    logicalId: '1',
    flags: {},
  }),
  patient2: p({
    key: 'patient2',
    nhsNumber: '9690937286',
    legacyNhsNumber: '9658218873',
    name: { prefix: 'Mr', given: 'Horace', family: 'SKELLY' },
    gender: 'male',
    birthDate: '1925-04-21',
    role: 'The rich record: every structured clinical area has linked data, plus documents and sensitive migrate items.',
    practice: 'B82617',
    logicalId: '2',
    flags: {},
    mobile: '+447401254880',
  }),
  patient3: p({
    key: 'patient3',
    nhsNumber: '9690937294',
    legacyNhsNumber: '9658218881',
    name: { prefix: 'Mr', given: 'Samuel', family: 'HESLBY' },
    gender: 'male',
    birthDate: '1936-03-17',
    role: 'Past medications only and no problems, so investigations, referrals and diary entries stand unlinked.',
    practice: 'B82617',
    logicalId: '3',
    flags: {},
  }),
  patient4: p({
    key: 'patient4',
    nhsNumber: '9690937308',
    legacyNhsNumber: '9658218903',
    name: { prefix: 'Mr', given: 'West', family: 'CRANK' },
    gender: 'male',
    birthDate: '1925-07-04',
    role: 'Allergies and a single document larger than 5 MB, which retrieve refuses.',
    practice: 'B82617',
    logicalId: '4',
    flags: {},
  }),
  patient5: p({
    key: 'patient5',
    nhsNumber: '9690937375',
    legacyNhsNumber: '9658218989',
    name: { prefix: 'Mrs', given: 'Rosa', family: 'LOBB' },
    gender: 'female',
    birthDate: '1928-03-10',
    role: 'Coded "No Known Allergies", with current and repeat medications and no problems.',
    practice: 'B82617',
    logicalId: '5',
    flags: {},
  }),
  patient6: p({
    key: 'patient6',
    nhsNumber: '9690937383',
    legacyNhsNumber: '9658218997',
    name: { prefix: 'Ms', given: 'Angela', family: 'DOULBY' },
    gender: 'female',
    birthDate: '1953-06-14',
    role: 'Current and historical allergies and no problems.',
    practice: 'B82617',
    logicalId: '6',
    flags: {},
  }),
  patient7: p({
    key: 'patient7',
    nhsNumber: '9690937391',
    legacyNhsNumber: '9658219004',
    name: { prefix: 'Mrs', given: 'Mina', family: 'BAILEY' },
    gender: 'female',
    birthDate: '1953-06-30',
    role: 'Current and historical allergies and no problems.',
    practice: 'B82617',
    logicalId: '7',
    flags: {},
  }),
  patient8: p({
    key: 'patient8',
    nhsNumber: '9690937405',
    legacyNhsNumber: '9658219012',
    name: { prefix: 'Mrs', given: 'Winnie', family: 'PRING' },
    gender: 'female',
    birthDate: '1929-10-20',
    role: 'Current and historical allergies and no problems.',
    practice: 'B82617',
    logicalId: '8',
    flags: {},
  }),
  patient9: p({
    key: 'patient9',
    nhsNumber: '9690938533',
    legacyNhsNumber: '9658220142',
    name: { prefix: 'Mrs', given: 'Anita', family: 'CLAY' },
    gender: 'female',
    birthDate: '2000-09-09',
    role: 'PDS-sensitive: searches come back empty, reads and record requests say not found, registration is refused.',
    practice: 'B82617',
    logicalId: '9',
    flags: { sensitive: true },
  }),
  patient10: p({
    key: 'patient10',
    nhsNumber: '9690938541',
    legacyNhsNumber: '9658220150',
    name: { prefix: 'Ms', given: 'Tania', family: 'REEVES' },
    gender: 'female',
    birthDate: '1960-03-28',
    role: 'A second PDS-sensitive patient, treated exactly like patient9.',
    practice: 'B82617',
    logicalId: '10',
    flags: { sensitive: true },
  }),
  patient11: p({
    key: 'patient11',
    nhsNumber: '9690938622',
    legacyNhsNumber: '9658220223',
    name: { prefix: 'Mrs', given: 'Alexi', family: 'HORN' },
    gender: 'female',
    birthDate: '1978-11-28',
    role: 'Superseded on PDS, so registering the number fails with INVALID_NHS_NUMBER.',
    flags: { superseded: true },
  }),
  patient12: p({
    key: 'patient12',
    nhsNumber: '9690938614',
    legacyNhsNumber: '9658220215',
    name: { prefix: 'Miss', given: 'Elsa', family: 'LEARY' },
    gender: 'female',
    birthDate: '1965-12-17',
    role: 'A merged record holding past medications only.',
    practice: 'B82617',
    logicalId: '12',
    flags: { merged: true },
  }),
  patient13: p({
    key: 'patient13',
    nhsNumber: '9690938096',
    legacyNhsNumber: '9658219691',
    name: { prefix: 'Ms', given: 'Cecile', family: 'BESTON' },
    gender: 'female',
    birthDate: '2001-03-16',
    role: 'Record still in transit from the previous practice: every List carries the data-in-transit warning.',
    practice: 'B82617',
    logicalId: '13',
    flags: { inTransit: true },
  }),
  patient14: p({
    key: 'patient14',
    nhsNumber: '9476718943',
    legacyNhsNumber: '9476718943',
    name: { prefix: 'Ms', given: 'Georgina', family: 'HOPLEY' },
    gender: 'female',
    birthDate: '1927-05-15',
    role: 'Held by the practice but unknown to PDS, so registration fails with INVALID_PATIENT_DEMOGRAPHICS.',
    practice: 'B82617',
    logicalId: '14',
    flags: { notOnPds: true },
  }),
  patient15: p({
    key: 'patient15',
    nhsNumber: '9690938576',
    legacyNhsNumber: '9658220169',
    name: { prefix: 'Mrs', given: 'Dora', family: 'McCAIN' },
    gender: 'female',
    birthDate: '1972-09-16',
    role: 'Has dissented from sharing: record and document access give NO_PATIENT_CONSENT, appointments still work.',
    practice: 'B82617',
    logicalId: '15',
    flags: { dissent: true },
  }),
  patient16: p({
    key: 'patient16',
    nhsNumber: '9690938118',
    legacyNhsNumber: '9658219705',
    name: { prefix: 'Mrs', given: 'Sibyl', family: 'CRAINE' },
    gender: 'female',
    birthDate: '1983-11-24',
    role: 'A confidential allergy (confidential-items warning), a legacy allergy without end reason, and referrals.',
    practice: 'B82617',
    logicalId: '16',
    flags: {},
  }),
  patient17: p({
    key: 'patient17',
    nhsNumber: '9690938126',
    legacyNhsNumber: '9658219713',
    name: { prefix: 'Mrs', given: 'Doris', family: 'BOURKE' },
    gender: 'female',
    birthDate: '1984-06-09',
    role: 'Has ended (resolved) allergies, returned in their own contained List.',
    practice: 'B82617',
    logicalId: '17',
    flags: {},
  }),
  patient18: p({
    key: 'patient18',
    nhsNumber: '9690938681',
    legacyNhsNumber: '9658220290',
    name: { prefix: 'Mr', given: 'James', family: 'ROONEY' },
    gender: 'male',
    birthDate: '1968-02-03',
    deathDate: '1993-02-17',
    role: 'Deceased twin: left out of searches, not found for record access, refused on register.',
    practice: 'B82617',
    logicalId: '18',
    flags: { deceased: true, multipleBirth: true },
  }),
  patient19: p({
    key: 'patient19',
    nhsNumber: '9866105660',
    name: { prefix: 'PNA', given: 'PNA', family: 'PNA' },
    gender: 'male',
    birthDate: '2017-05-20',
    role: 'An ordinary registered patient with no special requirements.',
    practice: 'B82617',
    logicalId: '19',
    flags: {},
  }),
  patientNoAppointments: p({
    key: 'patientNoAppointments',
    nhsNumber: '9690938134',
    legacyNhsNumber: '9658219721',
    name: { prefix: 'Ms', given: 'Lori', family: 'GILDEA' },
    gender: 'female',
    birthDate: '1983-07-06',
    role: 'Has no appointments, so retrieving them gives an empty Bundle.',
    practice: 'B82617',
    logicalId: '20',
    flags: {},
  }),
  patient21: p({
    key: 'patient21',
    nhsNumber: '9690938142',
    legacyNhsNumber: '9658219748',
    name: { prefix: 'Miss', given: 'Eve', family: 'BUCK' },
    gender: 'female',
    birthDate: '1999-04-13',
    role: 'Registration no longer active: left out of searches and not found for record access.',
    practice: 'B82617',
    logicalId: '21',
    flags: { inactive: true },
  }),
  patientNotInSystem: p({
    key: 'patientNotInSystem',
    nhsNumber: '9999999999',
    legacyNhsNumber: '9999999999',
    name: { prefix: 'Mr', given: 'Nobody', family: 'ELSEWHERE' },
    gender: 'male',
    birthDate: '1980-01-01',
    role: 'A valid number that no sandbox practice holds: searches are empty and record access says not found.',
    flags: { notOnPds: true },
  }),
  workedExample: p({
    key: 'workedExample',
    nhsNumber: '9000000084',
    name: { prefix: 'Mr', given: 'Anthony', family: 'Tester' },
    gender: 'male',
    birthDate: '1975-05-05',
    role: "The spec's PDS → SDS → SSP walk-through: PDS places him at T99999, whose SDS entries lead to the provider.",
    practice: 'T99999',
    logicalId: '84',
    flags: {},
  }),
} as const satisfies Record<string, TestPatient>;

export type TestPatientKey = keyof typeof testPatients;
export const testPatientList: readonly TestPatient[] = Object.values(testPatients);

/** The address PDS holds for the worked-example patient (https://developer.nhs.uk/apis/gpconnect/integration_spine_directory_service.html). */
export const WORKED_EXAMPLE_ADDRESS = { line: ['19 Fictitious Avenue'], city: 'Testtown' } as const;

/** The test patient with that NHS number (current or 1.2.x), or undefined. */
export const findTestPatient = (nhsNumber: string): TestPatient | undefined =>
  testPatientList.find((patient) => patient.nhsNumber === nhsNumber || patient.legacyNhsNumber === nhsNumber);

export interface PdsOnlyPerson {
  nhsNumber: string;
  name: { given: string; family: string };
  gender?: 'male' | 'female';
  birthDate?: string;
  deathDate?: string;
  sensitive?: boolean;
  /** ODS code of the GP PDS records for them. */
  gpOds?: string;
  role: string;
}

/** People on the Spine test PDS whom no sandbox practice holds: candidates for Register a patient and PDS examples. */
export const registerCandidates: readonly PdsOnlyPerson[] = [
  {
    nhsNumber: '9651258500',
    name: { given: 'Clive', family: 'REA' },
    gender: 'male',
    birthDate: '1951-03-10',
    role: 'Register a patient: becomes a temporary patient.',
  },
  {
    nhsNumber: '9651258519',
    name: { given: 'Oscar', family: 'SOFFE' },
    gender: 'male',
    birthDate: '1937-03-11',
    role: 'Register a patient: a second candidate.',
  },
  {
    nhsNumber: '9651258527',
    name: { given: 'Tommy', family: 'FLYNN' },
    gender: 'male',
    birthDate: '1950-04-10',
    role: 'Register a patient: a third candidate.',
  },
  {
    nhsNumber: '9651258616',
    name: { given: 'Lesley', family: 'GRALEY' },
    gender: 'female',
    birthDate: '1920-03-02',
    role: 'Register a patient: an older candidate.',
  },
  {
    nhsNumber: '9651258713',
    name: { given: 'Josh', family: 'MOAH' },
    gender: 'male',
    birthDate: '2017-05-18',
    role: 'Register a patient: a child candidate.',
  },
];

/** Rows of the old PDS test extract the documentation quotes (https://developer.nhs.uk/apis/gpconnect/testing_data.html). */
export const pdsExtractExamples: readonly PdsOnlyPerson[] = [
  {
    nhsNumber: '9476113162',
    name: { given: 'Tania', family: 'HARDY' },
    gender: 'female',
    sensitive: true,
    gpOds: 'A21471',
    role: 'Sensitive on PDS: registering is refused.',
  },
  {
    nhsNumber: '9476719974',
    name: { given: 'Julian', family: 'PHELAN' },
    gender: 'male',
    deathDate: '2007-07-10',
    role: 'Died on PDS: registering is refused.',
  },
  {
    nhsNumber: '9476719931',
    name: { given: 'Minnie', family: 'DAWES' },
    gender: 'female',
    role: "The patient of the specification's Patient examples.",
  },
];

/** An NHS number whose check digit is wrong (the right one would be 9), for error examples. */
export const BAD_CHECK_DIGIT_NHS_NUMBER = '9000000008';
