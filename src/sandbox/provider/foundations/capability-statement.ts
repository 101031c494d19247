// The Foundations and Appointment Management CapabilityStatement (F1, https://developer.nhs.uk/apis/gpconnect/foundations_use_case_get_the_fhir_capability_statement.html), describing what the sandbox serves.
import type { CapabilityStatement } from 'fhir/r3';
import {
  FHIR_VERSION,
  REGISTER_PATIENT_OPERATION,
  SLOT_INCLUDE,
  SLOT_RECURSIVE_INCLUDES,
  capabilities,
  identifierSystems,
  operationDefinitions,
  versionedProfileUrl,
  type ProfileKey,
} from '../../../spec/index.ts';
import { SERVED_MEDIA_TYPES } from '../../format/negotiate.ts';

const PROFILES: ProfileKey[] = [
  'patient',
  'organization',
  'practitioner',
  'practitionerRole',
  'location',
  'operationOutcome',
  'appointment',
  'schedule',
  'slot',
  'allergyIntolerance',
  'medication',
  'medicationStatement',
  'medicationRequest',
  'list',
  'structuredRecordBundle',
  'immunization',
  'problemHeader',
  'encounter',
  'observation',
  'diagnosticReport',
  'specimen',
  'procedureRequest',
  'referralRequest',
];

// The 1.6.2 Foundations statement points at this version of the operation (the ARS statement at a later one).
const GET_STRUCTURED_RECORD_HISTORY = '1.15';

const token = (name: string, documentation: string) => ({ name, type: 'token' as const, documentation });

/**
 * Decisions: `version` is the capability's real version (1.2.9), not the stale "1.2.7" of the published template
 * (a decision listed on the Sandbox page, content/explore/sandbox.mdx); `format` lists FHIR JSON and FHIR XML, both of which the sandbox serves.
 */
export function buildFoundationsCapabilityStatement(releaseDate: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    meta: { profile: ['http://hl7.org/fhir/StructureDefinition/CapabilityStatement'] },
    version: capabilities.foundations.version,
    name: 'GP Connect',
    status: 'active',
    date: releaseDate,
    publisher: 'GP Connect developer portal sandbox',
    contact: [{ name: 'GP Connect developer portal' }],
    description: 'A synthetic GP Connect provider for learning and testing. It holds no real patient data.',
    kind: 'capability',
    software: { name: 'GP Connect sandbox', version: capabilities.foundations.version, releaseDate },
    fhirVersion: FHIR_VERSION,
    acceptUnknown: 'both',
    format: [...SERVED_MEDIA_TYPES],
    profile: PROFILES.map((key) => ({ reference: versionedProfileUrl(key) })),
    rest: [
      {
        mode: 'server',
        security: { cors: true },
        resource: [
          {
            type: 'Patient',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [token('identifier', `NHS Number (i.e. ${identifierSystems.nhsNumber.system}|123456789)`)],
          },
          {
            type: 'Organization',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [token('identifier', `ODS Code (i.e. ${identifierSystems.odsOrganization.system}|A12345)`)],
          },
          {
            type: 'Practitioner',
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: [token('identifier', `SDS user id (i.e. ${identifierSystems.sdsUser.system}|G12345678)`)],
          },
          { type: 'Location', interaction: [{ code: 'read' }] },
          {
            type: 'Appointment',
            // Not search-type: a patient's appointments are GET [base]/Patient/{id}/Appointment, not a type search.
            interaction: [{ code: 'read' }, { code: 'create' }, { code: 'update' }],
            updateCreate: false,
          },
          {
            type: 'Slot',
            interaction: [{ code: 'search-type' }],
            searchInclude: [...SLOT_RECURSIVE_INCLUDES.slice(0, 2), SLOT_INCLUDE, SLOT_RECURSIVE_INCLUDES[2]],
            searchParam: [
              { name: 'start', type: 'date', documentation: 'Start of the search range: ge{date}' },
              { name: 'end', type: 'date', documentation: 'End of the search range: le{date}' },
              token('status', 'Only free'),
              token('searchFilter', 'Organisation ODS code or organisation type, as system|code'),
            ],
          },
        ],
        operation: [
          { name: 'gpc.registerpatient', definition: { reference: REGISTER_PATIENT_OPERATION } },
          {
            name: operationDefinitions.getStructuredRecord.name,
            definition: {
              reference: `${operationDefinitions.getStructuredRecord.url}/_history/${GET_STRUCTURED_RECORD_HISTORY}`,
            },
          },
        ],
      },
    ],
  };
}
