// Checks the Spine Secure Proxy headers a provider receives (https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html#http-headers; the order is handleProvider's in handler.ts steps 1 and 2).
import { UUID_PATTERN } from '../../spec/uuid.ts';
import { SSP_HEADERS, type Practice } from '../../spec/index.ts';
import { SpineError } from '../spine-error.ts';

/** Every Ssp-* header is present and not blank, and the trace id is a UUID. Returns the trace id. */
export function checkSspHeaders(headers: Headers): string {
  for (const name of Object.values(SSP_HEADERS)) {
    const value = headers.get(name);
    // spec: a missing or blank Ssp-* header → 400 BAD_REQUEST (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html)
    if (value === null || value.trim() === '') {
      throw new SpineError(
        'BAD_REQUEST',
        `The ${name} header is missing or blank; every request needs ${Object.values(SSP_HEADERS).join(', ')}.`,
      );
    }
  }
  const traceId = (headers.get(SSP_HEADERS.traceId) as string).trim();
  if (!UUID_PATTERN.test(traceId)) {
    throw new SpineError(
      'BAD_REQUEST',
      `The ${SSP_HEADERS.traceId} header must be a GUID such as 629ea9ba-a077-4d99-b289-7a9b19fd4e03; received ${JSON.stringify(traceId.slice(0, 80))}.`,
    );
  }
  return traceId;
}

/** A provider accepts only its own ASID in Ssp-To. */
export function checkSspTo(headers: Headers, practice: Practice): void {
  const to = (headers.get(SSP_HEADERS.to) ?? '').trim();
  if (to !== practice.asid) {
    throw new SpineError(
      'BAD_REQUEST',
      `The ${SSP_HEADERS.to} header must be the ASID of ${practice.odsCode} (${practice.asid}); received ${JSON.stringify(to.slice(0, 80))}.`,
    );
  }
}
