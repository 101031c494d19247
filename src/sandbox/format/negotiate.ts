// Which FHIR format a request asks for. FHIR STU3 http.html#mime-type: `json`, `application/json` and
// `application/fhir+json` mean JSON; `xml`, `text/xml`, `application/xml` and `application/fhir+xml` mean XML, in
// `_format`, Accept and Content-Type alike, parameters (`fhirVersion`, `charset`) aside; `_format` overrides Accept
// (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#content-types).
import { FHIR_JSON_MEDIA_TYPE, FHIR_XML_MEDIA_TYPE } from '../../spec/headers.ts';

export type FhirFormat = 'json' | 'xml';

/** The media types the sandbox reads and writes, as the capability statements' `format` lists them. */
export const SERVED_MEDIA_TYPES: readonly string[] = [FHIR_JSON_MEDIA_TYPE, FHIR_XML_MEDIA_TYPE];

const NAMES: ReadonlyMap<string, FhirFormat> = new Map([
  ['json', 'json'],
  ['application/json', 'json'],
  [FHIR_JSON_MEDIA_TYPE, 'json'],
  ['xml', 'xml'],
  ['text/xml', 'xml'],
  ['application/xml', 'xml'],
  [FHIR_XML_MEDIA_TYPE, 'xml'],
]);
/** Ranges that leave the format to the server, which answers in JSON. */
const ANY = new Set(['*/*', 'application/*']);

const mediaTypeOf = (value: string) => (value.split(';')[0] ?? '').trim().toLowerCase();

/** The format a `_format` value or a media type (with or without parameters) names, if it is JSON or XML. */
export const formatNamed = (value: string): FhirFormat | undefined => NAMES.get(mediaTypeOf(value));

/**
 * What an Accept header lets the server send, best first (by `q`, then as listed); `undefined` when it names
 * nothing the sandbox speaks. A header that is absent or empty accepts JSON.
 */
export function acceptedFormat(accept: string | null): FhirFormat | undefined {
  if (accept === null || accept.trim() === '') return 'json';
  if (acceptedByHeader.has(accept)) return acceptedByHeader.get(accept);
  const format = readAccept(accept);
  if (acceptedByHeader.size >= ACCEPTED_LIMIT) acceptedByHeader.clear();
  acceptedByHeader.set(accept, format);
  return format;
}

// Each provider request reads its Accept header twice (the answer's format, then the 415 check), and consumers send
// few distinct ones: the verdict is kept per header value, for up to ACCEPTED_LIMIT values.
const acceptedByHeader = new Map<string, FhirFormat | undefined>();
export const ACCEPTED_LIMIT = 100;

function readAccept(accept: string): FhirFormat | undefined {
  const ranges = accept
    .split(',')
    .map((range, order) => {
      const q = /;\s*q\s*=\s*([0-9.]+)/i.exec(range)?.[1];
      return { range, order, q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { range } of ranges) {
    const format = ANY.has(mediaTypeOf(range)) ? 'json' : formatNamed(range);
    if (format) return format;
  }
  return undefined;
}

/**
 * The format to answer in, whatever else is wrong with the request: a supported `_format`, else the Accept header,
 * else the format of the body sent, else JSON.
 */
export function requestedFormat(request: Request, url: URL): FhirFormat {
  const format = url.searchParams.get('_format');
  const accept = request.headers.get('Accept');
  return (
    (format === null ? undefined : formatNamed(format)) ??
    (accept === null || accept.trim() === '' ? undefined : acceptedFormat(accept)) ??
    formatNamed(request.headers.get('Content-Type') ?? '') ??
    'json'
  );
}
