// FHIR profiles, extensions and ARS code systems of GP Connect: canonical URLs with their versions.
// https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_resources_overview.html
import { CAPABILITY_KEYS, type CapabilityKey } from './capabilities.ts';
import { codeSystems } from './identifier-systems.ts';

/** Where NHS England's STU3 StructureDefinitions (profiles and extensions) live. */
export const NHS_SD = 'https://fhir.nhs.uk/STU3/StructureDefinition/';
const HL7UK_SD = 'https://fhir.hl7.org.uk/STU3/StructureDefinition/';

/**
 * The clinical areas of Access Record Structured, as the provider's enablement switches name them.
 * https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html
 */
export const CLINICAL_AREAS = [
  'allergies',
  'medications',
  'consultations',
  'problems',
  'immunisations',
  'uncategorised',
  'investigations',
  'referrals',
  'diaryEntries',
  'documents',
] as const;
export type ClinicalArea = (typeof CLINICAL_AREAS)[number];

export interface Profile {
  /** Canonical URL, without a version. */
  url: string;
  /** Version held in the ASSETS repository (develop). */
  version: string;
  /** Version the 1.6.2 capability statements reference as `/_history/<x>`, when they list the profile. */
  history?: string;
  /** Capabilities whose responses carry the profile. */
  capabilities: CapabilityKey[];
  /** ARS clinical areas that use the profile (none: used by every area or outside ARS). */
  areas?: ClinicalArea[];
}

const all = CAPABILITY_KEYS;
const ars = [...CLINICAL_AREAS];

const nhs = (
  name: string,
  version: string,
  capabilities: CapabilityKey[],
  areas?: ClinicalArea[],
  history?: string,
): Profile => ({
  url: NHS_SD + name,
  version,
  capabilities,
  ...(areas ? { areas } : {}),
  ...(history ? { history } : {}),
});

/** The resource profiles GP Connect 1.2.9 / 1.6.2 responses carry in `meta.profile`. */
export const profiles = {
  patient: nhs('CareConnect-GPC-Patient-1', '1.8.0', all, undefined, '1.8'),
  organization: nhs('CareConnect-GPC-Organization-1', '1.4.0', all, undefined, '1.4'),
  practitioner: nhs('CareConnect-GPC-Practitioner-1', '1.3.0', all, undefined, '1.3'),
  practitionerRole: nhs('CareConnect-GPC-PractitionerRole-1', '1.2.0', ['structured', 'documents'], undefined, '1.2'),
  location: nhs('CareConnect-GPC-Location-1', '1.3.0', ['foundations', 'appointments', 'structured']),
  slot: nhs('GPConnect-Slot-1', '1.5.0', ['appointments']),
  schedule: nhs('GPConnect-Schedule-1', '1.6.0', ['appointments']),
  appointment: nhs('GPConnect-Appointment-1', '1.7.0', ['appointments']),
  operationOutcome: nhs('GPConnect-OperationOutcome-1', '1.2.0', all, undefined, '1.2'),
  searchsetBundle: nhs('GPConnect-Searchset-Bundle-1', '1.3.0', ['foundations', 'documents'], undefined, '1.3'),
  structuredRecordBundle: nhs('GPConnect-StructuredRecord-Bundle-1', '1.3.0', ['structured'], undefined, '1.3'),
  list: nhs('CareConnect-GPC-List-1', '1.7.0', ['structured'], ars, '1.7'),
  allergyIntolerance: nhs('CareConnect-GPC-AllergyIntolerance-1', '1.7.0', ['structured'], ['allergies'], '1.7'),
  medication: nhs('CareConnect-GPC-Medication-1', '1.2.0', ['structured'], ['medications'], '1.2'),
  medicationStatement: nhs('CareConnect-GPC-MedicationStatement-1', '1.9.0', ['structured'], ['medications'], '1.7'),
  medicationRequest: nhs('CareConnect-GPC-MedicationRequest-1', '1.7.0', ['structured'], ['medications'], '1.6'),
  immunization: nhs('CareConnect-GPC-Immunization-1', '1.5.0', ['structured'], ['immunisations'], '1.5'),
  problemHeader: nhs('CareConnect-GPC-ProblemHeader-Condition-1', '1.8.0', ['structured'], ['problems'], '1.7'),
  encounter: nhs('CareConnect-GPC-Encounter-1', '1.6.1', ['structured'], ['consultations'], '1.5'),
  observation: nhs(
    'CareConnect-GPC-Observation-1',
    '1.7',
    ['structured'],
    ['uncategorised', 'investigations', 'immunisations', 'consultations'],
    '1.7',
  ),
  diagnosticReport: nhs('CareConnect-GPC-DiagnosticReport-1', '1.3.0', ['structured'], ['investigations'], '1.3'),
  specimen: nhs('CareConnect-GPC-Specimen-1', '1.3.0', ['structured'], ['investigations'], '1.3'),
  procedureRequest: nhs(
    'CareConnect-GPC-ProcedureRequest-1',
    '1.4.0',
    ['structured'],
    ['investigations', 'diaryEntries'],
    '1.4',
  ),
  referralRequest: nhs('CareConnect-GPC-ReferralRequest-1', '1.2.0', ['structured'], ['referrals'], '1.2'),
  documentReference: nhs(
    'CareConnect-GPC-DocumentReference-1',
    '1.3',
    ['structured', 'documents'],
    ['documents'],
    '1.3',
  ),
  healthcareService: {
    url: `${HL7UK_SD}CareConnect-HealthcareService-1`,
    version: '1.0',
    history: '1.0',
    capabilities: ['structured'],
    areas: ['referrals'],
  },
} as const satisfies Record<string, Profile>;

export type ProfileKey = keyof typeof profiles;

/** A profile URL as a response's `meta.profile` holds it (unversioned). */
export const profileUrl = (key: ProfileKey): string => profiles[key].url;

/** A profile URL as a capability statement references it (`.../_history/<version>`). */
export const versionedProfileUrl = (key: ProfileKey): string => {
  const { url, history, version } = profiles[key] as Profile;
  return `${url}/_history/${history ?? version}`;
};

/** Extensions the sandbox's resources use (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html#profiles-for-each-capability-pack, §9.10). */
export const extensions = {
  registrationDetails: `${NHS_SD}Extension-CareConnect-GPC-RegistrationDetails-1`,
  nhsNumberVerificationStatus: `${NHS_SD}Extension-CareConnect-GPC-NHSNumberVerificationStatus-1`,
  nhsCommunication: `${NHS_SD}Extension-CareConnect-GPC-NHSCommunication-1`,
  listWarningCode: `${NHS_SD}Extension-CareConnect-GPC-ListWarningCode-1`,
  clinicalSetting: `${NHS_SD}Extension-CareConnect-GPC-ClinicalSetting-1`,
  allergyIntoleranceEnd: `${NHS_SD}Extension-CareConnect-GPC-AllergyIntoleranceEnd-1`,
  actualProblem: `${HL7UK_SD}Extension-CareConnect-ActualProblem-1`,
  relatedProblemHeader: `${HL7UK_SD}Extension-CareConnect-RelatedProblemHeader-1`,
  relatedClinicalContent: `${HL7UK_SD}Extension-CareConnect-RelatedClinicalContent-1`,
  problemSignificance: `${HL7UK_SD}Extension-CareConnect-ProblemSignificance-1`,
  medicationRepeatInformation: `${NHS_SD}Extension-CareConnect-GPC-MedicationRepeatInformation-1`,
  medicationStatusReason: `${NHS_SD}Extension-CareConnect-GPC-MedicationStatusReason-1`,
  prescriptionType: `${NHS_SD}Extension-CareConnect-GPC-PrescriptionType-1`,
  prescribingAgency: `${NHS_SD}Extension-CareConnect-GPC-PrescribingAgency-1`,
  medicationStatementLastIssueDate: `${NHS_SD}Extension-CareConnect-GPC-MedicationStatementLastIssueDate-1`,
  medicationQuantityText: `${NHS_SD}Extension-CareConnect-GPC-MedicationQuantityText-1`,
  dateRecorded: `${NHS_SD}Extension-CareConnect-GPC-DateRecorded-1`,
  parentPresent: `${NHS_SD}Extension-CareConnect-GPC-ParentPresent-1`,
  evidence: `${NHS_SD}Extension-CareConnect-GPC-Evidence-1`,
  codingSctDescId: `${HL7UK_SD}Extension-coding-sctdescid`,
} as const;

/** Operation definitions the ARS capability statement points at (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_get_the_fhir_capability_statement.html). */
export const operationDefinitions = {
  getStructuredRecord: {
    name: 'gpc.getstructuredrecord',
    url: 'https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1',
    history: '1.16',
  },
  migrateStructuredRecord: {
    name: 'gpc.migratestructuredrecord',
    url: 'https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-MigrateStructuredRecord-Operation-1',
    history: '1.1',
  },
} as const;

/** Code systems of the ARS Lists (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_list.html, https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html#profiles-for-each-capability-pack). */
export const LIST_WARNING_SYSTEM = codeSystems.listWarningCode;
export const SECONDARY_LIST_SYSTEM = codeSystems.secondaryListValues;
export const SNOMED_SYSTEM = codeSystems.snomed;

/** `List.extension[clinicalSetting]`: SNOMED "General practice service". */
export const CLINICAL_SETTING = { code: '1060971000000108', display: 'General practice service' } as const;

/** The primary Lists of a structured record: SNOMED code and title (the titles of the facts' main table). */
export const primaryLists = {
  allergies: { code: '886921000000105', title: 'Allergies and adverse reactions', area: 'allergies' },
  endedAllergies: { code: '1103671000000101', title: 'Ended allergies', area: 'allergies' },
  consultations: { code: '1149501000000101', title: 'List of consultations', area: 'consultations' },
  diaryEntries: { code: '714311000000108', title: 'Patient recall administration', area: 'diaryEntries' },
  immunisations: { code: '1102181000000102', title: 'Immunisations', area: 'immunisations' },
  investigations: { code: '887191000000108', title: 'Investigations and results', area: 'investigations' },
  medications: { code: '933361000000108', title: 'Medications and medical devices', area: 'medications' },
  referrals: { code: '792931000000107', title: 'Outbound referral', area: 'referrals' },
  problems: { code: '717711000000103', title: 'Problems', area: 'problems' },
  uncategorised: { code: '826501000000100', title: 'Uncategorised data', area: 'uncategorised' },
} as const satisfies Record<string, { code: string; title: string; area: ClinicalArea }>;

export type PrimaryListKey = keyof typeof primaryLists;

/** The secondary List codes (GPConnect-SecondaryListValues-1); each title is the code in sentence form. */
export const secondaryListCodes = [
  'consultations-allergies-contained-in-consultations',
  'consultations-allergies-that-have-been-ended-contained-in-consultations',
  'consultations-diary-entries-contained-in-consultations',
  'consultations-documents-contained-in-consultations',
  'consultations-immunisations-contained-in-consultations',
  'consultations-investigations-contained-in-consultations',
  'consultations-medications-contained-in-consultations',
  'consultations-outbound-referrals-in-consultations',
  'consultations-problems-contained-in-consultations',
  'consultations-uncategorised-data-contained-in-consultations',
  'problems-allergies-related-to-problems',
  'problems-allergies-that-have-been-ended-related-to-problems',
  'problems-consultations-related-to-problems',
  'problems-diary-entries-related-to-problems',
  'problems-documents-related-to-problems',
  'problems-immunisations-related-to-problems',
  'problems-investigations-related-to-problems',
  'problems-medications-related-to-problems',
  'problems-outbound-referrals-related-to-problems',
  'problems-linked-problems-not-relating-to-the-primary-query',
  'problems-uncategorised-data-related-to-problems',
] as const;

export type SecondaryListCode = (typeof secondaryListCodes)[number];

/** "problems-medications-related-to-problems" → "Problems - medications related to problems". */
export const secondaryListTitle = (code: SecondaryListCode): string => {
  const [first = '', ...rest] = code.split('-');
  return `${first[0]?.toUpperCase()}${first.slice(1)} - ${rest.join(' ')}`;
};

/** SNOMED codes of the 2–3 level consultation structure Lists. */
export const consultationStructureLists = {
  consultation: { code: '325851000000107', display: 'Consultation' },
  topic: { code: '25851000000105', display: 'Topic (EHR)' },
  heading: { code: '24781000000107', display: 'Category (EHR)' },
} as const;

/** List warning codes with the `List.note` text a provider emits (`{date}`: the dd-Mmm-yyyy registration date). */
export const listWarnings = {
  'confidential-items': {
    display: 'Confidential Items',
    note: 'Items excluded due to confidentiality and/or patient preferences.',
  },
  'data-in-transit': {
    display: 'Data in Transit',
    note: 'Patient record transfer from previous GP practice not yet complete; information recorded before {date} may be missing.',
  },
  'data-awaiting-filing': {
    display: 'Data Awaiting Filing',
    note: 'Patient record contains some items in the GP practice workflow that have not been reviewed for inclusion in this message; information recorded before {date} may be missing.',
  },
} as const;

export type ListWarningCode = keyof typeof listWarnings;

/** `List.emptyReason` and `List.note` of an empty List. */
export const EMPTY_LIST = {
  // The code system of the spec's own example (allergies_response3.json), not HL7's list-empty-reason.
  system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListEmptyReasonCode-1',
  code: 'no-content-recorded',
  display: 'No Content Recorded',
  note: 'Information not available',
} as const;

/** SNOMED "No known allergy" (716186003): the explicit coding of patient5's record. */
export const NO_KNOWN_ALLERGY = { code: '716186003', display: 'No known allergy' } as const;

/** The `NOPAT` security label (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html#general-fhir-resource-population-requirements). */
export const NOPAT = {
  system: codeSystems.actCode,
  code: 'NOPAT',
  display: "no disclosure to patient, family or caregivers without attending provider's authorization",
} as const;
