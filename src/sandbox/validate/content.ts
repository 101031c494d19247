// Content negotiation (`_format`, Accept, Content-Type) and reading a request body, in FHIR JSON or FHIR XML.
// The names each format goes by are in ../format/negotiate.ts (FHIR STU3 http.html#mime-type).
import { FHIR_JSON, FHIR_XML } from '../../spec/index.ts';
import { SERVED_MEDIA_TYPES, acceptedFormat, formatNamed } from '../format/negotiate.ts';
import { bodyOf } from '../request-body.ts';
import { SpineError } from '../spine-error.ts';

// spec (demonstrator): an unsupported format → 415 with the BAD_REQUEST code
const unsupported = (diagnostics: string) => new SpineError('BAD_REQUEST', diagnostics, { status: 415 });

const SUPPORTED = SERVED_MEDIA_TYPES.join(' or ');

/** Throws 415 unless the request's formats are FHIR JSON or FHIR XML. `_format` wins over Accept. */
export function checkContentNegotiation(request: Request, url: URL): void {
  const formats = url.searchParams.getAll('_format');
  if (formats.length > 1) throw unsupported('Send _format at most once.');
  const format = formats[0];
  if (format !== undefined) {
    if (!formatNamed(format))
      throw unsupported(
        `_format ${JSON.stringify(format.slice(0, 80))} is not supported; use json, xml or ${SUPPORTED}.`,
      );
  } else {
    const accept = request.headers.get('Accept');
    if (!acceptedFormat(accept)) {
      throw unsupported(
        `The Accept header ${JSON.stringify(accept?.slice(0, 120))} names no supported format; use ${SUPPORTED}.`,
      );
    }
  }
  checkContentType(request);
}

function checkContentType(request: Request): void {
  const contentType = request.headers.get('Content-Type');
  const hasBody = request.method === 'POST' || request.method === 'PUT';
  if (contentType === null || contentType.trim() === '') {
    if (hasBody) throw unsupported(`A ${request.method} needs a Content-Type header: ${FHIR_JSON} or ${FHIR_XML}.`);
    return;
  }
  if (!formatNamed(contentType)) {
    throw unsupported(
      `The Content-Type ${JSON.stringify(contentType.slice(0, 120))} is not supported; send ${SUPPORTED} (charset utf-8).`,
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
 * Reads a request body in the format its Content-Type names, as the resource's JSON form. Unreadable, empty,
 * invalid UTF-8 and malformed JSON or XML are 400 BAD_REQUEST; nesting deeper than MAX_BODY_DEPTH is 422
 * INVALID_RESOURCE before anything recurses; XML that is not an STU3 resource is 422 INVALID_RESOURCE. The XML
 * reader is loaded only when an XML body arrives.
 */
export async function readFhirBody(request: Request, what: string): Promise<unknown> {
  let bytes: ArrayBuffer;
  try {
    bytes = await bodyOf(request);
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
  if (formatNamed(request.headers.get('Content-Type') ?? '') === 'xml') {
    const { fromXml, XmlReadError } = await import('../xml/from-xml.ts');
    try {
      return fromXml(text, MAX_BODY_DEPTH);
    } catch (error) {
      if (!(error instanceof XmlReadError)) throw error;
      if (error.kind === 'malformed') throw malformed(what, error.message);
      throw new SpineError('INVALID_RESOURCE', `The ${what} is not an STU3 resource: ${error.message}.`);
    }
  }
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
