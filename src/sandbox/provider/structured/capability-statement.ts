// The Access Record Structured CapabilityStatement (S3, https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_get_the_fhir_capability_statement.html), emitted as valid JSON unlike the published template.
import type { CapabilityStatement } from 'fhir/r3';
import {
  FHIR_VERSION,
  capabilities,
  operationDefinitions,
  versionedProfileUrl,
  type ProfileKey,
} from '../../../spec/index.ts';
import { SERVED_MEDIA_TYPES } from '../../format/negotiate.ts';

/** The profiles the 1.6.2 ARS statement lists, each with its `/_history/<version>`. */
export const STRUCTURED_PROFILES: ProfileKey[] = [
  'patient',
  'organization',
  'practitioner',
  'practitionerRole',
  'allergyIntolerance',
  'medication',
  'medicationStatement',
  'medicationRequest',
  'list',
  'structuredRecordBundle',
  'operationOutcome',
  'immunization',
  'problemHeader',
  'encounter',
  'observation',
  'diagnosticReport',
  'specimen',
  'procedureRequest',
  'referralRequest',
  'documentReference',
  'healthcareService',
];

const operation = ({ name, url, history }: { name: string; url: string; history: string }) => ({
  name,
  definition: { reference: `${url}/_history/${history}` },
});

/** `format` lists FHIR JSON and FHIR XML, as the specification's template does; the sandbox serves both. */
export function buildStructuredCapabilityStatement(releaseDate: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    meta: { profile: ['http://hl7.org/fhir/StructureDefinition/CapabilityStatement'] },
    version: capabilities.structured.version,
    name: 'GP Connect API - Access Record Structured',
    status: 'active',
    date: releaseDate,
    publisher: 'GP Connect developer portal sandbox',
    description:
      'A synthetic Access Record Structured provider for learning and testing. It holds no real patient data.',
    kind: 'capability',
    software: { name: 'GP Connect sandbox', version: capabilities.structured.version, releaseDate },
    fhirVersion: FHIR_VERSION,
    acceptUnknown: 'both',
    format: [...SERVED_MEDIA_TYPES],
    profile: STRUCTURED_PROFILES.map((key) => ({ reference: versionedProfileUrl(key) })),
    rest: [
      {
        mode: 'server',
        security: { cors: true },
        operation: [
          operation(operationDefinitions.getStructuredRecord),
          operation(operationDefinitions.migrateStructuredRecord),
        ],
      },
    ],
  };
}
