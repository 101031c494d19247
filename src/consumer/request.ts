// src/consumer/request.ts: the request a correct GP Connect consumer sends for an interaction: the service-root URL,
// the Ssp-* headers in the order the specification lists them, a new Ssp-TraceID per request and a fresh JWT.
// https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html (request headers)
import { serviceRootPath } from '../spec/capabilities.ts';
import { CONSUMER_ASID, FHIR_JSON, IF_MATCH, SSP_HEADERS } from '../spec/headers.ts';
import { interactions, type Interaction, type InteractionKey } from '../spec/interactions.ts';
import { endpointUrl, findPractice, practices, type PracticeOds } from '../spec/practices.ts';
import { newUuid } from '../spec/uuid.ts';
import { buildDefaultClaims, type JwtClaims } from './claims.ts';
import { encodeJwt } from './jwt.ts';
import type { WireRequest } from './wire.ts';

/** The headers a consumer sends for this interaction and provider, in the order the spec lists them. */
export function buildGpcHeaders(options: {
  interaction: Interaction;
  providerAsid: string;
  traceId: string;
  ifMatch?: string;
  hasBody: boolean;
}): Array<[string, string]> {
  return [
    ['Accept', FHIR_JSON],
    ...(options.hasBody ? [['Content-Type', FHIR_JSON] as [string, string]] : []),
    [SSP_HEADERS.traceId, options.traceId],
    [SSP_HEADERS.from, CONSUMER_ASID],
    [SSP_HEADERS.to, options.providerAsid],
    [SSP_HEADERS.interactionId, options.interaction.id],
    ...(options.ifMatch ? [[IF_MATCH, options.ifMatch] as [string, string]] : []),
  ];
}

/** Percent-encodes a query part, keeping ':' and '/' readable (RFC 3986 allows both) and '|' encoded as %7C. */
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** The full URL: target base, the service root of the practice and interaction, the path and the query. */
export function buildServiceUrl(options: {
  base: string;
  practice: string;
  interaction: InteractionKey;
  path: string;
  query: Array<[string, string]>;
}): string {
  const root = serviceRootPath(options.practice, interactions[options.interaction].base);
  const query = options.query.map(([name, value]) => `${encodeQueryPart(name)}=${encodeQueryPart(value)}`).join('&');
  return `${options.base}${root}${options.path}${query ? `?${query}` : ''}`;
}

export interface GpcRequestOptions {
  /** Origin (and any path prefix) the request goes to, e.g. http://127.0.0.1:4010. */
  base: string;
  /** ODS code of the provider practice (default B82617). */
  practice?: PracticeOds | string;
  /** Path relative to the service root; defaults to the interaction's template with `{id}` filled from `id`. */
  path?: string;
  id?: string;
  query?: Array<[string, string]>;
  /** JSON body (serialised as is when a string). */
  body?: unknown;
  /** Claims merged over the valid defaults. */
  claims?: JwtClaims;
  /** The exact token to send instead (a test of a broken token sends it as it is). */
  token?: string;
  ifMatch?: string;
  now?: Date;
  traceId?: string;
}

/** A complete, valid request for the interaction; each call is one request, so it carries a new Ssp-TraceID. */
export function buildGpcRequest(key: InteractionKey, options: GpcRequestOptions): WireRequest {
  const interaction = interactions[key];
  // The request goes to the practice asked for, even one the directory does not know (a test of an unknown ODS
  // code); Ssp-To then falls back to the default practice's ASID.
  const odsCode = options.practice ?? practices.B82617.odsCode;
  const practice = findPractice(odsCode) ?? practices.B82617;
  const now = options.now ?? new Date();
  const body =
    options.body === undefined ? null : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const headers = buildGpcHeaders({
    interaction,
    providerAsid: practice.asid,
    traceId: options.traceId ?? newUuid(),
    hasBody: body !== null,
    ...(options.ifMatch ? { ifMatch: options.ifMatch } : {}),
  });
  const token =
    options.token ??
    encodeJwt({
      ...buildDefaultClaims(interaction, endpointUrl(odsCode, interaction.base), now),
      ...options.claims,
    });
  headers.push(['Authorization', `Bearer ${token}`]);
  const path = options.path ?? interaction.path.replace('{id}', options.id ?? '1');
  return {
    method: interaction.method,
    url: buildServiceUrl({
      base: options.base,
      practice: odsCode,
      interaction: key,
      path,
      query: options.query ?? [],
    }),
    headers,
    body,
  };
}
