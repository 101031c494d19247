// Builds diary entries (recalls): ProcedureRequests due on a date, often years ahead.
import type { CodeableConcept, ProcedureRequest } from 'fhir/r3';
import type { RecordBuilder } from '../record.ts';

export interface DiarySpec {
  name: string;
  code: CodeableConcept;
  /** Days from now it was set up (negative). */
  authored: number;
  /** Days from now it falls due. */
  due: number;
  note?: string;
}

/** Adds a diary entry to the diary area; returns its `Type/id` key. */
export const addDiaryEntry = (b: RecordBuilder, spec: DiarySpec): string => {
  const id = b.id(`diary-${spec.name}`);
  const entry: ProcedureRequest = {
    resourceType: 'ProcedureRequest',
    id,
    meta: b.meta('procedureRequest'),
    identifier: b.identifier(id),
    status: 'active',
    intent: 'plan',
    code: spec.code,
    subject: { reference: b.subject.patient },
    occurrenceDateTime: b.date(spec.due),
    authoredOn: b.dateTime(spec.authored),
    requester: { agent: { reference: b.subject.gp } },
    ...(spec.note ? { note: [{ text: spec.note }] } : {}),
  };
  return b.add(entry, 'diaryEntries').reference;
};
