// What one browser remembers between requests and widgets: the last free slot found, the appointment last booked or
// read (with its ETag for If-Match), and the documents each patient's search listed. Kept in localStorage next to
// the in-page sandbox's bookings, so a booking journey survives a reload and "Reset sandbox data" clears both.
import type { InteractionKey } from '../../spec/interactions.ts';
import { findHeader, type WireResponse } from '../../consumer/wire.ts';

export interface FreeSlot {
  id: string;
  start: string;
  end: string;
  practice: string;
  locationId?: string;
  practitionerId?: string;
}

export interface KnownAppointment {
  id: string;
  versionId: string;
  practice: string;
  status: string;
  /** The Appointment exactly as last returned, so amend and cancel can send it back. */
  resource: Record<string, unknown>;
}

export interface KnownDocument {
  binaryId: string;
  size: number;
}

export interface SessionState {
  freeSlot?: FreeSlot;
  appointment?: KnownAppointment;
  /** Documents found per patient key. */
  documents?: Record<string, KnownDocument[]>;
}

export const SESSION_KEY = 'gpc-tryit-session';

interface Storage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadSession(storage: Storage | undefined): SessionState {
  try {
    return JSON.parse(storage?.getItem(SESSION_KEY) ?? '{}') as SessionState;
  } catch {
    return {};
  }
}

export function saveSession(storage: Storage | undefined, state: SessionState): void {
  storage?.setItem(SESSION_KEY, JSON.stringify(state));
}

type Json = Record<string, any>;

const resourcesOf = (bundle: Json): Json[] =>
  Array.isArray(bundle.entry) ? bundle.entry.map((entry: Json) => entry?.resource).filter(Boolean) : [];
const idFrom = (reference: unknown, type: string): string | undefined =>
  typeof reference === 'string' && reference.startsWith(`${type}/`) ? reference.slice(type.length + 1) : undefined;

/** The weak ETag's version, `W/"42"` → `42`. */
export function versionFromEtag(etag: string | undefined): string | undefined {
  return etag ? /^(?:W\/)?"?([^"]*)"?$/.exec(etag.trim())?.[1] : undefined;
}

/** Learns from a successful response what later requests will need; anything else leaves the state as it was. */
export function recordResponse(
  state: SessionState,
  interaction: InteractionKey,
  context: { practice: string; patient?: string | undefined; now: Date },
  response: WireResponse,
): SessionState {
  if (response.status >= 300) return state;
  let body: Json;
  try {
    body = JSON.parse(response.body) as Json;
  } catch {
    return state;
  }
  if (interaction === 'A1') return { ...state, ...pickFreeSlot(body, context) };
  if (interaction === 'A2' || interaction === 'A3' || interaction === 'A4' || interaction === 'A5') {
    if (body.resourceType !== 'Appointment' || typeof body.id !== 'string') return state;
    const versionId = versionFromEtag(findHeader(response.headers, 'ETag')) ?? String(body.meta?.versionId ?? '');
    const appointment: KnownAppointment = {
      id: body.id,
      versionId,
      practice: context.practice,
      status: String(body.status),
      resource: body,
    };
    // A booked slot is busy now: forget it so the next booking looks for another.
    const freeSlot = interaction === 'A3' ? undefined : state.freeSlot;
    return { ...state, appointment, ...(freeSlot ? { freeSlot } : { freeSlot: undefined }) };
  }
  if (interaction === 'D3' && context.patient) {
    const documents = resourcesOf(body)
      .filter((resource) => resource.resourceType === 'DocumentReference')
      .map((resource) => resource.content?.[0]?.attachment)
      .filter((attachment) => typeof attachment?.url === 'string')
      .map((attachment) => ({
        binaryId: String(attachment.url).split('/Binary/').pop() ?? '',
        size: Number(attachment.size ?? 0),
      }));
    return { ...state, documents: { ...state.documents, [context.patient]: documents } };
  }
  return state;
}

function pickFreeSlot(bundle: Json, context: { practice: string; now: Date }): Pick<SessionState, 'freeSlot'> {
  const resources = resourcesOf(bundle);
  const slot = resources.find(
    (resource) =>
      resource.resourceType === 'Slot' && resource.status === 'free' && new Date(resource.start) > context.now,
  );
  if (!slot) return { freeSlot: undefined };
  const scheduleId = idFrom(slot.schedule?.reference, 'Schedule');
  const schedule = resources.find((resource) => resource.resourceType === 'Schedule' && resource.id === scheduleId);
  const actors: string[] = (schedule?.actor ?? []).map((actor: Json) => actor?.reference);
  const locationId = actors.map((reference) => idFrom(reference, 'Location')).find(Boolean);
  const practitionerId = actors.map((reference) => idFrom(reference, 'Practitioner')).find(Boolean);
  return {
    freeSlot: {
      id: slot.id,
      start: slot.start,
      end: slot.end,
      practice: context.practice,
      ...(locationId ? { locationId } : {}),
      ...(practitionerId ? { practitionerId } : {}),
    },
  };
}
