// An imitation of the Spine Secure Proxy: checks the target against SDS and the Ssp-* headers, then forwards (https://developer.nhs.uk/apis/gpconnect/integration_spine_secure_proxy.html#constructing-a-request).
//
// Request:  {METHOD} /ssp/{provider service root URL as SDS holds it}/{FHIR path and query}
//           e.g. POST /ssp/https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord
// Checks:   the Ssp-* headers are present; Ssp-From is an ASID SDS knows; the SDS MHS record for the target's ODS code
//           and Ssp-InteractionID exists; the target's service root equals its nhsMhsEndPoint character for character
//           (so an IP address, http:// or an explicit :443 is refused); Ssp-To is an ASID registered for the interaction.
// Answer:   the provider's response, unchanged; or an SSP error (https://developer.nhs.uk/apis/gpconnect/development_fhir_error_handling_guidance.html): an OperationOutcome coded with
//           http://fhir.nhs.net/ValueSet/gpconnect-schedule-response-code-1-0 and the HTTP status as the code.
import type { OperationOutcome } from 'fhir/r3';
import {
  OPERATION_OUTCOME_PROFILE,
  SSP_ERROR_SYSTEM,
  SSP_HEADERS,
  sspErrors,
  type SspErrorKey,
} from '../../spec/index.ts';
import { bodyOf } from '../request-body.ts';
import { parseProviderPath } from '../router.ts';
import { fhirResponse } from '../respond.ts';
import { describeUnknownInteractionId } from './interaction-id.ts';
import { sdsEntries, findEndpoint } from './sds.ts';

export const SSP_PREFIX = '/ssp/';
const FORWARDED_METHODS = ['GET', 'POST', 'PUT'];

/**
 * An SSP-side failure, in the proxy's own OperationOutcome shape: `display` is the documented code pattern filled in;
 * `diagnostics` repeats it, followed by the `suspect` when the sandbox knows a likelier cause than the code names.
 */
export function sspErrorResponse(key: SspErrorKey, display: string, suspect?: string): Response {
  const { status, issueCode } = sspErrors[key];
  const outcome: OperationOutcome = {
    resourceType: 'OperationOutcome',
    meta: { profile: [OPERATION_OUTCOME_PROFILE] },
    issue: [
      {
        severity: 'error',
        code: issueCode,
        details: { coding: [{ system: SSP_ERROR_SYSTEM, code: String(status), display }] },
        diagnostics: suspect ? `${display}: ${suspect}` : display,
      },
    ],
  };
  return fhirResponse(outcome, { status });
}

const knownAsids = () =>
  new Set(sdsEntries.filter((e) => e.objectClass === 'nhsAs').map((e) => e.uniqueIdentifier as string));

const asidServes = (asid: string, interactionId: string) =>
  sdsEntries.some(
    (e) =>
      e.objectClass === 'nhsAs' &&
      e.uniqueIdentifier === asid &&
      (e.nhsAsSvcIA as string[] | undefined)?.includes(interactionId),
  );

export async function handleSsp(
  request: Request,
  url: URL,
  forward: (request: Request) => Promise<Response>,
): Promise<Response> {
  // Read the target from the raw URL so the check sees exactly what the consumer sent (ports, case, dots).
  const raw = request.url.slice(request.url.indexOf(SSP_PREFIX) + SSP_PREFIX.length);
  const target = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)(\/[^?#]*)?(\?[^#]*)?/i.exec(raw);
  if (!FORWARDED_METHODS.includes(request.method)) {
    return sspErrorResponse('methodNotAllowed', sspErrors.methodNotAllowed.pattern);
  }
  // The proxy needs the sender and the interaction to authorise; the provider checks the other headers itself.
  const from = request.headers.get(SSP_HEADERS.from)?.trim() ?? '';
  const to = request.headers.get(SSP_HEADERS.to)?.trim() ?? '';
  const interactionId = request.headers.get(SSP_HEADERS.interactionId)?.trim() ?? '';
  // The proxy authorises a sender per interaction, so an unknown or mis-cased ID fails as the sender's ASID check;
  // the diagnostics name the ID as the suspect so the consumer does not go looking at its ASID registration.
  if (!knownAsids().has(from) || !asidServes(from, interactionId)) {
    return sspErrorResponse(
      'senderNotAuthorised',
      `ASID_CHECK_FAILED_MESSAGESENDER_${from}`,
      describeUnknownInteractionId(interactionId),
    );
  }
  const contentType = request.headers.get('Content-Type');
  if (contentType && !/^application\/fhir\+(json|xml)\s*(;|$)/i.test(contentType.trim())) {
    return sspErrorResponse('unsupportedMediaType', sspErrors.unsupportedMediaType.pattern);
  }
  const [, authority = '', path = '/', query = ''] = target ?? [];
  const route = parseProviderPath(path);
  const endpoint = route && findEndpoint(route.odsCode, interactionId);
  const targetRoot = `${raw.slice(0, raw.indexOf('://') + 3)}${authority}${route?.rootPath ?? path}`;
  if (!target || !route || !endpoint) {
    return sspErrorResponse('receiverNotAuthorised', `PARTYKEY_INTERACTION_CHECK_FAILED_MESSAGERECEIVER_${to}`);
  }
  if (targetRoot !== endpoint.nhsMhsEndPoint) {
    return sspErrorResponse(
      'targetUrlMismatch',
      `ENDPOINT_${endpoint.nhsMhsEndPoint}_CPAID_${endpoint.uniqueIdentifier}_VARIES_FROM_TARGETURL_${targetRoot}`,
    );
  }
  if (!asidServes(to, interactionId)) {
    return sspErrorResponse('receiverNotAuthorised', `PARTYKEY_INTERACTION_CHECK_FAILED_MESSAGERECEIVER_${to}`);
  }
  // Providers never see the proxy: the same request, addressed to the provider path on this origin.
  const hasBody = request.method !== 'GET' && request.body !== null;
  return forward(
    new Request(`${url.origin}${path}${query}`, {
      method: request.method,
      headers: request.headers,
      ...(hasBody ? { body: await bodyOf(request) } : {}),
    }),
  );
}
