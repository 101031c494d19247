// The JWT claims a consumer sends: valid defaults fitted to an interaction, and the warnings a reader sees before
// sending when a claim would make the provider answer 400 BAD_REQUEST (or 422 for a wrong resource in a claim).
import { identifierSystems } from '../spec/identifier-systems.ts';
import type { Interaction } from '../spec/interactions.ts';
import type { SpineCode } from '../spec/spine-errors.ts';
import {
  CONFIDENTIALITY_VALUES,
  EXAMPLE_JWT,
  JWT_IAT_LEEWAY_SECONDS,
  JWT_LIFETIME_SECONDS,
  JWT_SCOPES,
  LEGACY_JWT_AUDIENCE,
  LEGACY_JWT_CLAIM,
  REASONS_FOR_REQUEST,
  REQUESTING_RESOURCE_TYPES,
  REQUIRED_JWT_CLAIMS,
  scopeFor,
} from '../spec/jwt.ts';
import { isJsonObject as isObject } from '../spec/json.ts';

/** The decoded payload; extra claims are kept so a reader can see the provider reject them. */
export type JwtClaims = Record<string, unknown>;

/** One claim the provider would reject, why in plain words, and the answer it gives. */
export interface ClaimWarning {
  claim: string;
  message: string;
  outcome: { status: number; code: SpineCode };
}

// spec: every JWT problem is 400 BAD_REQUEST; a requesting_* resource that is not valid FHIR is 422 INVALID_RESOURCE
// https://developer.nhs.uk/apis/gpconnect/integration_cross_organisation_audit_and_provenance.html
const badRequest = { status: 400, code: 'BAD_REQUEST' } as const;

/** Whole seconds since the epoch, as iat and exp are written. */
export function toEpochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * Claims that pass the provider's checks: the specification's example consumer, the scope and reason the
 * interaction needs, `aud` set to the provider's service root, and iat now with exp exactly 300 s later.
 */
export function buildDefaultClaims(interaction: Interaction, audience: string, now: Date): JwtClaims {
  const iat = toEpochSeconds(now);
  return {
    iss: EXAMPLE_JWT.iss,
    sub: EXAMPLE_JWT.practitionerId,
    aud: audience,
    exp: iat + JWT_LIFETIME_SECONDS,
    iat,
    reason_for_request: interaction.reason,
    requested_scope: scopeFor(interaction),
    requesting_device: {
      resourceType: REQUESTING_RESOURCE_TYPES.requesting_device,
      identifier: [{ system: EXAMPLE_JWT.deviceSystem, value: EXAMPLE_JWT.deviceId }],
      model: EXAMPLE_JWT.deviceModel,
      version: EXAMPLE_JWT.deviceVersion,
    },
    requesting_organization: {
      resourceType: REQUESTING_RESOURCE_TYPES.requesting_organization,
      identifier: [{ system: identifierSystems.odsOrganization.system, value: EXAMPLE_JWT.organizationOds }],
      name: EXAMPLE_JWT.organizationName,
    },
    requesting_practitioner: {
      resourceType: REQUESTING_RESOURCE_TYPES.requesting_practitioner,
      id: EXAMPLE_JWT.practitionerId,
      identifier: [
        { system: identifierSystems.sdsUser.system, value: EXAMPLE_JWT.sdsUserId },
        { system: identifierSystems.sdsRoleProfile.system, value: EXAMPLE_JWT.sdsRoleProfileId },
        { system: EXAMPLE_JWT.userGuidSystem, value: EXAMPLE_JWT.userGuid },
      ],
      name: [
        {
          family: EXAMPLE_JWT.practitionerName.family,
          given: [...EXAMPLE_JWT.practitionerName.given],
          prefix: [...EXAMPLE_JWT.practitionerName.prefix],
        },
      ],
    },
  };
}

/** The same claims with iat moved to now and exp to iat + 300: a token is meant to be made per request. */
export function refreshClaimTimes(claims: JwtClaims, now: Date): JwtClaims {
  const iat = toEpochSeconds(now);
  return { ...claims, iat, exp: iat + JWT_LIFETIME_SECONDS };
}

type Json = Record<string, unknown>;
const isFilled = (value: unknown): boolean => value !== undefined && value !== null && value !== '';
const identifierValue = (resource: Json, system: string): unknown =>
  (Array.isArray(resource.identifier) ? resource.identifier : []).find(
    (item: unknown) => isObject(item) && item.system === system,
  )?.value;

/** Every problem the provider would find with these claims for this interaction, checked in its order. */
export function checkClaims(claims: JwtClaims, interaction: Interaction, now: Date): ClaimWarning[] {
  const warnings: ClaimWarning[] = [];
  const warn = (claim: string, message: string) => warnings.push({ claim, message, outcome: badRequest });

  for (const name of REQUIRED_JWT_CLAIMS) {
    if (!isFilled(claims[name])) warn(name, `${name} is missing; every claim of a 1.x token is required.`);
  }
  if (LEGACY_JWT_CLAIM in claims)
    warn(LEGACY_JWT_CLAIM, `${LEGACY_JWT_CLAIM} belongs to the 0.x token; 1.x providers reject it.`);
  if (claims.aud === LEGACY_JWT_AUDIENCE)
    warn('aud', "aud is the fixed 0.x audience; a 1.x token names the provider's service root URL.");

  checkTimes(claims, now, warn);
  checkScopeAndReason(claims, interaction, warn);
  checkRequestingResources(claims, warn);
  return warnings;
}

function checkTimes(claims: JwtClaims, now: Date, warn: (claim: string, message: string) => void): void {
  const { iat, exp } = claims;
  if (isFilled(iat) && !Number.isInteger(iat)) warn('iat', 'iat must be a whole number of seconds since 1970 (UTC).');
  if (isFilled(exp) && !Number.isInteger(exp)) warn('exp', 'exp must be a whole number of seconds since 1970 (UTC).');
  if (!Number.isInteger(iat) || !Number.isInteger(exp)) return;
  const lifetime = (exp as number) - (iat as number);
  if (lifetime !== JWT_LIFETIME_SECONDS) {
    warn(
      'exp',
      `exp must be exactly iat + ${JWT_LIFETIME_SECONDS}; here it is iat ${lifetime >= 0 ? '+' : '-'} ${Math.abs(lifetime)}.`,
    );
  }
  const nowSeconds = toEpochSeconds(now);
  if ((exp as number) < nowSeconds)
    warn('exp', 'exp is in the past, so the token has expired; make a new token for each request.');
  if ((iat as number) > nowSeconds + JWT_IAT_LEEWAY_SECONDS) {
    warn(
      'iat',
      `iat is more than ${JWT_IAT_LEEWAY_SECONDS} seconds in the future; the provider's clock will not accept it.`,
    );
  }
}

function checkScopeAndReason(
  claims: JwtClaims,
  interaction: Interaction,
  warn: (claim: string, message: string) => void,
): void {
  const scope = claims.requested_scope;
  if (typeof scope === 'string' && scope !== '') {
    const [base, confidentiality, ...rest] = scope.split(' ');
    const validConf =
      confidentiality === undefined ||
      (interaction.confidentiality && (CONFIDENTIALITY_VALUES as readonly string[]).includes(confidentiality));
    if (!(JWT_SCOPES as readonly string[]).includes(base ?? '') || rest.length > 0 || !validConf) {
      warn('requested_scope', `"${scope}" is not a valid scope for this interaction; use "${scopeFor(interaction)}".`);
    } else if (confidentiality === 'conf/R' && interaction.reason !== 'migration') {
      warn(
        'requested_scope',
        `conf/R is for the migrate interactions only; ${interaction.name} takes "${scopeFor(interaction)}".`,
      );
    } else if (base !== interaction.scope) {
      warn('requested_scope', `${interaction.name} needs ${interaction.scope}, not ${base}.`);
    }
  }
  const reason = claims.reason_for_request;
  if (typeof reason === 'string' && reason !== '') {
    if (!(REASONS_FOR_REQUEST as readonly string[]).includes(reason)) {
      warn('reason_for_request', `"${reason}" is not a reason GP Connect knows; use "${interaction.reason}".`);
    } else if (reason !== interaction.reason) {
      warn('reason_for_request', `${interaction.name} is sent with reason_for_request "${interaction.reason}".`);
    }
  }
}

function checkRequestingResources(claims: JwtClaims, warn: (claim: string, message: string) => void): void {
  for (const [claim, resourceType] of Object.entries(REQUESTING_RESOURCE_TYPES)) {
    const value = claims[claim];
    if (!isFilled(value)) continue;
    if (!isObject(value) || value.resourceType !== resourceType) {
      warn(claim, `${claim} must be a FHIR ${resourceType} resource (resourceType "${resourceType}").`);
    }
  }
  const device = claims.requesting_device;
  if (isObject(device) && device.resourceType === 'Device') {
    const identifier = Array.isArray(device.identifier) ? device.identifier[0] : undefined;
    if (!isObject(identifier) || !isFilled(identifier.value))
      warn('requesting_device', 'requesting_device needs an identifier with a value.');
    if (!isFilled(device.model)) warn('requesting_device', 'requesting_device needs a model.');
    if (!isFilled(device.version)) warn('requesting_device', 'requesting_device needs a version.');
  }
  const organization = claims.requesting_organization;
  if (isObject(organization) && organization.resourceType === 'Organization') {
    if (!isFilled(organization.name)) warn('requesting_organization', 'requesting_organization needs a name.');
    if (!isFilled(identifierValue(organization, identifierSystems.odsOrganization.system))) {
      warn(
        'requesting_organization',
        'requesting_organization needs an identifier with the ODS organisation code system.',
      );
    }
  }
  const practitioner = claims.requesting_practitioner;
  if (isObject(practitioner) && practitioner.resourceType === 'Practitioner') {
    if (!isFilled(practitioner.id)) warn('requesting_practitioner', 'requesting_practitioner needs an id.');
    else if (isFilled(claims.sub) && practitioner.id !== claims.sub)
      warn('sub', 'sub must equal requesting_practitioner.id.');
    const name = Array.isArray(practitioner.name) ? practitioner.name[0] : undefined;
    if (!isObject(name) || !isFilled(name.family))
      warn('requesting_practitioner', 'requesting_practitioner needs name.family.');
    if (!isObject(name) || !Array.isArray(name.given) || name.given.length === 0) {
      warn('requesting_practitioner', 'requesting_practitioner needs name.given.');
    }
    if (!isFilled(identifierValue(practitioner, identifierSystems.sdsUser.system))) {
      warn(
        'requesting_practitioner',
        'requesting_practitioner needs an SDS user id identifier (the value may be UNK).',
      );
    }
  }
}
