// Test helpers: GP Connect requests for the sandbox tests, built by the consumer core (src/consumer) so the tests
// send exactly what a correct consumer sends; the options only break what a test means to break.
import { buildDefaultClaims, type JwtClaims } from '../../../src/consumer/claims.ts';
import { encodeBase64Url, encodeJwt as encodeConsumerJwt } from '../../../src/consumer/jwt.ts';
import { buildGpcRequest } from '../../../src/consumer/request.ts';
import {
  endpointUrl,
  interactions,
  practices,
  SPINE_ERROR_SYSTEM,
  FHIR_XML_MEDIA_TYPE,
  type InteractionKey,
} from '../../../src/spec/index.ts';
import { fromXml } from '../../../src/sandbox/xml/from-xml.ts';

export const ORIGIN = 'http://sandbox.test';

/** The claims of a valid token for the interaction at `now` (seconds), addressed to the default practice. */
export function validClaims(key: InteractionKey, nowSeconds = Math.floor(Date.now() / 1000)): JwtClaims {
  const interaction = interactions[key];
  return buildDefaultClaims(
    interaction,
    endpointUrl(practices.B82617.odsCode, interaction.base),
    new Date(nowSeconds * 1000),
  );
}

/** The consumer's unsigned JWT; a test of a bad token header passes its own `header`. */
export function encodeJwt(payload: unknown, header?: unknown): string {
  if (header === undefined) return encodeConsumerJwt(payload);
  return `${encodeBase64Url(JSON.stringify(header))}.${encodeBase64Url(JSON.stringify(payload))}.`;
}

export interface GpcRequestOptions {
  ods?: string;
  /** Path relative to the service root, with its query; defaults to the interaction's template with `id`. */
  path?: string;
  id?: string;
  /** The query string as sent, without the `?`. */
  query?: string;
  body?: unknown;
  /** Headers to set, or to remove with `null`. */
  headers?: Record<string, string | null>;
  /** The whole claim set, instead of the valid one. */
  claims?: Record<string, unknown>;
  method?: string;
}

/** A request for the interaction with everything a valid one carries; override any part through the options. */
export function gpcRequest(key: InteractionKey, options: GpcRequestOptions = {}): Request {
  const path = options.path ?? interactions[key].path.replace('{id}', options.id ?? '1');
  const wire = buildGpcRequest(key, {
    base: ORIGIN,
    ...(options.ods ? { practice: options.ods } : {}),
    // The query goes as written, so a test can send what the consumer core would encode differently.
    path: options.query ? `${path}?${options.query}` : path,
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.claims ? { token: encodeJwt(options.claims) } : {}),
  });
  const headers = new Headers(wire.headers);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return new Request(wire.url, {
    method: options.method ?? wire.method,
    headers,
    ...(wire.body !== null ? { body: wire.body } : {}),
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
