// The four requests the Spine flow sends through the SSP to the provider (steps 3-6 of https://developer.nhs.uk/apis/gpconnect/integration_illustrated.html). They are the
// <TryIt> examples' requests (same headers, JWT and bodies), re-addressed to the SSP URL and filled with what the
// earlier steps found: the ASID from SDS in Ssp-To, the traced NHS number, the slot and the patient's logical id.
import { ukDate } from '../../spec/uk-time.ts';
import { MAX_SLOT_SEARCH_DAYS } from '../../spec/appointments.ts';
import { endpointUrl, findPractice, practices } from '../../spec/practices.ts';
import { serviceRootPath } from '../../spec/capabilities.ts';
import { identifierSystems } from '../../spec/identifier-systems.ts';
import { interactions, type InteractionKey } from '../../spec/interactions.ts';
import { appointmentExamples } from '../examples/appointments.ts';
import { DEFAULT_PRACTICE } from '../examples/index.ts';
import { foundationExamples, token } from '../examples/foundations.ts';
import type { Example } from '../examples/types.ts';
import { buildDefaultClaims } from '../../consumer/claims.ts';
import { encodeJwt } from '../../consumer/jwt.ts';
import { buildGpcHeaders } from '../../consumer/request.ts';
import { buildWireRequest, TRACE_ID_PLACEHOLDER, type RequestDraft } from '../request/draft.ts';
import type { WireRequest, WireResponse } from '../../consumer/wire.ts';
import { recordResponse, type FreeSlot } from '../session/state.ts';
import type { Reading } from './spine-lookups.ts';
import { buildSspUrl } from './ssp-url.ts';

export type ProviderStep = 'metadata' | 'free-slots' | 'find-patient' | 'book';

/**
 * The named example each step starts from. Taken from the example modules themselves rather than through
 * createDraft's registry, so the island does not carry every other interaction's examples.
 */
export const providerPresets: Record<ProviderStep, { interaction: InteractionKey; example: string; preset: Example }> =
  {
    metadata: { interaction: 'F1', example: 'metadata', preset: foundationExamples.F1.metadata },
    'free-slots': { interaction: 'A1', example: 'free-slots-org1', preset: appointmentExamples.A1['free-slots-org1'] },
    'find-patient': { interaction: 'F2', example: 'find-patient2', preset: foundationExamples.F2['find-patient2'] },
    book: { interaction: 'A3', example: 'book-appointment', preset: appointmentExamples.A3['book-appointment'] },
  };

/** What the provider steps take from the steps before them. */
export interface ProviderContext {
  odsCode: string;
  nhsNumber: string;
  /** Provider ASID from the SDS AS record. */
  asid: string;
  sspBase: string;
  /** The provider part of the SSP URL as the consumer writes it (normally the SDS endpoint, unchanged). */
  providerRoot: string;
  patientId?: string;
  freeSlot?: FreeSlot;
  now: Date;
}

type Json = Record<string, any>;

/** The example's draft (as <TryIt>'s createDraft makes it), then filled with what the earlier steps found. */
function buildDraft(step: ProviderStep, context: ProviderContext): RequestDraft {
  const { interaction: key, preset } = providerPresets[step];
  const interaction = interactions[key];
  const practice = findPractice(context.odsCode) ?? practices[DEFAULT_PRACTICE];
  const built = preset.build({
    now: context.now,
    today: ukDate(context.now),
    practice,
    patient: undefined,
    session: context.freeSlot ? { freeSlot: context.freeSlot } : {},
  });
  const body = built.body === undefined ? undefined : (built.body as Json);
  // The traced NHS number and the logical id the provider gave, not the example's own patient.
  if (step === 'book' && body) body.participant[0].actor.reference = `Patient/${context.patientId ?? ''}`;
  const query =
    step === 'find-patient'
      ? [['identifier', token(identifierSystems.nhsNumber.system, context.nhsNumber)] as [string, string]]
      : built.query;
  return {
    interaction: key,
    example: providerPresets[step].example,
    practice: practice.odsCode,
    patient: null,
    method: interaction.method,
    path: built.path ?? interaction.path,
    query: query ?? [],
    // Ssp-To is the ASID SDS returned, not one known in advance.
    headers: buildGpcHeaders({
      interaction,
      providerAsid: context.asid,
      traceId: TRACE_ID_PLACEHOLDER,
      hasBody: body !== undefined,
    }),
    token: encodeJwt(buildDefaultClaims(interaction, endpointUrl(practice.odsCode, interaction.base), context.now)),
    autoTimes: true,
    body: body === undefined ? null : JSON.stringify(body, null, 2),
  };
}

/**
 * The request on the wire through the SSP. Without a trace id it shows the placeholder the <TryIt> preview uses;
 * each send passes a fresh one.
 */
export function buildProviderRequest(
  step: ProviderStep,
  context: ProviderContext,
  traceId = TRACE_ID_PLACEHOLDER,
): WireRequest {
  const draft = buildDraft(step, context);
  const wire = buildWireRequest(draft, { base: '', now: context.now, traceId });
  // buildWireRequest addresses the provider directly; keep its path and query and put the SSP prefix in front.
  const relative = wire.url.slice(serviceRootPath(draft.practice, interactions[draft.interaction].base).length);
  return { ...wire, url: buildSspUrl(context.sspBase, context.providerRoot, relative) };
}

const UK_DAY = { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short' } as const;
const UK_TIME = { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' } as const;

/** A slot or appointment's times as a person reads them, in UK time: "Mon 24 Nov, 09:00 to 09:10". */
export function formatUkRange(start: string, end: string): string {
  const from = new Date(start);
  const to = new Date(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${start} to ${end}`;
  const day = (date: Date) => date.toLocaleDateString('en-GB', UK_DAY);
  const time = (date: Date) => date.toLocaleTimeString('en-GB', UK_TIME);
  return day(from) === day(to)
    ? `${day(from)}, ${time(from)} to ${time(to)}`
    : `${day(from)}, ${time(from)} to ${day(to)}, ${time(to)}`;
}

const listResources = (bundle: Json): Json[] =>
  Array.isArray(bundle.entry) ? bundle.entry.map((entry: Json) => entry?.resource).filter(Boolean) : [];

/** What a successful provider answer tells the next step. */
export interface ProviderFindings {
  patientId?: string;
  freeSlot?: FreeSlot;
  appointmentId?: string;
}

export function readProviderAnswer(
  step: ProviderStep,
  context: ProviderContext,
  response: WireResponse,
  body: Json,
): Reading<ProviderFindings> {
  switch (step) {
    case 'metadata':
      if (body.resourceType !== 'CapabilityStatement')
        return { ok: false, reason: 'The answer is not a CapabilityStatement.' };
      return {
        ok: true,
        found: {},
        summary: `The provider answered with its CapabilityStatement (${body.name ?? 'GP Connect'} ${body.version ?? ''}, FHIR ${body.fhirVersion ?? ''}).`,
      };
    case 'free-slots': {
      const slots = listResources(body).filter((resource) => resource.resourceType === 'Slot');
      const { freeSlot } = recordResponse({}, 'A1', { practice: context.odsCode, now: context.now }, response);
      if (!freeSlot) {
        return {
          ok: false,
          reason: `The practice ${context.odsCode} has no free slot in this date range. A consumer searches again with other dates (at most ${MAX_SLOT_SEARCH_DAYS} days per search: edit start and end and run the step again) or books elsewhere.`,
        };
      }
      return {
        ok: true,
        found: { freeSlot },
        summary: `${slots.length} free ${slots.length === 1 ? 'slot' : 'slots'} found; the first, Slot/${freeSlot.id}, runs ${formatUkRange(freeSlot.start, freeSlot.end)}.`,
      };
    }
    case 'find-patient': {
      const patient = listResources(body).find((resource) => resource.resourceType === 'Patient');
      if (!patient?.id) {
        return {
          ok: false,
          reason: `The practice holds no active record for NHS number ${context.nhsNumber}. A consumer would register the patient (Register a patient) and then book.`,
        };
      }
      return {
        ok: true,
        found: { patientId: String(patient.id) },
        summary: `The practice holds the patient as Patient/${patient.id}; the booking refers to that logical id.`,
      };
    }
    case 'book':
      if (body.resourceType !== 'Appointment' || !body.id)
        return { ok: false, reason: 'The answer is not the booked Appointment.' };
      return {
        ok: true,
        found: { appointmentId: String(body.id) },
        summary: `Appointment booked: Appointment/${body.id}, ${formatUkRange(body.start, body.end)} (UK time), status ${body.status}.`,
      };
  }
}
