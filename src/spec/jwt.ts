// The JWT every GP Connect request carries: scopes, reasons, timings and claim names (https://developer.nhs.uk/apis/gpconnect/integration_cross_organisation_audit_and_provenance.html#jwt-payload).

/** The four scopes `requested_scope` may start with. */
export type JwtScope = 'patient/*.read' | 'patient/*.write' | 'organization/*.read' | 'organization/*.write';
export const JWT_SCOPES: readonly JwtScope[] = [
  'patient/*.read',
  'patient/*.write',
  'organization/*.read',
  'organization/*.write',
];

/** Confidentiality suffixes (1.6.0+), sent after the scope with one space; `conf/N` is the default. */
export type Confidentiality = 'conf/N' | 'conf/R';
export const CONFIDENTIALITY_VALUES: readonly Confidentiality[] = ['conf/N', 'conf/R'];

/** `reason_for_request` values: `migration` only for the GP2GP migrate interactions. */
export type ReasonForRequest = 'directcare' | 'migration';
export const REASONS_FOR_REQUEST: readonly ReasonForRequest[] = ['directcare', 'migration'];

/** `exp` must be exactly this many seconds after `iat`. */
export const JWT_LIFETIME_SECONDS = 300;
/** How far `iat` may run ahead of the provider's clock (the reference provider's `request.leeway`). */
export const JWT_IAT_LEEWAY_SECONDS = 600;

/** The only JOSE header GP Connect allows: unsigned, so the token ends with an empty signature after a dot. */
export const JWT_HEADER = { alg: 'none', typ: 'JWT' } as const;

/** Every claim a 1.x token must carry. */
export const REQUIRED_JWT_CLAIMS = [
  'iss',
  'sub',
  'aud',
  'exp',
  'iat',
  'reason_for_request',
  'requested_scope',
  'requesting_device',
  'requesting_organization',
  'requesting_practitioner',
] as const;
export type JwtClaimName = (typeof REQUIRED_JWT_CLAIMS)[number];

/** A 0.x claim that 1.x providers reject. */
export const LEGACY_JWT_CLAIM = 'requested_record';
/** The fixed 0.x audience; a 1.x token uses the provider's service root URL instead. */
export const LEGACY_JWT_AUDIENCE = 'https://authorize.fhir.nhs.net/token';

/** The resource type each `requesting_*` claim must hold. */
export const REQUESTING_RESOURCE_TYPES = {
  requesting_device: 'Device',
  requesting_organization: 'Organization',
  requesting_practitioner: 'Practitioner',
} as const;

/** The scope an interaction needs, with its confidentiality suffix when it takes one. */
export const scopeFor = (
  interaction: { scope: JwtScope; confidentiality: boolean },
  confidentiality: Confidentiality = 'conf/N',
): string => (interaction.confidentiality ? `${interaction.scope} ${confidentiality}` : interaction.scope);

/** Example values from the specification's decoded token skeleton (https://developer.nhs.uk/apis/gpconnect/integration_cross_organisation_audit_and_provenance.html#jwt-payload), for building a valid sample token. */
export const EXAMPLE_JWT = {
  iss: 'https://consumersupplier.thirdparty.nhs.uk/',
  practitionerId: '10019',
  deviceSystem: 'https://consumersupplier.com/Id/device-identifier',
  deviceId: 'CONS-APP-4',
  deviceModel: 'Consumer product name',
  deviceVersion: '5.3.0',
  organizationOds: 'A1001',
  organizationName: 'Test Hospital',
  sdsUserId: '111222333444',
  sdsRoleProfileId: '444555666777',
  userGuidSystem: 'https://consumersupplier.com/Id/user-guid',
  userGuid: '98ed4f78-814d-4266-8d5b-cde742f3093c',
  practitionerName: { family: 'Jones', given: ['Claire'], prefix: ['Dr'] },
} as const;
