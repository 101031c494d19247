// Content negotiation: `_format`, Accept and Content-Type (facts §5.3, §16.1 step 5). The sandbox speaks JSON only.
import { FHIR_JSON_MEDIA_TYPE, FHIR_XML_MEDIA_TYPE } from '../../spec/index.ts';
import { SpineError } from '../spine-error.ts';

// spec (demonstrator): an unsupported format → 415 with the BAD_REQUEST code
const unsupported = (diagnostics: string) => new SpineError('BAD_REQUEST', diagnostics, { status: 415 });

const mediaTypeOf = (value: string) => (value.split(';')[0] ?? '').trim().toLowerCase();

function explainXml(where: string): SpineError {
  return unsupported(`${where} asks for ${FHIR_XML_MEDIA_TYPE}; the sandbox answers in ${FHIR_JSON_MEDIA_TYPE} only.`);
}

/** Throws 415 unless the request can be answered in FHIR JSON. `_format` wins over Accept. */
export function checkContentNegotiation(request: Request, url: URL): void {
  const formats = url.searchParams.getAll('_format');
  if (formats.length > 0) {
    const format = mediaTypeOf(formats[0] ?? '');
    if (formats.length > 1) throw unsupported('Send _format at most once.');
    if (format === FHIR_XML_MEDIA_TYPE) throw explainXml('_format');
    if (format !== FHIR_JSON_MEDIA_TYPE) {
      throw unsupported(
        `_format ${JSON.stringify(formats[0]?.slice(0, 80))} is not supported; use ${FHIR_JSON_MEDIA_TYPE}.`,
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
  if (ranges.some((range) => range === FHIR_JSON_MEDIA_TYPE || range === '*/*' || range === 'application/*')) return;
  if (ranges.includes(FHIR_XML_MEDIA_TYPE)) throw explainXml('The Accept header');
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
  if (mediaType === FHIR_XML_MEDIA_TYPE) throw explainXml('The Content-Type header');
  if (mediaType !== FHIR_JSON_MEDIA_TYPE) {
    throw unsupported(
      `The Content-Type ${JSON.stringify(contentType.slice(0, 120))} is not supported; send ${FHIR_JSON_MEDIA_TYPE};charset=utf-8.`,
    );
  }
}

/** Reads a JSON request body; an empty or unparsable body is the interaction's own failure (its code varies). */
export async function readJsonBody(request: Request, onFailure: (reason: string) => SpineError): Promise<unknown> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw onFailure('the body could not be read');
  }
  if (text.trim() === '') throw onFailure('the body is empty');
  try {
    return JSON.parse(text);
  } catch {
    throw onFailure('the body is not valid JSON');
  }
}
