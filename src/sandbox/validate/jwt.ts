// Checks the unsigned JWT in `Authorization: Bearer` against every rule of https://developer.nhs.uk/apis/gpconnect/integration_cross_organisation_audit_and_provenance.html#jwt-payload, as the reference provider does.
import { base64url } from 'jose';
import {
  CONFIDENTIALITY_VALUES,
  JWT_HEADER,
  JWT_IAT_LEEWAY_SECONDS,
  JWT_LIFETIME_SECONDS,
  JWT_SCOPES,
  LEGACY_JWT_AUDIENCE,
  LEGACY_JWT_CLAIM,
  REASONS_FOR_REQUEST,
  REQUESTING_RESOURCE_TYPES,
  unknownElement,
  REQUIRED_JWT_CLAIMS,
  identifierSystems,
  type Confidentiality,
  type Interaction,
  type JwtScope,
  type ReasonForRequest,
} from '../../spec/index.ts';
import { SpineError } from '../spine-error.ts';
import { isJsonObject as isObject } from '../../spec/json.ts';

export interface JwtIdentifier {
  system: string;
  value: string;
}

/** The decoded payload once every rule has passed. */
export interface JwtClaims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  reason_for_request: ReasonForRequest;
  requested_scope: string;
  /** `requested_scope` split into its scope and optional confidentiality value. */
  scope: JwtScope;
  confidentiality?: Confidentiality;
  requesting_device: { resourceType: 'Device'; identifier: JwtIdentifier[]; model: string; version: string };
  requesting_organization: { resourceType: 'Organization'; name: string; identifier: JwtIdentifier[] };
  requesting_practitioner: {
    resourceType: 'Practitioner';
    id: string;
    identifier: JwtIdentifier[];
    name: { family: string; given: string[]; prefix?: string[] }[];
  };
  /** The ODS code of `requesting_organization`. */
  requestingOds: string;
}

type Json = Record<string, unknown>;

const bad = (diagnostics: string) => new SpineError('BAD_REQUEST', diagnostics);
// https://developer.nhs.uk/apis/gpconnect-1-6-2/development_fhir_error_handling_guidance.html: a requesting_* claim
// that fails its STU3 structure → 422 INVALID_RESOURCE; a resource of the wrong type is the 400 BAD_REQUEST example
const invalidResource = (diagnostics: string) => new SpineError('INVALID_RESOURCE', diagnostics);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Decodes one base64url JSON segment, naming the segment when it is not base64url or not JSON. */
function decodeSegment(segment: string, part: 'header' | 'payload'): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) {
    throw bad(`The JWT ${part} is not base64url: use the URL-safe alphabet (- and _) without = padding.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment));
  } catch {
    throw bad(`The JWT ${part} is not valid base64url-encoded UTF-8.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw bad(`The JWT ${part} is not valid JSON.`);
  }
}

/** Splits `Bearer <token>` and checks the token's three-part unsigned form. */
function splitToken(authorization: string | null): [string, string] {
  if (authorization === null || authorization.trim() === '') {
    throw bad('The Authorization header is missing: send "Authorization: Bearer <JWT>".');
  }
  const match = /^Bearer ([^\s]+)$/.exec(authorization.trim());
  if (!match?.[1]) throw bad('The Authorization header must be "Bearer " followed by the JWT.');
  const parts = match[1].split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) {
    throw bad(
      `The JWT must have a header, a payload and an empty signature (header.payload.), but it has ${parts.length} part(s).`,
    );
  }
  if (parts[2] !== '') {
    throw bad('The JWT must be unsigned: its signature part must be empty, so the token ends with a "."');
  }
  return [parts[0], parts[1]];
}

function checkHeader(header: unknown): void {
  const expected = JSON.stringify(JWT_HEADER);
  if (
    !isObject(header) ||
    Object.keys(header).length !== 2 ||
    header.alg !== JWT_HEADER.alg ||
    header.typ !== JWT_HEADER.typ
  ) {
    throw bad(`The JWT header must be exactly ${expected}; received ${JSON.stringify(header)}.`);
  }
}

function identifierValue(resource: Json, system: string): string | undefined {
  const identifiers = resource.identifier;
  if (!Array.isArray(identifiers)) return undefined;
  const found = identifiers.find((item) => isObject(item) && item.system === system);
  return isObject(found) && isText(found.value) ? found.value : undefined;
}

/** Checks a requesting_* resource's type (400), then its FHIR shape (422), before its required content (400). */
function checkResource(claim: keyof typeof REQUESTING_RESOURCE_TYPES, value: Json): void {
  const type = REQUESTING_RESOURCE_TYPES[claim];
  if (value.resourceType !== type) {
    throw bad(`JWT claim ${claim} must be a FHIR ${type}; its resourceType is ${JSON.stringify(value.resourceType)}.`);
  }
  const unknown = unknownElement(type, value);
  if (unknown !== undefined) {
    throw invalidResource(
      `JWT claim ${claim} has the element ${JSON.stringify(unknown.slice(0, 80))}, which a STU3 ${type} does not define.`,
    );
  }
  if (value.identifier !== undefined && (!Array.isArray(value.identifier) || !value.identifier.every(isObject))) {
    throw invalidResource(`JWT claim ${claim}.identifier must be an array of Identifier objects.`);
  }
  if (
    value.name !== undefined &&
    type === 'Practitioner' &&
    (!Array.isArray(value.name) || !value.name.every(isObject))
  ) {
    throw invalidResource(`JWT claim ${claim}.name must be an array of HumanName objects.`);
  }
}

const missing = (path: string) => bad(`JWT JSON entry incomplete: claim ${path} is null or missing.`);

function checkDevice(device: Json): void {
  checkResource('requesting_device', device);
  const first = Array.isArray(device.identifier) ? device.identifier[0] : undefined;
  if (!isObject(first) || !isText(first.system) || !isText(first.value)) throw missing('requesting_device.identifier');
  if (!isText(device.model)) throw missing('requesting_device.model');
  if (!isText(device.version)) throw missing('requesting_device.version');
}

function checkOrganization(organization: Json): string {
  checkResource('requesting_organization', organization);
  if (!isText(organization.name)) throw missing('requesting_organization.name');
  const ods = identifierValue(organization, identifierSystems.odsOrganization.system);
  if (!ods) throw missing(`requesting_organization.identifier (${identifierSystems.odsOrganization.system})`);
  return ods;
}

function checkPractitioner(practitioner: Json, sub: string): void {
  checkResource('requesting_practitioner', practitioner);
  if (!isText(practitioner.id)) throw missing('requesting_practitioner.id');
  const name = Array.isArray(practitioner.name) ? practitioner.name[0] : undefined;
  if (!isObject(name) || !isText(name.family)) throw missing('requesting_practitioner.name.family');
  if (!Array.isArray(name.given) || !name.given.every(isText) || name.given.length === 0) {
    throw missing('requesting_practitioner.name.given');
  }
  if (!identifierValue(practitioner, identifierSystems.sdsUser.system)) {
    throw missing(`requesting_practitioner.identifier (${identifierSystems.sdsUser.system}; use UNK when unknown)`);
  }
  if (practitioner.id !== sub) {
    throw bad(
      `JWT claim sub (${JSON.stringify(sub)}) must equal requesting_practitioner.id (${JSON.stringify(practitioner.id)}).`,
    );
  }
}

function checkTimes(exp: unknown, iat: unknown, now: Date): void {
  if (!Number.isInteger(exp)) throw bad('JWT claim exp must be an integer number of seconds since the epoch.');
  if (!Number.isInteger(iat)) throw bad('JWT claim iat must be an integer number of seconds since the epoch.');
  const lifetime = (exp as number) - (iat as number);
  if (lifetime !== JWT_LIFETIME_SECONDS) {
    throw bad(
      `JWT claim exp must be exactly ${JWT_LIFETIME_SECONDS} seconds after iat; it is ${lifetime} seconds after.`,
    );
  }
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if ((exp as number) <= nowSeconds)
    throw bad(`The JWT has expired: exp ${exp} is not after the current time ${nowSeconds}.`);
  if ((iat as number) > nowSeconds + JWT_IAT_LEEWAY_SECONDS) {
    throw bad(
      `JWT claim iat ${iat} is more than ${JWT_IAT_LEEWAY_SECONDS} seconds in the future (now ${nowSeconds}); check the consumer's clock.`,
    );
  }
}

function parseScope(value: string, interaction: Interaction): { scope: JwtScope; confidentiality?: Confidentiality } {
  const [scope, confidentiality, ...rest] = value.split(' ');
  if (
    !JWT_SCOPES.includes(scope as JwtScope) ||
    rest.length > 0 ||
    (confidentiality !== undefined && !CONFIDENTIALITY_VALUES.includes(confidentiality as Confidentiality))
  ) {
    throw bad(
      `JWT claim requested_scope ${JSON.stringify(value)} is not one of ${JWT_SCOPES.join(', ')}, optionally followed by " conf/N" or " conf/R".`,
    );
  }
  checkConfidentialityFits(confidentiality as Confidentiality | undefined, interaction);
  return {
    scope: scope as JwtScope,
    ...(confidentiality ? { confidentiality: confidentiality as Confidentiality } : {}),
  };
}

function checkReasonFits(reason: string, interaction: Interaction): void {
  if (reason !== interaction.reason) {
    throw bad(
      `JWT claim reason_for_request must be ${interaction.reason} for ${interaction.name}; received ${reason}.`,
    );
  }
}

function checkConfidentialityFits(confidentiality: Confidentiality | undefined, interaction: Interaction): void {
  if (confidentiality && !interaction.confidentiality) {
    throw bad(
      `JWT claim requested_scope may not carry ${confidentiality} for ${interaction.name}; send ${interaction.scope} alone.`,
    );
  }
  if (confidentiality === 'conf/R' && interaction.reason !== 'migration') {
    throw bad(
      `JWT claim requested_scope may carry conf/R only for the migrate interactions; ${interaction.name} takes conf/N at most.`,
    );
  }
}

// Tokens that passed every check, by Authorization value: a consumer sends one token for up to 5 minutes, and what
// the token alone decides cannot change in that time. The clock and the interaction are checked on every request.
type Verified = { claims: JwtClaims; confidentiality: Confidentiality | undefined };
const verified = new Map<string, Verified>();
const VERIFIED_LIMIT = 1000;
// The token seen last, compared before the map is: a Map lookup hashes the whole header (over 1 KB), a fresh string
// on every request, where comparing it with the same token is a memory compare.
let last: { authorization: string; verified: Verified } | undefined;

function rememberedVerdict(authorization: string): Verified | undefined {
  if (last?.authorization === authorization) return last.verified;
  const known = verified.get(authorization);
  if (known) last = { authorization, verified: known };
  return known;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * Decodes and checks the token. Throws SpineError (400 BAD_REQUEST, or 422 for a malformed requesting_* resource).
 * The claims are frozen: they are shared by every request that sends the same token.
 */
export function verifyJwt(authorization: string | null, interaction: Interaction, now: Date): JwtClaims {
  const known = authorization === null ? undefined : rememberedVerdict(authorization);
  if (known) {
    // The checks that depend on the time or the interaction, in the order the full check meets them.
    const { claims, confidentiality } = known;
    checkTimes(claims.exp, claims.iat, now);
    checkReasonFits(claims.reason_for_request, interaction);
    checkConfidentialityFits(confidentiality, interaction);
    return claims;
  }
  const { claims, confidentiality } = decodeAndVerify(authorization, interaction, now);
  if (verified.size >= VERIFIED_LIMIT) {
    verified.clear();
    last = undefined;
  }
  verified.set(authorization as string, { claims: deepFreeze(claims), confidentiality });
  return claims;
}

/** The claims of a token that has passed verifyJwt, while it is remembered: the assurance log reads them too. */
export const verifiedClaims = (authorization: string): JwtClaims | undefined =>
  rememberedVerdict(authorization)?.claims;

function decodeAndVerify(
  authorization: string | null,
  interaction: Interaction,
  now: Date,
): { claims: JwtClaims; confidentiality: Confidentiality | undefined } {
  const [headerPart, payloadPart] = splitToken(authorization);
  checkHeader(decodeSegment(headerPart, 'header'));
  const payload = decodeSegment(payloadPart, 'payload');
  if (!isObject(payload)) throw bad('The JWT payload must be a JSON object.');
  if (LEGACY_JWT_CLAIM in payload) {
    throw bad(`JWT claim ${LEGACY_JWT_CLAIM} belongs to the 0.x (DSTU2) token and is not allowed in GP Connect 1.x.`);
  }
  for (const claim of REQUIRED_JWT_CLAIMS) {
    if (payload[claim] === undefined || payload[claim] === null) throw missing(claim);
  }
  for (const claim of ['iss', 'sub', 'aud', 'reason_for_request', 'requested_scope'] as const) {
    if (!isText(payload[claim])) throw bad(`JWT claim ${claim} must be a non-empty string.`);
  }
  if (payload.aud === LEGACY_JWT_AUDIENCE) {
    throw bad(
      `JWT claim aud ${LEGACY_JWT_AUDIENCE} is the 0.x audience; use the provider's service root URL from SDS.`,
    );
  }
  checkTimes(payload.exp, payload.iat, now);
  const reason = payload.reason_for_request as string;
  if (!REASONS_FOR_REQUEST.includes(reason as ReasonForRequest)) {
    throw bad(
      `JWT claim reason_for_request ${JSON.stringify(reason)} is not one of ${REASONS_FOR_REQUEST.join(', ')}.`,
    );
  }
  checkReasonFits(reason, interaction);
  const scope = parseScope(payload.requested_scope as string, interaction);
  for (const claim of ['requesting_device', 'requesting_organization', 'requesting_practitioner'] as const) {
    if (!isObject(payload[claim])) throw invalidResource(`JWT claim ${claim} must be a FHIR resource (a JSON object).`);
  }
  checkDevice(payload.requesting_device as Json);
  const requestingOds = checkOrganization(payload.requesting_organization as Json);
  checkPractitioner(payload.requesting_practitioner as Json, payload.sub as string);
  return {
    claims: { ...(payload as unknown as JwtClaims), ...scope, requestingOds },
    confidentiality: scope.confidentiality,
  };
}

/** Checks that the token's scope fits the interaction (https://developer.nhs.uk/apis/gpconnect/integration_cross_organisation_audit_and_provenance.html#jwt-payload: read vs write, patient vs organization). */
export function checkScope(claims: JwtClaims, interaction: Interaction): void {
  if (claims.scope !== interaction.scope) {
    throw bad(
      `JWT claim requested_scope ${JSON.stringify(claims.requested_scope)} does not fit ${interaction.name}, which needs ${interaction.scope}.`,
    );
  }
}
