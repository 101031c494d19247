// Test helpers: build GP Connect requests (headers, unsigned JWT, body) for any interaction and read the answers.
import { base64url } from 'jose';
import {
  CONSUMER_ASID,
  EXAMPLE_JWT,
  FHIR_JSON,
  FHIR_XML_MEDIA_TYPE,
  JWT_LIFETIME_SECONDS,
  SPINE_ERROR_SYSTEM,
  findPractice,
  identifierSystems,
  interactions,
  scopeFor,
  serviceRootPath,
  type InteractionKey,
} from '../../../src/spec/index.ts';
import { fromXml } from '../../../src/sandbox/xml/from-xml.ts';

export const ORIGIN = 'http://sandbox.test';

/** The claims of a valid token for the interaction at `now` (seconds). */
export function validClaims(key: InteractionKey, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  const interaction = interactions[key];
  return {
    iss: EXAMPLE_JWT.iss,
    sub: EXAMPLE_JWT.practitionerId,
    aud: `https://pcs.thirdparty.nhs.uk/B82617/STU3/1/${interaction.base}`,
    exp: nowSeconds + JWT_LIFETIME_SECONDS,
    iat: nowSeconds,
    reason_for_request: interaction.reason,
    requested_scope: scopeFor(interaction),
    requesting_device: {
      resourceType: 'Device',
      identifier: [{ system: EXAMPLE_JWT.deviceSystem, value: EXAMPLE_JWT.deviceId }],
      model: EXAMPLE_JWT.deviceModel,
      version: EXAMPLE_JWT.deviceVersion,
    },
    requesting_organization: {
      resourceType: 'Organization',
      identifier: [{ system: identifierSystems.odsOrganization.system, value: EXAMPLE_JWT.organizationOds }],
      name: EXAMPLE_JWT.organizationName,
    },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: EXAMPLE_JWT.practitionerId,
      identifier: [
        { system: identifierSystems.sdsUser.system, value: EXAMPLE_JWT.sdsUserId },
        { system: identifierSystems.sdsRoleProfile.system, value: EXAMPLE_JWT.sdsRoleProfileId },
      ],
      name: [
        {
          ...EXAMPLE_JWT.practitionerName,
          given: [...EXAMPLE_JWT.practitionerName.given],
          prefix: [...EXAMPLE_JWT.practitionerName.prefix],
        },
      ],
    },
  };
}

/** An unsigned JWT: base64url header and payload, then an empty signature after the final dot. */
export function encodeJwt(payload: unknown, header: unknown = { alg: 'none', typ: 'JWT' }): string {
  return `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}.`;
}

export interface GpcRequestOptions {
  ods?: string;
  /** Path relative to the service root, with its query; defaults to the interaction's template with `id`. */
  path?: string;
  id?: string;
  query?: string;
  body?: unknown;
  headers?: Record<string, string | null>;
  claims?: Record<string, unknown>;
  method?: string;
}

/** A request for the interaction with everything a valid one carries; override any part through the options. */
export function gpcRequest(key: InteractionKey, options: GpcRequestOptions = {}): Request {
  const interaction = interactions[key];
  const ods = options.ods ?? 'B82617';
  const relative = options.path ?? interaction.path.replace('{id}', options.id ?? '1');
  const url = `${ORIGIN}${serviceRootPath(ods, interaction.base)}${relative}${options.query ? `?${options.query}` : ''}`;
  const headers: Record<string, string> = {
    'Ssp-TraceID': crypto.randomUUID(),
    'Ssp-From': CONSUMER_ASID,
    'Ssp-To': findPractice(ods)?.asid ?? '918999198738',
    'Ssp-InteractionID': interaction.id,
    Authorization: `Bearer ${encodeJwt(options.claims ?? validClaims(key))}`,
    Accept: FHIR_JSON,
  };
  if (options.body !== undefined) headers['Content-Type'] = FHIR_JSON;
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return new Request(url, {
    method: options.method ?? interaction.method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
}

export interface Outcome {
  status: number;
  code: string | undefined;
  diagnostics: string | undefined;
}

/** The body of a FHIR response, JSON or XML (read back into its JSON form), by its Content-Type. */
export async function readFhirJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return (response.headers.get('Content-Type') ?? '').startsWith(FHIR_XML_MEDIA_TYPE)
    ? fromXml(text, 64)
    : JSON.parse(text);
}

/** The status and Spine code of an error response (asserting the body is a coded OperationOutcome). */
export async function readOutcome(response: Response): Promise<Outcome> {
  const body = (await readFhirJson(response)) as {
    resourceType: string;
    issue: { diagnostics?: string; details?: { coding?: { system: string; code: string }[] } }[];
  };
  if (body.resourceType !== 'OperationOutcome')
    throw new Error(`expected an OperationOutcome, got ${body.resourceType}`);
  const coding = body.issue[0]?.details?.coding?.[0];
  if (coding && coding.system !== SPINE_ERROR_SYSTEM) throw new Error(`unexpected system ${coding.system}`);
  return { status: response.status, code: coding?.code, diagnostics: body.issue[0]?.diagnostics };
}

/** `yyyy-mm-dd` of `date` in UTC plus `days`. */
export const isoDay = (days = 0, from = new Date()) =>
  new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
