// The Access Document CapabilityStatement (D1, https://developer.nhs.uk/apis/gpconnect/access_documents_use_case_get_the_fhir_capability_statement.html).
import type { CapabilityStatement } from 'fhir/r3';
import {
  FHIR_VERSION,
  capabilities,
  identifierSystems,
  versionedProfileUrl,
  type ProfileKey,
} from '../../../spec/index.ts';
import { DOCUMENT_INCLUDES, DOCUMENT_REVINCLUDE } from './search-parameters.ts';
import { SERVED_MEDIA_TYPES } from '../../format/negotiate.ts';

const DOCUMENT_PROFILES: ProfileKey[] = [
  'patient',
  'organization',
  'practitioner',
  'practitionerRole',
  'operationOutcome',
  'documentReference',
  'searchsetBundle',
];

/** `format` lists FHIR JSON and FHIR XML, the two formats the sandbox reads and writes. */
export function buildDocumentsCapabilityStatement(releaseDate: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    meta: { profile: ['http://hl7.org/fhir/StructureDefinition/CapabilityStatement'] },
    version: capabilities.documents.version,
    name: 'GP Connect API - Access Document',
    status: 'active',
    date: releaseDate,
    publisher: 'GP Connect developer portal sandbox',
    description:
      'A synthetic Access Document provider for learning and testing. Its documents are generated, never real.',
    kind: 'capability',
    software: { name: 'GP Connect sandbox', version: capabilities.documents.version, releaseDate },
    fhirVersion: FHIR_VERSION,
    acceptUnknown: 'both',
    format: [...SERVED_MEDIA_TYPES],
    profile: DOCUMENT_PROFILES.map((key) => ({ reference: versionedProfileUrl(key) })),
    rest: [
      {
        mode: 'server',
        security: { cors: true },
        resource: [
          {
            type: 'Patient',
            interaction: [{ code: 'search-type' }],
            searchParam: [
              {
                name: 'identifier',
                type: 'token',
                documentation: `NHS Number (i.e. ${identifierSystems.nhsNumber.system}|123456789)`,
              },
            ],
          },
          { type: 'Binary', interaction: [{ code: 'read' }] },
          {
            type: 'DocumentReference',
            interaction: [{ code: 'search-type' }],
            searchInclude: [...DOCUMENT_INCLUDES],
            searchRevInclude: [DOCUMENT_REVINCLUDE],
            searchParam: [
              { name: 'created', type: 'date', documentation: 'When the document was created: one ge and/or one le' },
              {
                name: 'author',
                type: 'token',
                documentation: `Authoring organisation: ${identifierSystems.odsOrganization.system}|{ODS code}`,
              },
              { name: 'description', type: 'string', documentation: 'Words in the description or type' },
            ],
          },
        ],
      },
    ],
  };
}
