// src/consumer/appointment-changes.ts: what a provider will say to an amend (A4) or cancel (A5), predicted from the
// appointment the consumer read before changing it: a cancelled appointment, a stale If-Match, then the change rules
// of src/spec/appointment-changes.ts, which the sandbox runs too.
// https://developer.nhs.uk/apis/gpconnect/appointments_use_case_amend_an_appointment.html
// https://developer.nhs.uk/apis/gpconnect/development_general_api_guidance.html#managing-resource-contention
import type { Appointment } from 'fhir/r3';
import { findChangeBreach, type AppointmentChangeKey } from '../spec/appointment-changes.ts';
import { IF_MATCH } from '../spec/headers.ts';
import type { Finding } from './headers.ts';
import { findHeader, type WireRequest } from './wire.ts';

/** The findings for a change to `stored` (the appointment as last read), in the provider's order. */
export function checkAppointmentChange(
  key: AppointmentChangeKey,
  request: WireRequest,
  stored: Appointment,
): Finding[] {
  let sent: unknown;
  try {
    sent = JSON.parse(request.body ?? '');
  } catch {
    return [{ subject: 'body', message: 'The body is not JSON.', outcome: { status: 400, code: 'BAD_REQUEST' } }];
  }
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return [];
  if (stored.status === 'cancelled')
    return [
      {
        subject: 'Appointment',
        message: `Appointment/${stored.id} is cancelled and can no longer be changed.`,
        outcome: { status: 422, code: 'INVALID_RESOURCE' },
      },
    ];
  const findings: Finding[] = [];
  const asked = /^(?:W\/)?"([^"]+)"$/.exec(findHeader(request.headers, IF_MATCH)?.trim() ?? '')?.[1];
  if (asked !== undefined && asked !== stored.meta?.versionId)
    findings.push({
      subject: IF_MATCH,
      message: `${IF_MATCH} names version ${asked}, but the appointment was last read at ${stored.meta?.versionId}; read it again.`,
      outcome: { status: 409, code: 'FHIR_CONSTRAINT_VIOLATION' },
    });
  const breach = findChangeBreach(key, { ...stored }, sent as Record<string, unknown>);
  if (breach)
    findings.push({ subject: 'Appointment', message: breach.message, outcome: { status: 422, code: breach.code } });
  return findings;
}
