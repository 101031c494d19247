// Identifier systems and common code systems of GP Connect STU3 (https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html, https://developer.nhs.uk/apis/gpconnect/appointments_ig.html, https://developer.nhs.uk/apis/gpconnect/development_fhir_resource_guidance.html#profiles-for-each-capability-pack).

export interface IdentifierSystem {
  /** The system URL exactly as it goes in `Identifier.system`. */
  system: string;
  /** What the identifier names. */
  label: string;
  /** Where GP Connect uses it. */
  usedFor: string;
}

export const identifierSystems = {
  nhsNumber: {
    system: 'https://fhir.nhs.uk/Id/nhs-number',
    label: 'NHS number',
    usedFor: 'Patient search and the patientNHSNumber parameter',
  },
  odsOrganization: {
    system: 'https://fhir.nhs.uk/Id/ods-organization-code',
    label: 'ODS organisation code',
    usedFor: 'Organization, the JWT organisation, the booking organisation and slot searchFilter',
  },
  odsSite: { system: 'https://fhir.nhs.uk/Id/ods-site-code', label: 'ODS site code', usedFor: 'Location' },
  sdsUser: {
    system: 'https://fhir.nhs.uk/Id/sds-user-id',
    label: 'SDS user ID',
    usedFor: 'Practitioner search and the JWT',
  },
  sdsRoleProfile: {
    system: 'https://fhir.nhs.uk/Id/sds-role-profile-id',
    label: 'SDS role profile ID',
    usedFor: 'The JWT and PractitionerRole',
  },
  gmcNumber: { system: 'https://fhir.hl7.org.uk/Id/gmc-number', label: 'GMC number', usedFor: 'Practitioner' },
  gmpNumber: { system: 'https://fhir.hl7.org.uk/Id/gmp-number', label: 'GMP (GP) number', usedFor: 'Practitioner' },
  prescriptionOrderItem: {
    system: 'https://fhir.nhs.uk/Id/prescription-order-item-number',
    label: 'EPS prescription order item',
    usedFor: 'MedicationRequest',
  },
  prescriptionOrder: {
    system: 'https://fhir.nhs.uk/Id/prescription-order-number',
    label: 'EPS short-form prescription id',
    usedFor: 'MedicationRequest',
  },
  ubrn: { system: 'https://fhir.nhs.uk/Id/UBRN', label: 'e-RS UBRN', usedFor: 'ReferralRequest' },
  uecDosServiceId: {
    system: 'https://fhir.nhs.uk/Id/uec-dos-service-id',
    label: 'UEC DoS service id (draft 1.2.8)',
    usedFor: 'HealthcareService',
  },
} as const satisfies Record<string, IdentifierSystem>;

export type IdentifierSystemKey = keyof typeof identifierSystems;

/** DSTU2-era systems still printed in old examples; only the ODS one is still accepted, by organisation search. */
export const legacyIdentifierSystems = {
  nhsNumber: 'http://fhir.nhs.net/Id/nhs-number',
  odsOrganization: 'http://fhir.nhs.net/Id/ods-organization-code',
  sdsUser: 'http://fhir.nhs.net/sds-user-id',
} as const;

/** Code systems the portal and the sandbox refer to. */
export const codeSystems = {
  snomed: 'http://snomed.info/sct',
  readV2: 'http://read.info/readv2',
  ctv3: 'http://read.info/ctv3',
  emisDrug: 'https://fhir.hl7.org.uk/Id/emis-drug-codes',
  egton: 'https://fhir.hl7.org.uk/Id/egton-codes',
  multilex: 'https://fhir.hl7.org.uk/Id/multilex-drug-codes',
  gemscript: 'https://fhir.hl7.org.uk/Id/resipuk-gemscript-drug-codes',
  nhsNumberVerificationStatus: 'https://fhir.nhs.uk/CareConnect-NHSNumberVerificationStatus-1',
  /** The canonical URL of the same code system; the specification's examples use the short form above. */
  nhsNumberVerificationStatusCanonical: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1',
  registrationType: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1',
  humanLanguage: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1',
  deliveryChannel: 'https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-DeliveryChannel-1',
  organisationType: 'https://fhir.nhs.uk/STU3/CodeSystem/GPConnect-OrganisationType-1',
  sdsJobRoleName: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1',
  listWarningCode: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-ListWarningCode-1',
  secondaryListValues: 'https://fhir.hl7.org.uk/STU3/CodeSystem/GPConnect-SecondaryListValues-1',
  actCode: 'http://hl7.org/fhir/v3/ActCode',
} as const;

/** The NHS-number verification status every returned patient carries: `01`, present and verified. */
export const NHS_NUMBER_VERIFIED = {
  system: codeSystems.nhsNumberVerificationStatus,
  code: '01',
  display: 'Number present and verified',
} as const;

/** Registration types (CareConnect-RegistrationType-1); register a patient only ever creates `T`. */
export const registrationTypes = {
  R: 'Regular',
  E: 'Emergency',
  IN: 'Immediately necessary',
  T: 'Temporary',
  P: 'Private',
  O: 'Other',
  S: 'Synthetic Record',
} as const;
