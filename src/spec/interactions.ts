// The interaction table (https://developer.nhs.uk/apis/gpconnect/integration_interaction_ids.html): every REST interaction of GP Connect 1.x. The router, <TryIt> and the content read it.
import type { CapabilityKey, RoutingSegment } from './capabilities.ts';
import type { JwtScope, ReasonForRequest } from './jwt.ts';

export type InteractionKey =
  | 'F1'
  | 'F2'
  | 'F3'
  | 'F4'
  | 'F5'
  | 'F6'
  | 'F7'
  | 'F8'
  | 'F9'
  | 'A1'
  | 'A2'
  | 'A3'
  | 'A4'
  | 'A5'
  | 'A6'
  | 'S1'
  | 'S2'
  | 'S3'
  | 'D1'
  | 'D2'
  | 'D3'
  | 'D4'
  | 'D5';

export interface Interaction {
  /** Short code used across the portal (F2, A3, S1 ...). */
  key: InteractionKey;
  /** The `Ssp-InteractionID` URN, also the interaction registered in SDS. */
  id: `urn:nhs:names:services:gpconnect:${string}`;
  /** Name as the reference page title has it. */
  name: string;
  capability: CapabilityKey;
  /** Specification version the interaction is documented in. */
  version: '1.2.9' | '1.6.2';
  method: 'GET' | 'POST' | 'PUT';
  /** Routing segment of the service root the interaction lives under. */
  base: RoutingSegment;
  /** Path template relative to the service root; `{id}` is a logical id. */
  path: string;
  /** Scope `requested_scope` must start with. */
  scope: JwtScope;
  /** True when the scope may carry `conf/N` or `conf/R` (1.6.0+). */
  confidentiality: boolean;
  /** The `reason_for_request` the token must carry. */
  reason: ReasonForRequest;
  /** HTTP status of a successful answer. */
  successStatus: 200 | 201;
  /** Site path of the interaction's reference page. */
  docsPath: string;
}

const URN = 'urn:nhs:names:services:gpconnect:';

type Row = Omit<Interaction, 'key' | 'confidentiality' | 'reason' | 'successStatus'> &
  Partial<Pick<Interaction, 'confidentiality' | 'reason' | 'successStatus'>>;

const define = <K extends InteractionKey>(key: K, row: Row): Interaction => ({
  key,
  confidentiality: false,
  reason: 'directcare',
  successStatus: 200,
  ...row,
});

const foundations = { capability: 'foundations', version: '1.2.9', base: 'gpconnect' } as const;
const appointments = { capability: 'appointments', version: '1.2.9', base: 'gpconnect' } as const;
const structured = { capability: 'structured', version: '1.6.2', base: 'gpconnect/structured' } as const;
const documents = { capability: 'documents', version: '1.6.2', base: 'gpconnect/documents' } as const;

export const interactions: Record<InteractionKey, Interaction> = {
  F1: define('F1', {
    ...foundations,
    id: `${URN}fhir:rest:read:metadata-1`,
    name: 'Get the FHIR capability statement',
    method: 'GET',
    path: '/metadata',
    scope: 'organization/*.read',
    docsPath: '/foundations/get-the-capability-statement/',
  }),
  F2: define('F2', {
    ...foundations,
    id: `${URN}fhir:rest:search:patient-1`,
    name: 'Find a patient',
    method: 'GET',
    path: '/Patient',
    scope: 'patient/*.read',
    docsPath: '/foundations/find-a-patient/',
  }),
  F3: define('F3', {
    ...foundations,
    id: `${URN}fhir:rest:read:patient-1`,
    name: 'Read a patient',
    method: 'GET',
    path: '/Patient/{id}',
    scope: 'patient/*.read',
    docsPath: '/foundations/read-a-patient/',
  }),
  F4: define('F4', {
    ...foundations,
    id: `${URN}fhir:rest:search:practitioner-1`,
    name: 'Find a practitioner',
    method: 'GET',
    path: '/Practitioner',
    scope: 'organization/*.read',
    docsPath: '/foundations/find-a-practitioner/',
  }),
  F5: define('F5', {
    ...foundations,
    id: `${URN}fhir:rest:read:practitioner-1`,
    name: 'Read a practitioner',
    method: 'GET',
    path: '/Practitioner/{id}',
    scope: 'organization/*.read',
    docsPath: '/foundations/read-a-practitioner/',
  }),
  F6: define('F6', {
    ...foundations,
    id: `${URN}fhir:rest:search:organization-1`,
    name: 'Find an organisation',
    method: 'GET',
    path: '/Organization',
    scope: 'organization/*.read',
    docsPath: '/foundations/find-an-organisation/',
  }),
  F7: define('F7', {
    ...foundations,
    id: `${URN}fhir:rest:read:organization-1`,
    name: 'Read an organisation',
    method: 'GET',
    path: '/Organization/{id}',
    scope: 'organization/*.read',
    docsPath: '/foundations/read-an-organisation/',
  }),
  F8: define('F8', {
    ...foundations,
    id: `${URN}fhir:rest:read:location-1`,
    name: 'Read a location',
    method: 'GET',
    path: '/Location/{id}',
    scope: 'organization/*.read',
    docsPath: '/foundations/read-a-location/',
  }),
  F9: define('F9', {
    ...foundations,
    id: `${URN}fhir:operation:gpc.registerpatient-1`,
    name: 'Register a patient',
    method: 'POST',
    path: '/Patient/$gpc.registerpatient',
    scope: 'patient/*.write',
    docsPath: '/foundations/register-a-patient/',
  }),

  A1: define('A1', {
    ...appointments,
    id: `${URN}fhir:rest:search:slot-1`,
    name: 'Search for free slots',
    method: 'GET',
    path: '/Slot',
    scope: 'organization/*.read',
    docsPath: '/appointments/search-for-free-slots/',
  }),
  A2: define('A2', {
    ...appointments,
    id: `${URN}fhir:rest:read:appointment-1`,
    name: 'Read an appointment',
    method: 'GET',
    path: '/Appointment/{id}',
    scope: 'patient/*.read',
    docsPath: '/appointments/read-an-appointment/',
  }),
  A3: define('A3', {
    ...appointments,
    id: `${URN}fhir:rest:create:appointment-1`,
    name: 'Book an appointment',
    method: 'POST',
    path: '/Appointment',
    scope: 'patient/*.write',
    successStatus: 201,
    docsPath: '/appointments/book-an-appointment/',
  }),
  A4: define('A4', {
    ...appointments,
    id: `${URN}fhir:rest:update:appointment-1`,
    name: 'Amend an appointment',
    method: 'PUT',
    path: '/Appointment/{id}',
    scope: 'patient/*.write',
    docsPath: '/appointments/amend-an-appointment/',
  }),
  A5: define('A5', {
    ...appointments,
    id: `${URN}fhir:rest:cancel:appointment-1`,
    name: 'Cancel an appointment',
    method: 'PUT',
    path: '/Appointment/{id}',
    scope: 'patient/*.write',
    docsPath: '/appointments/cancel-an-appointment/',
  }),
  A6: define('A6', {
    ...appointments,
    id: `${URN}fhir:rest:search:patient_appointments-1`,
    name: "Retrieve a patient's appointments",
    method: 'GET',
    path: '/Patient/{id}/Appointment',
    scope: 'patient/*.read',
    docsPath: '/appointments/retrieve-a-patients-appointments/',
  }),

  S1: define('S1', {
    ...structured,
    id: `${URN}fhir:operation:gpc.getstructuredrecord-1`,
    name: 'Get structured record',
    method: 'POST',
    path: '/Patient/$gpc.getstructuredrecord',
    scope: 'patient/*.read',
    confidentiality: true,
    docsPath: '/access-record-structured/get-structured-record/',
  }),
  S2: define('S2', {
    ...structured,
    id: `${URN}fhir:operation:gpc.migratestructuredrecord-1`,
    name: 'Migrate structured record',
    method: 'POST',
    path: '/Patient/$gpc.migratestructuredrecord',
    scope: 'patient/*.read',
    confidentiality: true,
    reason: 'migration',
    docsPath: '/access-record-structured/migrate-structured-record/',
  }),
  S3: define('S3', {
    ...structured,
    id: `${URN}structured:fhir:rest:read:metadata-1`,
    name: 'Get the Access Record Structured capability statement',
    method: 'GET',
    path: '/metadata',
    scope: 'organization/*.read',
    docsPath: '/access-record-structured/get-the-capability-statement/',
  }),

  D1: define('D1', {
    ...documents,
    id: `${URN}documents:fhir:rest:read:metadata-1`,
    name: 'Get the Access Document capability statement',
    method: 'GET',
    path: '/metadata',
    scope: 'organization/*.read',
    docsPath: '/access-document/get-the-capability-statement/',
  }),
  D2: define('D2', {
    ...documents,
    id: `${URN}documents:fhir:rest:search:patient-1`,
    name: 'Find a patient (Access Document)',
    method: 'GET',
    path: '/Patient',
    scope: 'patient/*.read',
    docsPath: '/access-document/find-a-patient/',
  }),
  D3: define('D3', {
    ...documents,
    id: `${URN}documents:fhir:rest:search:documentreference-1`,
    name: "Search for a patient's documents",
    method: 'GET',
    path: '/Patient/{id}/DocumentReference',
    scope: 'patient/*.read',
    confidentiality: true,
    docsPath: '/access-document/search-for-documents/',
  }),
  D4: define('D4', {
    ...documents,
    id: `${URN}documents:fhir:rest:read:binary-1`,
    name: 'Retrieve a document',
    method: 'GET',
    path: '/Binary/{id}',
    scope: 'patient/*.read',
    confidentiality: true,
    docsPath: '/access-document/retrieve-a-document/',
  }),
  D5: define('D5', {
    ...documents,
    id: `${URN}documents:fhir:rest:migrate:binary-1`,
    name: 'Migrate a document',
    method: 'GET',
    path: '/Binary/{id}',
    scope: 'patient/*.read',
    confidentiality: true,
    reason: 'migration',
    docsPath: '/access-document/migrate-a-document/',
  }),
};

/** Every interaction in table order. */
export const interactionList: readonly Interaction[] = Object.values(interactions);

/** The interaction an `Ssp-InteractionID` names, or undefined for an unknown (or wrongly cased) URN. */
const byId = new Map<string, Interaction>(interactionList.map((interaction) => [interaction.id, interaction]));

/** The interaction an Ssp-InteractionID names exactly (IDs are case-sensitive); looked up on every request. */
export const findInteractionById = (id: string): Interaction | undefined => byId.get(id);

/** The 0.x Access Record HTML interactions (DSTU2), for documentation only: the sandbox does not serve them. */
export const legacyInteractions = {
  H0: { id: `${URN}fhir:rest:read:metadata`, name: 'Read metadata (0.x)', method: 'GET', path: '/metadata' },
  H1: {
    id: `${URN}fhir:operation:gpc.getcarerecord`,
    name: 'Get care record (HTML)',
    method: 'POST',
    path: '/Patient/$gpc.getcarerecord',
    scope: 'patient/*.read',
  },
} as const;
