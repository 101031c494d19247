// The clinical records by NHS number: built for "now" and the practice's references, and cached for the day.
import { testPatients } from '../../../spec/test-patients.ts';
import { RecordBuilder, type BinarySource, type ClinicalRecord, type RecordSubject } from './record.ts';
import {
  addCurrentAndEndedAllergies,
  addPatient16Record,
  addPatient17Record,
  addPatient4Record,
  addPatient5Record,
} from './patients/allergy-roles.ts';
import {
  addEverydayRecord,
  addPatient12Record,
  addPatient13Record,
  addPatient1Record,
  addPatient3Record,
} from './patients/other-roles.ts';
import { addPatient2Record } from './patients/patient2/index.ts';

type Fill = (b: RecordBuilder) => void;

// Keyed by test-pack actor; the prefix keeps resource ids unique between patients.
const fills: Partial<Record<keyof typeof testPatients, { prefix: string; fill: Fill }>> = {
  patient1: { prefix: 'p1', fill: addPatient1Record },
  patient2: { prefix: 'p2', fill: addPatient2Record },
  patient3: { prefix: 'p3', fill: addPatient3Record },
  patient4: { prefix: 'p4', fill: addPatient4Record },
  patient5: { prefix: 'p5', fill: addPatient5Record },
  patient6: { prefix: 'p6', fill: addCurrentAndEndedAllergies('peanut') },
  patient7: { prefix: 'p7', fill: addCurrentAndEndedAllergies('shellfish') },
  patient8: { prefix: 'p8', fill: addCurrentAndEndedAllergies('penicillin') },
  patient12: { prefix: 'p12', fill: addPatient12Record },
  patient13: { prefix: 'p13', fill: addPatient13Record },
  patient16: { prefix: 'p16', fill: addPatient16Record },
  patient17: { prefix: 'p17', fill: addPatient17Record },
  patient19: { prefix: 'p19', fill: addEverydayRecord },
  patientNoAppointments: { prefix: 'p20', fill: addEverydayRecord },
  workedExample: { prefix: 'p84', fill: addEverydayRecord },
};

const byNhsNumber = new Map(
  Object.entries(fills).map(([key, entry]) => [testPatients[key as keyof typeof testPatients].nhsNumber, entry]),
);

const cache = new Map<string, ClinicalRecord>();
const CACHE_LIMIT = 64;

/**
 * The record of the patient with that NHS number, dated relative to `now` (an empty record for a held patient with
 * no clinical data, such as the sensitive ones, whom the provider refuses before reading it anyway).
 */
export const findRecord = (nhsNumber: string, now: Date, subject: RecordSubject): ClinicalRecord => {
  const key = [
    nhsNumber,
    now.toISOString().slice(0, 10),
    subject.patient,
    subject.practice,
    subject.gp,
    subject.documentsBase,
  ].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const entry = byNhsNumber.get(nhsNumber);
  const builder = new RecordBuilder(now, subject, entry?.prefix ?? `n${nhsNumber}`);
  entry?.fill(builder);
  const record = builder.build();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, record);
  return record;
};

/** The NHS numbers that have clinical records (for the documentation and tests). */
export const recordNhsNumbers = (): string[] => [...byNhsNumber.keys()];

/** Finds a document file among the records of the given patients, with the patient it belongs to. */
export const findBinary = (
  candidates: { nhsNumber: string; subject: RecordSubject }[],
  binaryId: string,
  now: Date,
): { nhsNumber: string; binary: BinarySource; record: ClinicalRecord } | undefined => {
  for (const { nhsNumber, subject } of candidates) {
    const record = findRecord(nhsNumber, now, subject);
    const binary = record.binaries.get(binaryId);
    if (binary) return { nhsNumber, binary, record };
  }
  return undefined;
};

export type { BinarySource, ClinicalRecord, RecordSubject } from './record.ts';
