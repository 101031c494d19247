// Content negotiation (`_format`, Accept, Content-Type) and reading a request body. The sandbox speaks FHIR JSON.
// FHIR STU3 http.html#mime-type: `json`, `application/json` and `application/fhir+json` all mean JSON in `_format`,
// Accept and Content-Type; https://developer.nhs.uk/apis/gpconnect-1-6-2/development_general_api_guidance.html
// ("Content types") requires `_format` to override Accept.
import { FHIR_JSON_MEDIA_TYPE, FHIR_XML_MEDIA_TYPE } from '../../spec/index.ts';
import { SpineError } from '../spine-error.ts';

// spec (demonstrator): an unsupported format → 415 with the BAD_REQUEST code
const unsupported = (diagnostics: string) => new SpineError('BAD_REQUEST', diagnostics, { status: 415 });

const mediaTypeOf = (value: string) => (value.split(';')[0] ?? '').trim().toLowerCase();

/** The names FHIR STU3 accepts for JSON in `_format`, Accept and Content-Type. */
const JSON_NAMES = new Set(['json', 'application/json', FHIR_JSON_MEDIA_TYPE]);
const XML_NAMES = new Set(['xml', 'application/xml', 'text/xml', FHIR_XML_MEDIA_TYPE]);
const ANY = new Set(['*/*', 'application/*']);

function explainXml(where: string): SpineError {
  return unsupported(`${where} asks for XML; the sandbox answers in ${FHIR_JSON_MEDIA_TYPE} only.`);
}

/** Throws 415 unless the request can be answered in FHIR JSON. `_format` wins over Accept. */
export function checkContentNegotiation(request: Request, url: URL): void {
  const formats = url.searchParams.getAll('_format');
  if (formats.length > 0) {
    const format = mediaTypeOf(formats[0] ?? '');
    if (formats.length > 1) throw unsupported('Send _format at most once.');
    if (XML_NAMES.has(format)) throw explainXml('_format');
    if (!JSON_NAMES.has(format)) {
      throw unsupported(
        `_format ${JSON.stringify(formats[0]?.slice(0, 80))} is not supported; use json or ${FHIR_JSON_MEDIA_TYPE}.`,
      );
    }
  } else {
    checkAccept(request.headers.get('Accept'));
  }
  checkContentType(request);
}

function checkAccept(accept: string | null): void {
  if (accept === null || accept.trim() === '') return;
  const ranges = accept.split(',').map(mediaTypeOf);
  if (ranges.some((range) => JSON_NAMES.has(range) || ANY.has(range))) return;
  if (ranges.some((range) => XML_NAMES.has(range))) throw explainXml('The Accept header');
  throw unsupported(
    `The Accept header ${JSON.stringify(accept.slice(0, 120))} names no supported format; use ${FHIR_JSON_MEDIA_TYPE}.`,
  );
}

function checkContentType(request: Request): void {
  const contentType = request.headers.get('Content-Type');
  const hasBody = request.method === 'POST' || request.method === 'PUT';
  if (contentType === null || contentType.trim() === '') {
    if (hasBody)
      throw unsupported(`A ${request.method} needs a Content-Type header: ${FHIR_JSON_MEDIA_TYPE};charset=utf-8.`);
    return;
  }
  const mediaType = mediaTypeOf(contentType);
  if (XML_NAMES.has(mediaType)) throw explainXml('The Content-Type header');
  if (!JSON_NAMES.has(mediaType)) {
    throw unsupported(
      `The Content-Type ${JSON.stringify(contentType.slice(0, 120))} is not supported; send ${FHIR_JSON_MEDIA_TYPE};charset=utf-8.`,
    );
  }
}

/** Deeper than any GP Connect resource goes (a structured record's parts are 3 deep, a resource about 10). */
export const MAX_BODY_DEPTH = 64;

/** The deepest nesting of objects and arrays in JSON text, counted without recursion (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

// https://developer.nhs.uk/apis/gpconnect-1-6-2/development_fhir_error_handling_guidance.html ("Malformed request
// errors"):
// malformed JSON or XML content in a request body is a bad request, whatever the interaction.
const malformed = (what: string, reason: string) =>
  new SpineError('BAD_REQUEST', `The ${what} could not be read: ${reason}.`);

/**
 * Reads a JSON request body. Unreadable, empty, invalid UTF-8 or malformed JSON is 400 BAD_REQUEST; nesting deeper
 * than MAX_BODY_DEPTH is 422 INVALID_RESOURCE before it is parsed, so no later step can recurse too deep.
 */
export async function readJsonBody(request: Request, what: string): Promise<unknown> {
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch {
    throw malformed(what, 'the body could not be read');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw malformed(what, 'the body is not valid UTF-8');
  }
  if (text.trim() === '') throw malformed(what, 'the body is empty');
  const depth = jsonDepth(text);
  if (depth > MAX_BODY_DEPTH) {
    throw new SpineError(
      'INVALID_RESOURCE',
      `The ${what} is nested ${depth} levels deep; no GP Connect resource goes deeper than ${MAX_BODY_DEPTH}.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw malformed(what, 'the body is not well-formed JSON');
  }
}
