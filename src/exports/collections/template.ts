// src/exports/collections/template.ts: each planned example as a request template, the one form the Postman,
// Bruno and .http writers print. Values that only exist when the collection runs are `{{variables}}`: the base URL,
// a new Ssp-TraceID and JWT per request, today's date and its neighbours, and the ids earlier answers supply.
// The examples are built exactly as the widgets build them, on a far-future "today", so every date they derive from
// today can be found again and turned into a variable.
import type { CapabilityKey } from '../../spec/capabilities.ts';
import { interactions, type InteractionKey } from '../../spec/interactions.ts';
import { endpointUrl, findPractice, practices } from '../../spec/practices.ts';
import type { SpineCode } from '../../spec/spine-errors.ts';
import { addDays, toUkDateTime, ukDate } from '../../spec/uk-time.ts';
import { buildDefaultClaims, type JwtClaims } from '../../consumer/claims.ts';
import { buildGpcRequest } from '../../consumer/request.ts';
import { DEFAULT_PRACTICE } from '../../widgets/examples/index.ts';
import { findPatientChoice, type PatientChoice } from '../../widgets/examples/patients.ts';
import type { SessionState } from '../../widgets/session/state.ts';
import { planCapability, SEARCHED_PATIENT, type Capture, type PlannedStep } from './plan.ts';
import { isJsonObject as isObject } from '../../spec/json.ts';

export interface RequestTemplate {
  /** `F2 find-patient2`: the interaction key and the example's name, unique within a collection. */
  name: string;
  title: string;
  interaction: InteractionKey;
  expect: { status: number; code?: SpineCode };
  prerequisite: boolean;
  method: string;
  /** Starts with `{{baseUrl}}`. */
  url: string;
  headers: Array<[string, string]>;
  body: string | null;
  /** The token's claims without iat and exp, which the collection sets when it sends. */
  claims: JwtClaims;
  captures: Capture[];
  /** For amend and cancel: how the body changes the stored appointment (the body is then {{appointmentBody}}). */
  appointmentChange?: AppointmentChange;
}

/** The instant the examples are built at: far enough away that no other date in a request can be mistaken for it. */
const SENTINEL_NOW = new Date('2999-01-15T10:00:00Z');
const SENTINEL_TODAY = ukDate(SENTINEL_NOW);
const DAY_MS = 86_400_000;

/** The variable for the day `offset` days from today: today, todayPlus1, todayMinus10. */
export const dayVariable = (offset: number): string =>
  offset === 0 ? 'today' : `today${offset > 0 ? 'Plus' : 'Minus'}${Math.abs(offset)}`;

/** The offset a day variable names, or undefined for any other name. */
export function dayOffset(name: string): number | undefined {
  const match = /^today(?:(Plus|Minus)(\d+))?$/.exec(name);
  if (!match) return undefined;
  return match[1] ? Number(match[2]) * (match[1] === 'Plus' ? 1 : -1) : 0;
}

/** Replaces every date derived from the sentinel "today" with its day variable, and its time of day with {{now}}. */
function toDateVariables(text: string): string {
  return text
    .replaceAll(toUkDateTime(SENTINEL_NOW), '{{now}}')
    .replace(/(?<!\d)(?:29[89]\d|30[01]\d)-\d\d-\d\d(?!\d)/g, (date) => {
      const offset = Math.round((Date.parse(date) - Date.parse(SENTINEL_TODAY)) / DAY_MS);
      return `{{${dayVariable(offset)}}}`;
    });
}

/** Marks the stored appointment inside a built body: fields still equal to it are sent back unchanged. */
const STORED_EXTENSION = { url: '{{storedAppointmentExtensions}}' };
const STORED_APPOINTMENT = { id: '{{appointmentId}}', extension: [STORED_EXTENSION] };

/** Stand-ins for what earlier answers supply, written as the variables the capture scripts set. */
const SESSION_VARIABLES: SessionState = {
  freeSlot: {
    id: '{{slotId}}',
    start: '{{slotStart}}',
    end: '{{slotEnd}}',
    practice: DEFAULT_PRACTICE,
    locationId: '{{slotLocationId}}',
    practitionerId: '{{slotPractitionerId}}',
  },
  appointment: {
    id: '{{appointmentId}}',
    versionId: '{{appointmentVersion}}',
    practice: DEFAULT_PRACTICE,
    status: 'booked',
    resource: STORED_APPOINTMENT,
  },
  documents: Object.fromEntries(
    ['patient2', 'patient4'].map((patient) => [
      patient,
      [
        { binaryId: `{{${patient}SmallestBinaryId}}`, size: 0 },
        { binaryId: `{{${patient}LargestBinaryId}}`, size: Number.MAX_SAFE_INTEGER },
      ],
    ]),
  ),
};

/**
 * Amend and cancel send back the appointment exactly as the provider returned it, with a few fields changed: the
 * change a built body makes to the stored appointment, as fields to set and list items to append.
 * https://developer.nhs.uk/apis/gpconnect/appointments_use_case_amend_an_appointment.html
 */
export interface AppointmentChange {
  set: Record<string, unknown>;
  append: Record<string, unknown[]>;
}

/** The variable amend and cancel send as their body, made from the stored appointment when the request is sent. */
export const APPOINTMENT_BODY = '{{appointmentBody}}';

function appointmentChange(body: Record<string, unknown>): AppointmentChange | undefined {
  if (body.id !== STORED_APPOINTMENT.id) return undefined;
  const change: AppointmentChange = { set: {}, append: {} };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, value] of Object.entries(body)) {
    const stored = (STORED_APPOINTMENT as Record<string, unknown>)[key];
    if (same(value, stored)) continue;
    if (Array.isArray(value) && Array.isArray(stored) && same(value.slice(0, stored.length), stored))
      change.append[key] = value.slice(stored.length);
    else change.set[key] = value;
  }
  return change;
}

function patientFor(key: string | undefined, hasSearched: boolean): PatientChoice | undefined {
  const choice = findPatientChoice(key);
  return choice && hasSearched && choice.key === SEARCHED_PATIENT ? { ...choice, logicalId: '{{patientId}}' } : choice;
}

function buildTemplate(planned: PlannedStep, hasSearched: boolean): RequestTemplate {
  const { preset, interaction: key } = planned;
  const interaction = interactions[key];
  const practice = findPractice(preset.practice ?? DEFAULT_PRACTICE) ?? practices[DEFAULT_PRACTICE];
  const built = preset.build({
    now: SENTINEL_NOW,
    today: SENTINEL_TODAY,
    practice,
    patient: patientFor(planned.patient ?? preset.patient, hasSearched),
    session: SESSION_VARIABLES,
  });
  const change = isObject(built.body) ? appointmentChange(built.body) : undefined;
  const wire = buildGpcRequest(key, {
    base: '{{baseUrl}}',
    practice: practice.odsCode,
    ...(built.path ? { path: built.path } : {}),
    query: built.query ?? [],
    ...(built.body === undefined ? {} : { body: change ? APPOINTMENT_BODY : JSON.stringify(built.body, null, 2) }),
    ...(built.ifMatch ? { ifMatch: built.ifMatch } : {}),
    traceId: '{{traceId}}',
    token: '{{jwt}}',
  });
  const {
    iat: _iat,
    exp: _exp,
    ...claims
  } = {
    ...buildDefaultClaims(interaction, endpointUrl(practice.odsCode, interaction.base), SENTINEL_NOW),
    ...built.claims,
  };
  return {
    name: `${key} ${planned.example}${planned.patient ? ` (${planned.patient})` : ''}`,
    title: preset.title,
    interaction: key,
    expect: preset.expect,
    prerequisite: planned.prerequisite,
    method: wire.method,
    url: toDateVariables(wire.url),
    headers: wire.headers.map(([name, value]) => [name, toDateVariables(value)]),
    body: wire.body === null ? null : toDateVariables(wire.body),
    claims,
    captures: planned.captures,
    ...(change ? { appointmentChange: change } : {}),
  };
}

/** The capability's collection: every named example in the order it runs, each as a template. */
export function buildRequestTemplates(capability: CapabilityKey): RequestTemplate[] {
  const plan = planCapability(capability);
  const searchedAt = plan.findIndex((planned) => planned.captures.some((capture) => capture.kind === 'patientId'));
  return plan.map((planned, index) => buildTemplate(planned, searchedAt >= 0 && index > searchedAt));
}

/** Every `{{name}}` a text refers to, in order of first use. */
export function listVariables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{([A-Za-z0-9_]+)\}\}/g)].map((match) => match[1] ?? ''))];
}

/** The day variables the templates use, as offsets from today. */
export function listDayOffsets(templates: RequestTemplate[]): number[] {
  const names = templates.flatMap((t) => listVariables([t.url, ...t.headers.flat(), t.body ?? ''].join('\n')));
  return [...new Set(names.map(dayOffset).filter((offset): offset is number => offset !== undefined))].sort(
    (a, b) => a - b,
  );
}

/** The day variables' values on the UK calendar day of `now`. */
export function dayValues(offsets: number[], now: Date): Record<string, string> {
  return Object.fromEntries(offsets.map((offset) => [dayVariable(offset), addDays(ukDate(now), offset)]));
}
