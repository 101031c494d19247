// The GP Connect capabilities the portal documents and the sandbox serves, each its own FHIR server (facts §1.3, §1.4).

/** A REST capability of GP Connect 1.x. */
export type CapabilityKey = 'foundations' | 'appointments' | 'structured' | 'documents';

/** The routing segment that ends a capability's service root URL (facts §5.2). */
export type RoutingSegment = 'gpconnect' | 'gpconnect/structured' | 'gpconnect/documents';

export interface Capability {
  /** Name as the specification's navigation shows it. */
  name: string;
  /** Newest specification version of the capability. */
  version: '1.2.9' | '1.6.2';
  /** `beta` when the version carries the `-beta` label. */
  status: 'live' | 'beta';
  /** Last part of the service root URL; Foundations and Appointment Management share `gpconnect`. */
  routingSegment: RoutingSegment;
  /** Site path of the capability's section. */
  docsPath: string;
}

export const capabilities = {
  foundations: {
    name: 'Foundations',
    version: '1.2.9',
    status: 'live',
    routingSegment: 'gpconnect',
    docsPath: '/foundations/',
  },
  appointments: {
    name: 'Appointment Management',
    version: '1.2.9',
    status: 'live',
    routingSegment: 'gpconnect',
    docsPath: '/appointments/',
  },
  structured: {
    name: 'Access Record Structured',
    version: '1.6.2',
    status: 'beta',
    routingSegment: 'gpconnect/structured',
    docsPath: '/access-record-structured/',
  },
  documents: {
    name: 'Access Document',
    version: '1.6.2',
    status: 'beta',
    routingSegment: 'gpconnect/documents',
    docsPath: '/access-document/',
  },
} as const satisfies Record<CapabilityKey, Capability>;

/** Every routing segment, longest first, so a path matcher tries `gpconnect/structured` before `gpconnect`. */
export const ROUTING_SEGMENTS: readonly RoutingSegment[] = ['gpconnect/structured', 'gpconnect/documents', 'gpconnect'];

/** The FHIR version name and GP Connect major version inside every 1.x service root URL (facts §5.2). */
export const FHIR_VERSION_NAME = 'STU3';
export const GPC_MAJOR_VERSION = '1';
/** The FHIR release every 1.x capability statement declares. */
export const FHIR_VERSION = '3.0.1';

/** The provider-relative service root `/{ODS}/STU3/1/{segment}`; prefix it with a host to get the full URL. */
export const serviceRootPath = (odsCode: string, segment: RoutingSegment): string =>
  `/${odsCode}/${FHIR_VERSION_NAME}/${GPC_MAJOR_VERSION}/${segment}`;
