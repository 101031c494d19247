// Amend (A4) and cancel (A5) an appointment (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_amend_an_appointment.html, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_cancel_an_appointment.html): If-Match, what may change, and the lifecycle rules.
import type { Appointment } from 'fhir/r3';
import { IF_MATCH, findChangeBreach, type AppointmentChangeKey } from '../../../spec/index.ts';
import { fhirResponse, prefersMinimal, versionHeaders } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import type { StoredAppointment } from '../../store.ts';
import type { InteractionContext } from '../types.ts';
import { invalidResource, readAppointment, readParticipants } from './appointment-body.ts';
import { findPracticeAppointment } from './read.ts';

// https://developer.nhs.uk/apis/gpconnect-1-6-2/development_general_api_guidance.html ("Managing resource
// contention"): a present but stale If-Match is 409 FHIR_CONSTRAINT_VIOLATION, for amend and cancel alike.
const conflict = (diagnostics: string) => new SpineError('FHIR_CONSTRAINT_VIOLATION', diagnostics);

/**
 * The versionId an `If-Match: W/"<versionId>"` names, or undefined when there is none: consumers SHALL send it, but
 * the provider test pack amends and cancels without one and real providers accept that (a decision on the Sandbox page).
 */
function readIfMatch(request: Request): string | undefined {
  const value = request.headers.get(IF_MATCH)?.trim();
  if (!value) return undefined;
  const match = /^(?:W\/)?"([^"]+)"$/.exec(value);
  if (!match) {
    throw new SpineError(
      'BAD_REQUEST',
      `${IF_MATCH} ${JSON.stringify(value.slice(0, 80))} is not an ETag of the form W/"<versionId>".`,
    );
  }
  return match[1] as string;
}

/** Shared steps: body, id, If-Match, the stored appointment and the rules that forbid any change to it. */
async function prepare(
  ctx: InteractionContext,
): Promise<{ sent: Appointment & Record<string, unknown>; stored: StoredAppointment; version: string }> {
  const sent = await readAppointment(ctx.request);
  readParticipants(sent);
  if (sent.id !== ctx.params.id)
    throw invalidResource(`Appointment.id ${JSON.stringify(sent.id)} must equal the id in the URL (${ctx.params.id}).`);
  const asked = readIfMatch(ctx.request);
  ctx.assertEnabled();
  const stored = await findPracticeAppointment(ctx, ctx.params.id as string);
  if (stored.visit) throw invalidResource('Visit appointments can be read but not changed through GP Connect.');
  if (stored.resource.status === 'cancelled')
    throw invalidResource(`Appointment/${stored.id} is cancelled and can no longer be changed.`);
  const version = asked ?? stored.versionId;
  if (version !== stored.versionId) {
    throw conflict(
      `${IF_MATCH} names version ${asked}, but Appointment/${stored.id} is at version ${stored.versionId}; read it again.`,
    );
  }
  return { sent, stored, version };
}

async function save(
  ctx: InteractionContext,
  stored: StoredAppointment,
  version: string,
  sent: Appointment,
): Promise<Response> {
  const result = await ctx.store.update(stored.id, version, (versionId) => ({
    ...sent,
    id: stored.id,
    meta: { ...stored.resource.meta, versionId },
  }));
  if (!result.ok) throw conflict(`Appointment/${stored.id} changed while this request was processed; read it again.`);
  const { resource, versionId } = result.appointment;
  return fhirResponse(prefersMinimal(ctx.request) ? null : resource, versionHeaders(ctx.baseUrl, resource, versionId));
}

/** Amend and cancel differ only in their change rules: one table in src/spec, shared with the consumer core. */
async function change(ctx: InteractionContext, key: AppointmentChangeKey): Promise<Response> {
  const { sent, stored, version } = await prepare(ctx);
  const breach = findChangeBreach(key, { ...stored.resource }, sent);
  if (breach) throw new SpineError(breach.code, breach.message);
  return save(ctx, stored, version, sent);
}

export const amendAppointment = (ctx: InteractionContext): Promise<Response> => change(ctx, 'A4');
export const cancelAppointment = (ctx: InteractionContext): Promise<Response> => change(ctx, 'A5');
