// What the assurance log keeps of one request: the facts the consumer's obligations are graded on, nothing more.
import { SSP_HEADERS, interactionList, type InteractionKey } from '../../spec/index.ts';
import { FAULT_HEADER } from '../faults/index.ts';
import { parseProviderPath, matchTemplate } from '../router.ts';
import { SSP_PREFIX } from '../spine/ssp.ts';

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

function decodeClaims(authorization: string | null): Record<string, unknown> | null {
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

const readJson = async (message: Request | Response): Promise<unknown> => {
  try {
    return await message.clone().json();
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

/** Reads the facts of one exchange; `request` must be unread (the caller passes a clone). */
export async function toAssuranceRecord(
  request: Request,
  response: Response,
  now: Date,
): Promise<Omit<AssuranceRecord, 'seq'>> {
  const url = new URL(request.url);
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
  const fault = response.headers.get(FAULT_HEADER);
  if (fault) record.fault = fault;
  const pds = /^\/spine\/pds\/Patient\/(\d{10})$/.exec(url.pathname)?.[1];
  if (pds) record.nhsChecked = pds;
  const route = parseProviderPath(providerPathOf(url));
  if (!route) return record;
  record.fits = interactionList
    .filter((i) => i.method === request.method && i.base === route.segment && matchTemplate(i.path, route.relativePath))
    .map((i) => i.key);
  const key = interactionList.find((i) => i.id === record.interactionId)?.key;
  if (key === 'F2') {
    const found = NHS_QUERY.exec(url.search)?.[1];
    if (found && response.ok) record.nhsChecked = found;
  }
  if (key === 'S1') {
    const body = (await readJson(request)) as
      { parameter?: { name?: string; valueIdentifier?: { value?: string } }[] } | undefined;
    const nhs = body?.parameter?.find((p) => p.name === 'patientNHSNumber')?.valueIdentifier?.value;
    if (nhs) record.nhsRead = nhs;
  }
  if (key === 'A1' && response.ok) {
    const bundle = (await readJson(response)) as
      { entry?: { resource?: { resourceType?: string; id?: string } }[] } | undefined;
    record.slotsFound = (bundle?.entry ?? []).flatMap((e) =>
      e.resource?.resourceType === 'Slot' && e.resource.id ? [e.resource.id] : [],
    );
  }
  if (key === 'A3') {
    const body = (await readJson(request)) as { slot?: { reference?: string }[] } | undefined;
    record.slotsBooked = (body?.slot ?? []).map((s) => (s.reference ?? '').replace(/^Slot\//, ''));
  }
  return record;
}
