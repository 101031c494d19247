// Book an appointment (A3, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_book_an_appointment.html): content rules, references, adjacent slots, and the atomic claim of the slots.
import type { Appointment, Organization } from 'fhir/r3';
import {
  FORBIDDEN_BOOKING_ELEMENTS,
  appointmentExtensions,
  identifierSystems,
  profileUrl,
} from '../../../spec/index.ts';
import { withScheduleDetails } from '../../data/appointments.ts';
import { findLocation } from '../../data/organisations.ts';
import { findPractitionerById } from '../../data/practitioners.ts';
import { findSchedule, findSlot, type ScheduleDefinition, type SlotDefinition } from '../../data/slots.ts';
import { fhirResponse, prefersMinimal, versionHeaders } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import { findReturnablePatient } from '../foundations/patient-lookup.ts';
import type { InteractionContext } from '../types.ts';
import {
  checkTexts,
  findExtension,
  hasCancellationReason,
  invalidResource,
  readAppointment,
  readParticipants,
  readReference,
} from './appointment-body.ts';
import { isUkDateTime } from './dates.ts';

const notFound = (diagnostics: string) => new SpineError('REFERENCE_NOT_FOUND', diagnostics);

function checkBookingOrganisation(appointment: Appointment): void {
  const extension = findExtension(appointment, appointmentExtensions.bookingOrganisation);
  const reference = extension?.valueReference?.reference;
  if (typeof reference !== 'string' || !reference.startsWith('#')) {
    throw invalidResource(
      `The ${appointmentExtensions.bookingOrganisation} extension must reference a contained Organization, such as #1.`,
    );
  }
  const organization = (appointment.contained ?? []).find((r) => r.id === reference.slice(1)) as
    Organization | undefined;
  if (!organization || organization.resourceType !== 'Organization') {
    throw invalidResource(`The booking organisation ${reference} is not a contained Organization.`);
  }
  if (!organization.meta?.profile?.includes(profileUrl('organization'))) {
    throw invalidResource(`The booking organisation's meta.profile must contain ${profileUrl('organization')}.`);
  }
  if (!organization.identifier?.some((i) => i.system === identifierSystems.odsOrganization.system && i.value)) {
    throw invalidResource('The booking organisation needs an ODS code identifier.');
  }
  if (!organization.name) throw invalidResource('The booking organisation needs a name.');
  if (!organization.telecom?.some((t) => t.system === 'phone' && t.value))
    throw invalidResource('The booking organisation needs a phone telecom.');
}

/** The booked slots, checked to exist here, lie in the future, be bookable and run back to back on one schedule. */
function readSlots(ctx: InteractionContext, appointment: Appointment): SlotDefinition[] {
  if (!Array.isArray(appointment.slot) || appointment.slot.length === 0)
    throw invalidResource('Appointment.slot is required.');
  const slots = appointment.slot.map((ref, i) => {
    const { type, id } = readReference(ref, `Appointment.slot[${i}]`);
    if (type !== 'Slot') throw invalidResource(`Appointment.slot[${i}] must reference a Slot.`);
    // Decision (listed on the Sandbox page, content/explore/sandbox.mdx): a well-formed slot id that does not exist → 422 REFERENCE_NOT_FOUND
    const slot = findSlot(ctx.practice.odsCode, id, ctx.now);
    if (!slot) throw notFound(`Slot/${id} does not exist at ${ctx.practice.odsCode}.`);
    if (slot.visit)
      throw invalidResource(`Slot/${id} is a home-visit slot, which cannot be booked through GP Connect.`);
    if (slot.start <= ctx.now)
      throw invalidResource(`Slot/${id} starts in the past; only future appointments can be booked.`);
    return slot;
  });
  slots.forEach((slot, i) => {
    const previous = slots[i - 1];
    if (previous && (slot.start.getTime() !== previous.end.getTime() || slot.scheduleId !== previous.scheduleId)) {
      throw invalidResource(
        'The slots must be adjacent (each starting when the previous ends) and belong to one schedule.',
      );
    }
  });
  return slots;
}

function checkTimes(appointment: Appointment, slots: SlotDefinition[]): void {
  for (const name of ['start', 'end', 'created'] as const) {
    const value = appointment[name];
    if (typeof value !== 'string' || !isUkDateTime(value)) {
      throw invalidResource(
        `Appointment.${name} is required as yyyy-mm-ddThh:mm:ss with the UK offset for that date (+00:00 or +01:00).`,
      );
    }
  }
  const first = slots[0] as SlotDefinition;
  const last = slots[slots.length - 1] as SlotDefinition;
  if (
    new Date(appointment.start as string).getTime() !== first.start.getTime() ||
    new Date(appointment.end as string).getTime() !== last.end.getTime()
  ) {
    throw invalidResource("Appointment.start and end must equal the first slot's start and the last slot's end.");
  }
}

async function checkParticipants(ctx: InteractionContext, appointment: Appointment & Record<string, unknown>) {
  const actors = readParticipants(appointment);
  const patient = actors.find((a) => a.type === 'Patient');
  const location = actors.find((a) => a.type === 'Location');
  if (!patient || !location) throw invalidResource('Appointment.participant needs a Patient and a Location actor.');
  return async () => {
    if (!(await findReturnablePatient(ctx, { logicalId: patient.id })))
      throw notFound(`Patient/${patient.id} does not exist at ${ctx.practice.odsCode}.`);
    if (!findLocation(location.id)) throw notFound(`Location/${location.id} does not exist.`);
    for (const practitioner of actors.filter((a) => a.type === 'Practitioner')) {
      if (!findPractitionerById(practitioner.id)) throw notFound(`Practitioner/${practitioner.id} does not exist.`);
    }
    return patient.id;
  };
}

export async function bookAppointment(ctx: InteractionContext): Promise<Response> {
  const appointment = await readAppointment(ctx.request);
  const forbidden = FORBIDDEN_BOOKING_ELEMENTS.find((name) => appointment[name] !== undefined);
  if (forbidden) throw invalidResource(`Appointment.${forbidden} must not be sent when booking.`);
  if (hasCancellationReason(appointment)) throw invalidResource('A new booking must not carry a cancellation reason.');
  if (appointment.status !== 'booked')
    throw invalidResource(`Appointment.status must be booked; received ${JSON.stringify(appointment.status)}.`);
  const checkReferences = await checkParticipants(ctx, appointment);
  checkTexts(appointment, true);
  checkBookingOrganisation(appointment);
  const slots = readSlots(ctx, appointment);
  checkTimes(appointment, slots);
  ctx.assertEnabled();
  const patientId = await checkReferences();

  const schedule = findSchedule((slots[0] as SlotDefinition).scheduleId) as ScheduleDefinition;
  const result = await ctx.store.book(ctx.practice.odsCode, {
    patientId,
    slotIds: slots.map((s) => s.id),
    build: (id, versionId) =>
      withScheduleDetails({ ...appointment, id, meta: { ...appointment.meta, versionId } }, schedule),
  });
  // spec: the slot was taken between search and book → 409 DUPLICATE_REJECTED
  if (!result.ok) throw new SpineError('DUPLICATE_REJECTED', `Slot/${result.slotId} is no longer free.`);
  const { id, versionId, resource } = result.appointment;
  const location = `${ctx.baseUrl}/Appointment/${id}/_history/${versionId}`;
  return fhirResponse(prefersMinimal(ctx.request) ? null : resource, {
    status: 201,
    location,
    ...versionHeaders(ctx.baseUrl, resource, versionId),
  });
}
