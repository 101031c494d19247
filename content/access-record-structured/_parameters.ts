// The get structured record parameters of 1.6.2 (facts §9.2) as ParamTable rows, shared by the parameters and S1 pages.

interface ParamRow {
  name: string;
  type: string;
  cardinality: string;
  description: string;
  example?: string;
  partOf?: string;
}

/** Top-level parameters, each followed by its parts, in the order the OperationDefinition lists them. */
export const structuredParameters: ParamRow[] = [
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
    description: 'Return problems with everything linked to them.',
  },
  {
    name: 'filterStatus',
    partOf: 'includeProblems',
    type: 'code',
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
];
