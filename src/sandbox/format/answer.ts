// Answers in the format the request asked for: handlers build FHIR JSON, and this turns it into FHIR XML when the
// request wants XML, errors included (https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#content-types).
// The XML writer is loaded only then, so a page that never asks for XML never downloads it.
import { FHIR_JSON_MEDIA_TYPE, FHIR_XML } from '../../spec/index.ts';
import { toErrorResponse } from '../spine-error.ts';
import { requestedFormat } from './negotiate.ts';
import { urlOf } from '../request-url.ts';

type Handler = (request: Request) => Promise<Response>;

const isFhirJson = (response: Response) =>
  (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() === FHIR_JSON_MEDIA_TYPE;

async function toXmlResponse(response: Response): Promise<Response> {
  if (response.body === null || !isFhirJson(response)) return response;
  const { toXml } = await import('../xml/to-xml.ts');
  let xml: string;
  try {
    xml = toXml(await response.json());
  } catch (error) {
    // A resource the writer cannot map is a sandbox defect; its 500 OperationOutcome always maps.
    return toXmlResponse(toErrorResponse(error));
  }
  const headers = new Headers(response.headers);
  headers.set('Content-Type', FHIR_XML);
  headers.delete('Content-Length');
  return new Response(xml, { status: response.status, statusText: response.statusText, headers });
}

/** Wraps a handler whose FHIR answers are JSON so that each answer comes in the format the request asked for. */
export function answerInRequestedFormat(handler: Handler): Handler {
  return async (request) => {
    const format = requestedFormat(request, urlOf(request));
    const response = await handler(request);
    return format === 'xml' ? toXmlResponse(response) : response;
  };
}
