// Builds an investigation: DiagnosticReport, its test request, specimen, test group, results and filing comments.
import type { CodeableConcept, DiagnosticReport, Observation, ProcedureRequest, Quantity, Specimen } from 'fhir/r3';
import { actors } from '../actors.ts';
import { snomed, type RecordBuilder } from '../record.ts';

export interface TestResultSpec {
  name: string;
  code: CodeableConcept;
  value: Quantity;
  range?: { low?: number; high?: number };
  /** HL7 v2 abnormal flag: H, L or N. */
  flag?: 'H' | 'L' | 'N';
}

export interface InvestigationSpec {
  name: string;
  /** What was asked for (the ProcedureRequest's code). */
  request: CodeableConcept;
  specimen: CodeableConcept;
  /** Days from now the sample was taken; the report is issued two days later. */
  collected: number;
  /** Title of the test group header, when the results form a panel. */
  group?: CodeableConcept;
  results: TestResultSpec[];
  filingComments?: string[];
}

const FLAG_SYSTEM = 'http://hl7.org/fhir/v2/0078';
const flagDisplay = { H: 'High', L: 'Low', N: 'Normal' } as const;

/** Adds the investigation to the investigations area; returns the DiagnosticReport's `Type/id` key. */
export const addInvestigation = (b: RecordBuilder, spec: InvestigationSpec): string => {
  const base = b.id(`inv-${spec.name}`);
  const issuedDay = spec.collected + 2;
  const lab = { reference: actors.hospital };
  const request: ProcedureRequest = {
    resourceType: 'ProcedureRequest',
    id: `${base}-request`,
    meta: b.meta('procedureRequest'),
    identifier: b.identifier(`${base}-request`),
    status: 'completed',
    intent: 'order',
    code: spec.request,
    subject: { reference: b.subject.patient },
    authoredOn: b.dateTime(spec.collected - 1),
    requester: { agent: { reference: b.subject.gp } },
    performer: lab,
  };
  const requestRef = b.add(request);
  const specimen: Specimen = {
    resourceType: 'Specimen',
    id: `${base}-specimen`,
    meta: b.meta('specimen'),
    identifier: b.identifier(`${base}-specimen`),
    type: spec.specimen,
    subject: { reference: b.subject.patient },
    receivedTime: b.dateTime(spec.collected, '14:00'),
    collection: { collectedDateTime: b.dateTime(spec.collected, '08:40') },
  };
  const specimenRef = b.add(specimen);
  const results = spec.results.map((result) => {
    const id = `${base}-${result.name}`;
    const observation: Observation = {
      resourceType: 'Observation',
      id,
      meta: b.meta('observation'),
      identifier: b.identifier(id),
      status: 'final',
      category: [
        { coding: [{ system: 'http://hl7.org/fhir/observation-category', code: 'laboratory', display: 'Laboratory' }] },
      ],
      code: result.code,
      subject: { reference: b.subject.patient },
      effectiveDateTime: b.dateTime(spec.collected, '08:40'),
      issued: b.dateTime(issuedDay, '16:20'),
      performer: [lab],
      valueQuantity: result.value,
      specimen: specimenRef,
      ...(result.flag
        ? {
            interpretation: { coding: [{ system: FLAG_SYSTEM, code: result.flag, display: flagDisplay[result.flag] }] },
          }
        : {}),
      ...(result.range
        ? {
            referenceRange: [
              {
                ...(result.range.low !== undefined ? { low: { ...result.value, value: result.range.low } } : {}),
                ...(result.range.high !== undefined ? { high: { ...result.value, value: result.range.high } } : {}),
              },
            ],
          }
        : {}),
    };
    return b.add(observation);
  });
  const group = (code: CodeableConcept): Observation => ({
    resourceType: 'Observation',
    id: `${base}-group`,
    meta: b.meta('observation'),
    identifier: b.identifier(`${base}-group`),
    status: 'final',
    code,
    subject: { reference: b.subject.patient },
    issued: b.dateTime(issuedDay, '16:20'),
    performer: [lab],
    specimen: specimenRef,
    related: results.map((target) => ({ type: 'has-member', target })),
  });
  const members = spec.group ? [b.add(group(spec.group))] : results;
  const comment = (text: string, i: number): Observation => ({
    resourceType: 'Observation',
    id: `${base}-filing-${i + 1}`,
    meta: b.meta('observation'),
    identifier: b.identifier(`${base}-filing-${i + 1}`),
    status: 'final',
    code: snomed('37331000000100', 'Comment note'),
    subject: { reference: b.subject.patient },
    effectiveDateTime: b.dateTime(issuedDay + 1, '09:00'),
    issued: b.dateTime(issuedDay + 1, '09:00'),
    performer: [{ reference: b.subject.gp }],
    comment: text,
  });
  const comments = (spec.filingComments ?? []).map((text, i) => b.add(comment(text, i)));
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: base,
    meta: b.meta('diagnosticReport'),
    identifier: b.identifier(base),
    basedOn: [requestRef],
    status: 'final',
    category: {
      coding: [
        { system: 'http://hl7.org/fhir/v2/0074', code: 'PAT', display: 'Pathology (gross & histopath, not surgical)' },
      ],
    },
    code: snomed('721981007', 'Diagnostic studies report'),
    subject: { reference: b.subject.patient },
    issued: b.dateTime(issuedDay, '16:20'),
    performer: [{ actor: lab }],
    specimen: [specimenRef],
    result: [...members, ...comments],
  };
  return b.add(report, 'investigations').reference;
};
