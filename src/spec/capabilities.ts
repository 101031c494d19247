// The GP Connect capabilities: the four the sandbox serves, each its own FHIR server, and Access Record HTML, which
// the portal documents but does not serve. Everything that lists capabilities (the front-matter schema, page labels,
// sidebar badges, the importer, the profile and interaction tables) reads these two tables.
// https://developer.nhs.uk/apis/gpconnect/overview_priority_capabilities.html
// https://developer.nhs.uk/apis/gpconnect/design_product_versioning.html

/** The routing segment that ends a capability's service root URL; Foundations and Appointments share `gpconnect`. */
export type RoutingSegment = 'gpconnect' | 'gpconnect/structured' | 'gpconnect/documents';

/** What the portal says about any capability it documents. */
export interface DocumentedCapability {
  /** Name as the specification's navigation shows it. */
  name: string;
  /** A shorter name for tight places (a badge, a table cell). */
  shortName: string;
  /** Newest specification version of the capability. */
  version: string;
  /** `beta` when the version carries the `-beta` label; `legacy` for a capability kept only for existing systems. */
  status: 'live' | 'beta' | 'legacy';
  /** The folder under content/ that holds its pages; its site path is `/<docsDirectory>/`. */
  docsDirectory: string;
  /** The sidebar file of the specification site (`_data/sidebars/<name>.yml`) that lists its pages. */
  specSidebar: string;
}

/** A capability the sandbox serves. */
export interface Capability extends DocumentedCapability {
  version: '1.2.9' | '1.6.2';
  status: 'live' | 'beta';
  /** Last part of the service root URL. */
  routingSegment: RoutingSegment;
}

export const capabilities = {
  foundations: {
    name: 'Foundations',
    shortName: 'Foundations',
    version: '1.2.9',
    status: 'live',
    docsDirectory: 'foundations',
    specSidebar: 'foundations_sidebar',
    routingSegment: 'gpconnect',
  },
  appointments: {
    name: 'Appointment Management',
    shortName: 'Appointments',
    version: '1.2.9',
    status: 'live',
    docsDirectory: 'appointments',
    specSidebar: 'appointments_sidebar',
    routingSegment: 'gpconnect',
  },
  structured: {
    name: 'Access Record Structured',
    shortName: 'Structured',
    version: '1.6.2',
    status: 'beta',
    docsDirectory: 'access-record-structured',
    specSidebar: 'accessrecord_structured_sidebar',
    routingSegment: 'gpconnect/structured',
  },
  documents: {
    name: 'Access Document',
    shortName: 'Documents',
    version: '1.6.2',
    status: 'beta',
    docsDirectory: 'access-document',
    specSidebar: 'access_documents_sidebar',
    routingSegment: 'gpconnect/documents',
  },
} as const satisfies Record<string, Capability>;

/** A capability the sandbox serves. */
export type CapabilityKey = keyof typeof capabilities;

/**
 * Capabilities the portal documents but the sandbox does not serve. Access Record HTML (0.7.4) is superseded by
 * Access Record Structured; its pages stay for systems that still use it.
 * https://developer.nhs.uk/apis/gpconnect-0-7-4/
 */
export const legacyCapabilities = {
  html: {
    name: 'Access Record HTML',
    shortName: 'HTML',
    version: '0.7.4',
    status: 'legacy',
    docsDirectory: 'access-record-html',
    specSidebar: 'accessrecord_sidebar',
  },
} as const satisfies Record<string, DocumentedCapability>;

/** Every capability a page can belong to. */
export const documentedCapabilities: Record<DocumentedCapabilityKey, DocumentedCapability> = {
  ...capabilities,
  ...legacyCapabilities,
};
export type DocumentedCapabilityKey = CapabilityKey | keyof typeof legacyCapabilities;

/** The served capabilities' keys, in the order the portal lists them. */
export const CAPABILITY_KEYS = Object.keys(capabilities) as CapabilityKey[];
/** Every documented capability's key, served ones first; a non-empty tuple so it can feed `z.enum`. */
export const DOCUMENTED_CAPABILITY_KEYS = Object.keys(documentedCapabilities) as [
  DocumentedCapabilityKey,
  ...DocumentedCapabilityKey[],
];

/** Every routing segment, longest first, so a path matcher tries `gpconnect/structured` before `gpconnect`. */
export const ROUTING_SEGMENTS: readonly RoutingSegment[] = ['gpconnect/structured', 'gpconnect/documents', 'gpconnect'];

/** The FHIR version name and GP Connect major version inside every 1.x service root URL. */
export const FHIR_VERSION_NAME = 'STU3';
export const GPC_MAJOR_VERSION = '1';
/** The FHIR release every 1.x capability statement declares. */
export const FHIR_VERSION = '3.0.1';

/** The provider-relative service root `/{ODS}/STU3/1/{segment}`; prefix it with a host to get the full URL. */
export const serviceRootPath = (odsCode: string, segment: RoutingSegment): string =>
  `/${odsCode}/${FHIR_VERSION_NAME}/${GPC_MAJOR_VERSION}/${segment}`;
