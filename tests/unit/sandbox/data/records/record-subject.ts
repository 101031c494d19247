// The references and clock the record tests build a synthetic clinical record with (patient2 at ORG7).
import type { RecordSubject } from '../../../../../src/sandbox/data/records/index.ts';

export const subject: RecordSubject = {
  patient: 'Patient/2',
  practice: 'Organization/7',
  gp: 'Practitioner/1',
  documentsBase: 'https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect/documents',
};

export const now = new Date('2026-03-15T12:00:00Z');
