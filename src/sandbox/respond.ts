// Builds every sandbox response: FHIR JSON, no-store caching, and ETag/Location where the resource has a version.
import type { Resource } from 'fhir/r3';
import { CACHE_CONTROL, FHIR_JSON } from '../spec/index.ts';

export interface FhirResponseOptions {
  status?: number;
  /** The resource's versionId; sent as a weak ETag, `W/"<versionId>"`. */
  etag?: string;
  /** Absolute URL for the `Location` header of a create. */
  location?: string;
  /** Absolute URL of the version sent, for `Content-Location` (read, create and update). */
  contentLocation?: string;
  /** When that version was made, for `Last-Modified`. */
  lastModified?: Date;
  headers?: Record<string, string>;
}

/** The weak ETag form GP Connect uses for a versionId. */
export const toEtag = (versionId: string): string => `W/"${versionId}"`;

/**
 * A FHIR JSON response with the headers every GP Connect answer carries (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#content-types, https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#caching-headers, the decisions on content/explore/sandbox.mdx). `null` sends no
 * body, for a consumer that asked for `Prefer: return=minimal`.
 */
export function fhirResponse(resource: Resource | object | null, options: FhirResponseOptions = {}): Response {
  return fhirJsonResponse(resource === null ? null : JSON.stringify(resource), options);
}

/** fhirResponse for a resource its caller has already written as JSON, text or UTF-8 (`null`: no body). */
export function fhirJsonResponse(
  json: string | Uint8Array<ArrayBuffer> | null,
  options: FhirResponseOptions = {},
): Response {
  // A plain record rather than a Headers object: the Node host then writes it out without converting it (a Headers
  // object validates every name and value as it is set), and the names below never clash with `options.headers`.
  const headers: Record<string, string> = { ...options.headers };
  if (json !== null) headers['Content-Type'] = FHIR_JSON;
  headers['Cache-Control'] = CACHE_CONTROL;
  if (options.etag) headers.ETag = toEtag(options.etag);
  if (options.location) headers.Location = options.location;
  if (options.contentLocation) headers['Content-Location'] = options.contentLocation;
  if (options.lastModified) headers['Last-Modified'] = options.lastModified.toUTCString();
  return new Response(json, { status: options.status ?? 200, headers });
}

/**
 * The headers of one resource version: ETag, Content-Location and Last-Modified, which the response table of
 * https://developer.nhs.uk/apis/gpconnect-1-6-2/development_fhir_api_guidance.html requires on read, create and
 * update. The sandbox's versionIds are the millisecond time the version was made, so they give Last-Modified too.
 */
export function versionHeaders(
  baseUrl: string,
  resource: { resourceType: string; id?: string },
  versionId: string,
): Pick<FhirResponseOptions, 'etag' | 'contentLocation' | 'lastModified'> {
  const made = /^\d{1,15}$/.test(versionId) ? new Date(Number(versionId)) : undefined;
  return {
    etag: versionId,
    contentLocation: `${baseUrl}/${resource.resourceType}/${resource.id}/_history/${versionId}`,
    ...(made ? { lastModified: made } : {}),
  };
}

/** True when the request asks for `Prefer: return=minimal` (create and update default to the full resource). */
export const prefersMinimal = (request: Request): boolean =>
  /(^|[;,\s])return=minimal($|[;,\s])/.test(request.headers.get('Prefer') ?? '');

/** A plain JSON response for the Spine imitations (PDS and SDS speak JSON here, not FHIR). */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;charset=utf-8', 'Cache-Control': CACHE_CONTROL },
  });
}
