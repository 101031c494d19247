// What the assurance log keeps of one request: the facts the consumer's obligations are graded on, nothing more.
import { SSP_HEADERS, findInteractionById, interactionList, type InteractionKey } from '../../spec/index.ts';
import { faultOf } from '../faults/index.ts';
import { urlOf } from '../request-url.ts';
import { parseProviderPath, matchTemplate } from '../router.ts';
import { SSP_PREFIX } from '../spine/ssp.ts';
import { verifiedClaims } from '../validate/jwt.ts';

export interface AssuranceRecord {
  seq: number;
  at: string;
  method: string;
  path: string;
  /** Provider requests only: the interactions whose verb and path fit the request. */
  fits?: InteractionKey[];
  traceId: string | null;
  interactionId: string | null;
  accept: string | null;
  ifMatch: string | null;
  /** The JWT payload; null when the token is missing or cannot be decoded. */
  claims: Record<string, unknown> | null;
  status: number;
  fault?: string;
  /** The NHS number a PDS trace or a patient search looked up. */
  nhsChecked?: string;
  /** The NHS number a structured record request asked for. */
  nhsRead?: string;
  slotsFound?: string[];
  slotsBooked?: string[];
}

/** The JWT payload: the handler's own decoding when it verified the token, otherwise decoded here, leniently. */
function decodeClaims(authorization: string | null): Record<string, unknown> | null {
  const known = authorization === null ? undefined : verifiedClaims(authorization);
  if (known) return known as unknown as Record<string, unknown>;
  const payload = /^Bearer\s+[^.]*\.([^.]*)\./i.exec(authorization ?? '')?.[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A body's JSON, or undefined when there is none or it is not JSON (an XML body, a malformed one). */
const parseJson = (text: string | undefined): unknown => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** The provider path of a direct or SSP-prefixed request. */
function providerPathOf(url: URL): string {
  if (!url.pathname.startsWith(SSP_PREFIX)) return url.pathname;
  try {
    return new URL(url.pathname.slice(SSP_PREFIX.length)).pathname;
  } catch {
    return '';
  }
}

const NHS_QUERY = /nhs-number(?:\||%7C)(\d{10})/i;

/**
 * Reads the facts of one exchange. `request` may have been read by the handler; `body` is its body as text, for
 * the requests whose body is graded (a structured record request, a booking).
 */
export async function toAssuranceRecord(
  request: Request,
  response: Response,
  now: Date,
  body?: string,
): Promise<Omit<AssuranceRecord, 'seq'>> {
  const url = urlOf(request);
  const headers = request.headers;
  const record: Omit<AssuranceRecord, 'seq'> = {
    at: now.toISOString(),
    method: request.method,
    path: url.pathname,
    traceId: headers.get(SSP_HEADERS.traceId),
    interactionId: headers.get(SSP_HEADERS.interactionId),
    accept: headers.get('Accept'),
    ifMatch: headers.get('If-Match'),
    claims: decodeClaims(headers.get('Authorization')),
    status: response.status,
  };
  const fault = faultOf(response);
  if (fault) record.fault = fault;
  const pds = /^\/spine\/pds\/Patient\/(\d{10})$/.exec(url.pathname)?.[1];
  if (pds) record.nhsChecked = pds;
  const route = parseProviderPath(providerPathOf(url));
  if (!route) return record;
  record.fits = interactionList
    .filter((i) => i.method === request.method && i.base === route.segment && matchTemplate(i.path, route.relativePath))
    .map((i) => i.key);
  const key = record.interactionId === null ? undefined : findInteractionById(record.interactionId)?.key;
  if (key === 'F2') {
    const found = NHS_QUERY.exec(url.search)?.[1];
    if (found && response.ok) record.nhsChecked = found;
  }
  if (key === 'S1') {
    const parameters = parseJson(body) as
      { parameter?: { name?: string; valueIdentifier?: { value?: string } }[] } | undefined;
    const nhs = parameters?.parameter?.find((p) => p.name === 'patientNHSNumber')?.valueIdentifier?.value;
    if (nhs) record.nhsRead = nhs;
  }
  if (key === 'A1' && response.ok) {
    const bundle = parseJson(await response.clone().text()) as
      { entry?: { resource?: { resourceType?: string; id?: string } }[] } | undefined;
    record.slotsFound = (bundle?.entry ?? []).flatMap((e) =>
      e.resource?.resourceType === 'Slot' && e.resource.id ? [e.resource.id] : [],
    );
  }
  if (key === 'A3') {
    const appointment = parseJson(body) as { slot?: { reference?: string }[] } | undefined;
    record.slotsBooked = (appointment?.slot ?? []).map((s) => (s.reference ?? '').replace(/^Slot\//, ''));
  }
  return record;
}
