// Builds a medication: the MedicationStatement, its authorisation (plan), its issues (orders) and the Medication.
import type { CodeableConcept, Extension, Medication, MedicationRequest, MedicationStatement } from 'fhir/r3';
import { extensions } from '../../../../spec/profiles.ts';
import type { RecordBuilder } from '../record.ts';

// GP Connect code systems of the medication extensions (CareConnect profiles, not restated elsewhere in the project).
const PRESCRIPTION_TYPE_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescriptionType-1';
const PRESCRIBING_AGENCY_SYSTEM = 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-PrescribingAgency-1';

export type PrescriptionType = 'acute' | 'repeat';

export interface MedicationSpec {
  name: string;
  /** The dm+d product (SNOMED CT VMP). */
  product: CodeableConcept;
  type: PrescriptionType;
  /** Days from now the authorisation started (negative). */
  start: number;
  /** Days from now it ended; absent while it runs (an acute without an end counts only on its start day). */
  end?: number;
  /** Why it was stopped early (gives status `stopped`). */
  stoppedReason?: string;
  dosage: string;
  quantity: { value: number; unit: string };
  /** Days between repeat issues; acutes are issued once. */
  issueEvery?: number;
  /** Days one issue lasts. */
  supplyDays: number;
  /** Started by another organisation (a hospital): recorded here, but never issued by the practice. */
  prescribedElsewhere?: boolean;
  confidential?: boolean;
}

const coded = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
});

/** Adds the medication to the medications area; returns the MedicationStatement's `Type/id` key. */
export const addMedication = (b: RecordBuilder, spec: MedicationSpec): string => {
  const base = b.id(`med-${spec.name}`);
  const medication: Medication = {
    resourceType: 'Medication',
    id: `${base}-product`,
    meta: b.meta('medication'),
    code: spec.product,
  };
  const medicationRef = b.add(medication);
  const lastDay = Math.min(spec.end ?? 0, 0);
  const issueDays = spec.prescribedElsewhere ? [] : issueOffsets(spec, lastDay);
  // An acute without an end date is over once its supply has run out.
  const finished = (spec.end ?? (spec.type === 'acute' ? spec.start + spec.supplyDays : 0)) < 0;
  const status = spec.stoppedReason ? 'stopped' : finished ? 'completed' : 'active';
  const validity = { start: b.date(spec.start), ...(spec.end !== undefined ? { end: b.date(spec.end) } : {}) };
  const confidential = spec.confidential;

  const planExtensions: Extension[] = [
    {
      url: extensions.prescriptionType,
      valueCodeableConcept: coded(PRESCRIPTION_TYPE_SYSTEM, spec.type, spec.type === 'acute' ? 'Acute' : 'Repeat'),
    },
  ];
  if (spec.type === 'repeat') {
    planExtensions.push({
      url: extensions.medicationRepeatInformation,
      extension: [
        { url: 'numberOfRepeatPrescriptionsIssued', valueUnsignedInt: issueDays.length },
        ...(spec.end !== undefined ? [{ url: 'authorisationExpiryDate', valueDateTime: b.date(spec.end) }] : []),
      ],
    });
  }
  if (spec.stoppedReason && spec.end !== undefined) {
    planExtensions.push({
      url: extensions.medicationStatusReason,
      extension: [
        { url: 'statusReason', valueCodeableConcept: { text: spec.stoppedReason } },
        { url: 'statusChangeDate', valueDateTime: b.date(spec.end) },
      ],
    });
  }
  const plan: MedicationRequest = {
    resourceType: 'MedicationRequest',
    id: `${base}-plan`,
    meta: b.meta('medicationRequest', confidential),
    extension: planExtensions,
    identifier: b.identifier(`${base}-plan`),
    status: status === 'stopped' ? 'stopped' : status,
    intent: 'plan',
    medicationReference: medicationRef,
    subject: { reference: b.subject.patient },
    authoredOn: b.date(spec.start),
    recorder: { reference: b.subject.gp },
    dosageInstruction: [{ text: spec.dosage }],
    dispenseRequest: {
      validityPeriod: validity,
      quantity: { value: spec.quantity.value, unit: spec.quantity.unit },
      expectedSupplyDuration: { value: spec.supplyDays, unit: 'day', system: 'http://unitsofmeasure.org', code: 'd' },
    },
  };
  const planRef = b.add(plan);

  issueDays.forEach((day, index) => {
    const issueId = `${base}-issue-${index + 1}`;
    const issue: MedicationRequest = {
      resourceType: 'MedicationRequest',
      id: issueId,
      meta: b.meta('medicationRequest', confidential),
      extension: [planExtensions[0]!],
      identifier: b.identifier(issueId),
      basedOn: [planRef],
      status: 'completed',
      intent: 'order',
      medicationReference: medicationRef,
      subject: { reference: b.subject.patient },
      authoredOn: b.date(day),
      recorder: { reference: b.subject.gp },
      dosageInstruction: [{ text: spec.dosage }],
      dispenseRequest: {
        validityPeriod: { start: b.date(day), end: b.date(day + spec.supplyDays) },
        quantity: { value: spec.quantity.value, unit: spec.quantity.unit },
      },
    };
    b.add(issue);
  });

  const lastIssue = issueDays.at(-1);
  const statement: MedicationStatement = {
    resourceType: 'MedicationStatement',
    id: base,
    meta: b.meta('medicationStatement', confidential),
    extension: [
      {
        url: extensions.prescribingAgency,
        valueCodeableConcept: spec.prescribedElsewhere
          ? coded(PRESCRIBING_AGENCY_SYSTEM, 'prescribed-by-another-organisation', 'Prescribed by another organisation')
          : coded(PRESCRIBING_AGENCY_SYSTEM, 'prescribed-at-gp-practice', 'Prescribed at GP practice'),
      },
      ...(lastIssue !== undefined
        ? [{ url: extensions.medicationStatementLastIssueDate, valueDateTime: b.date(lastIssue) }]
        : []),
    ],
    identifier: b.identifier(base),
    basedOn: [planRef],
    status,
    medicationReference: medicationRef,
    effectivePeriod: validity,
    dateAsserted: b.dateTime(spec.start),
    subject: { reference: b.subject.patient },
    taken: 'unk',
    dosage: [{ text: spec.dosage }],
  };
  return b.add(statement, 'medications', { confidential }).reference;
};

/** Issue days: once for an acute, every `issueEvery` days for a repeat, up to its end or today. */
const issueOffsets = (spec: MedicationSpec, lastDay: number): number[] => {
  if (spec.type === 'acute' || !spec.issueEvery) return [spec.start];
  const days: number[] = [];
  for (let day = spec.start; day <= lastDay; day += spec.issueEvery) days.push(day);
  return days;
};

/** The prescription type an authorisation carries, read back by the date filter. */
export const prescriptionTypeOf = (plan: MedicationRequest): string | undefined =>
  plan.extension?.find((e) => e.url === extensions.prescriptionType)?.valueCodeableConcept?.coding?.[0]?.code;

/** True for a medication another organisation prescribed (always returned, whatever the from-date). */
export const isPrescribedElsewhere = (statement: MedicationStatement): boolean =>
  statement.extension?.some(
    (e) =>
      e.url === extensions.prescribingAgency &&
      e.valueCodeableConcept?.coding?.[0]?.code === 'prescribed-by-another-organisation',
  ) ?? false;
