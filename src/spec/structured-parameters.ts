// src/spec/structured-parameters.ts: the parameters and parts of the get structured record operation, one row each.
// The sandbox's query reader, the consumer core's pre-send checks and the reference pages' tables all derive from
// this table, so what the widget warns about and what the provider answers cannot drift apart.
// https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_retrieve_patient_record.html
// (parameter table), and the 1.6.2 and 1.7.0 release notes for the parts that are not in 1.6.2.

/** The value a parameter or part carries on the wire ('(no value)' for the include parameters themselves). */
export type StructuredValueType = 'Identifier' | '(no value)' | 'boolean' | 'date' | 'Period' | 'positiveInt' | 'code';

export interface StructuredParameter {
  /** The name as it goes on the wire. */
  name: string;
  /** For a part: the top-level parameter it belongs to. */
  partOf?: string;
  type: StructuredValueType;
  cardinality: '0..1' | '1..1';
  description: string;
  example?: string;
  /** For a top-level parameter: parts of other areas that may not be sent with it (outside the predefined searches). */
  barredWith?: readonly string[];
  /** For a code: the values the operation accepts. */
  codes?: readonly string[];
  /**
   * Where the row stands against 1.6.2: in it, removed by it (1.6.2 dropped filterSignificance), or added by a
   * later release (1.7.0 adds filterPrescriptionType). A 1.6.2 provider treats the last two as unknown parts.
   */
  status?: { removedIn: string } | { addedIn: string };
}

/** Every row, in the order the OperationDefinition lists them; parts follow their parameter. */
export const structuredParameterTable: readonly StructuredParameter[] = [
  {
    name: 'patientNHSNumber',
    type: 'Identifier',
    cardinality: '1..1',
    description:
      'The patient whose record is wanted: system https://fhir.nhs.uk/Id/nhs-number and a 10-digit NHS number that passes the Modulus 11 check.',
    example: '9690937286',
  },
  {
    name: 'includeAllergies',
    type: '(no value)',
    cardinality: '0..1',
    description: 'Return allergies and intolerances. Has one required part.',
  },
  {
    name: 'includeResolvedAllergies',
    partOf: 'includeAllergies',
    type: 'boolean',
    cardinality: '1..1',
    description:
      'Required whenever includeAllergies is sent. true adds ended allergies in a separate List; false returns active ones only.',
    example: 'true',
  },
  {
    name: 'includeMedication',
    type: '(no value)',
    cardinality: '0..1',
    description: 'Return medications and medical devices.',
  },
  {
    name: 'includePrescriptionIssues',
    partOf: 'includeMedication',
    type: 'boolean',
    cardinality: '0..1',
    description:
      'Default true. false leaves out the issue-level MedicationRequests (intent order) and keeps the authorisations.',
    example: 'false',
  },
  {
    name: 'medicationSearchFromDate',
    partOf: 'includeMedication',
    type: 'date',
    cardinality: '0..1',
    description: 'Medications active on or after this date. A whole date, not after today; there is no end date.',
    example: '2025-11-21',
  },
  {
    name: 'includeConsultations',
    type: '(no value)',
    cardinality: '0..1',
    barredWith: [
      'medicationSearchFromDate',
      'uncategorisedDataSearchPeriod',
      'filterStatus',
      'referralSearchPeriod',
      'diaryEntriesSearchDate',
      'includeNotGiven',
      'includeStatus',
    ],
    description: 'Return consultations with their structure and contents.',
  },
  {
    name: 'consultationSearchPeriod',
    partOf: 'includeConsultations',
    type: 'Period',
    cardinality: '0..1',
    description:
      'Consultations in this period: start and/or end as whole dates, neither after today, start not after end. Not with includeNumberOfMostRecent.',
  },
  {
    name: 'includeNumberOfMostRecent',
    partOf: 'includeConsultations',
    type: 'positiveInt',
    cardinality: '0..1',
    description: 'Only the N most recent consultations, by Encounter.period.start. Not with consultationSearchPeriod.',
    example: '3',
  },
  {
    name: 'includeProblems',
    type: '(no value)',
    cardinality: '0..1',
    barredWith: [
      'medicationSearchFromDate',
      'uncategorisedDataSearchPeriod',
      'referralSearchPeriod',
      'diaryEntriesSearchDate',
      'includeNotGiven',
      'includeStatus',
    ],
    description: 'Return problems with everything linked to them.',
  },
  {
    name: 'filterStatus',
    partOf: 'includeProblems',
    type: 'code',
    codes: ['active', 'inactive'],
    cardinality: '0..1',
    description:
      'active or inactive: filters problems on their clinical status. Leave it out to get every problem and every link between problems.',
    example: 'active',
  },
  { name: 'includeImmunisations', type: '(no value)', cardinality: '0..1', description: 'Return immunisations.' },
  {
    name: 'includeNotGiven',
    partOf: 'includeImmunisations',
    type: 'boolean',
    cardinality: '0..1',
    description: 'Default false: only immunisations that were given. true adds those recorded as not given.',
    example: 'true',
  },
  {
    name: 'includeStatus',
    partOf: 'includeImmunisations',
    type: 'boolean',
    cardinality: '0..1',
    description:
      'Default true: also return the observations that record consent to or refusal of immunisation. false returns Immunization resources only.',
    example: 'false',
  },
  {
    name: 'includeUncategorisedData',
    type: '(no value)',
    cardinality: '0..1',
    description: 'Return uncategorised observations, blood pressure included.',
  },
  {
    name: 'uncategorisedDataSearchPeriod',
    partOf: 'includeUncategorisedData',
    type: 'Period',
    cardinality: '0..1',
    description: 'Whole dates, neither after today, start not after end; compared with Observation.effective.',
  },
  {
    name: 'includeInvestigations',
    type: '(no value)',
    cardinality: '0..1',
    description: 'Return investigations and test results.',
  },
  {
    name: 'investigationSearchPeriod',
    partOf: 'includeInvestigations',
    type: 'Period',
    cardinality: '0..1',
    description: 'Whole dates, neither after today; compared with DiagnosticReport.issued.',
  },
  { name: 'includeReferrals', type: '(no value)', cardinality: '0..1', description: 'Return outbound referrals.' },
  {
    name: 'referralSearchPeriod',
    partOf: 'includeReferrals',
    type: 'Period',
    cardinality: '0..1',
    description: 'Whole dates, neither after today; compared with ReferralRequest.authoredOn.',
  },
  {
    name: 'includeDiaryEntries',
    type: '(no value)',
    cardinality: '0..1',
    description: 'Return diary entries (recalls and planned activities).',
  },
  {
    name: 'diaryEntriesSearchDate',
    partOf: 'includeDiaryEntries',
    type: 'date',
    cardinality: '0..1',
    description: 'Entries due on or before this date. A whole date that is today or later.',
    example: '2027-11-21',
  },
  {
    name: 'filterSignificance',
    partOf: 'includeProblems',
    type: 'code',
    cardinality: '0..1',
    description: 'major or minor: filtered problems on their significance until 1.6.2 removed it.',
    codes: ['major', 'minor'],
    status: { removedIn: '1.6.2' },
  },
  {
    name: 'filterPrescriptionType',
    partOf: 'includeMedication',
    type: 'code',
    cardinality: '0..1',
    description: 'Filters medications on their prescription type; added by 1.7.0.',
    status: { addedIn: '1.7.0' },
  },
];

/** The rows of 1.6.2, the version the sandbox serves: what the reference pages list. */
export const structuredParameters = structuredParameterTable.filter((row) => row.status === undefined);

/** The top-level parameter that names the patient. */
export const NHS_NUMBER_PARAMETER = 'patientNHSNumber';

/** The 1.6.2 clinical-area parameters, each with its 1.6.2 parts. */
export const structuredAreas: ReadonlyMap<string, readonly StructuredParameter[]> = new Map(
  structuredParameters
    .filter((row) => row.partOf === undefined && row.name !== NHS_NUMBER_PARAMETER)
    .map((area) => [area.name, structuredParameters.filter((row) => row.partOf === area.name)]),
);
