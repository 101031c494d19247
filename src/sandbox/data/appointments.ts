// The appointments every reset restores, and the provider-side additions every stored Appointment carries.
import type { Appointment, Location, Organization } from 'fhir/r3';
import {
  VISIT_LOCATION,
  appointmentExtensions,
  codeSystems,
  identifierSystems,
  jobRoles,
  profileUrl,
  testPatients,
} from '../../spec/index.ts';
import type { StoreSeed, StoredAppointment } from '../store.ts';
import { addDays, fromUkLocal, toUkDateTime, ukDate } from '../../spec/uk-time.ts';
import { SEED_VERSION_ID } from './organisations.ts';
import { SLOT_MINUTES, findSchedule, generateSlots, type ScheduleDefinition } from './slots.ts';

/** Logical id of the Location every visit appointment points to. */
export const VISIT_LOCATION_ID = 'visit';

export function buildVisitLocation(): Location {
  return {
    resourceType: 'Location',
    id: VISIT_LOCATION_ID,
    meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('location')] },
    name: VISIT_LOCATION.name,
    address: { text: VISIT_LOCATION.address },
  };
}

/** Adds what the provider fills on every stored Appointment (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_book_an_appointment.html): role, channel, category and type text. */
export function withScheduleDetails(appointment: Appointment, schedule: ScheduleDefinition): Appointment {
  const providerUrls = new Set<string>([appointmentExtensions.practitionerRole, appointmentExtensions.deliveryChannel]);
  return {
    ...appointment,
    extension: [
      ...(appointment.extension ?? []).filter((e) => !providerUrls.has(e.url)),
      {
        url: appointmentExtensions.practitionerRole,
        valueCodeableConcept: {
          coding: [{ system: codeSystems.sdsJobRoleName, code: schedule.jobRole, display: jobRoles[schedule.jobRole] }],
        },
      },
      { url: appointmentExtensions.deliveryChannel, valueCode: schedule.deliveryChannel },
    ],
    serviceCategory: { text: schedule.serviceCategory },
    serviceType: [{ text: schedule.serviceType }],
  };
}

const bookingOrganisation: Organization = {
  resourceType: 'Organization',
  id: '1',
  meta: { profile: [profileUrl('organization')] },
  identifier: [{ system: identifierSystems.odsOrganization.system, value: 'A1001' }],
  name: 'Test Hospital',
  telecom: [{ system: 'phone', value: '0113 496 0999' }],
};

interface SeedInput {
  id: string;
  patientId: string;
  slotId: string;
  start: Date;
  schedule: ScheduleDefinition;
  description: string;
  comment?: string;
  cancelledBecause?: string;
  visitType?: string;
  created: Date;
}

function seedAppointment(input: SeedInput): StoredAppointment {
  const end = new Date(input.start.getTime() + SLOT_MINUTES * 60_000);
  const locationId = input.visitType ? VISIT_LOCATION_ID : input.schedule.locationId;
  const resource: Appointment = withScheduleDetails(
    {
      resourceType: 'Appointment',
      id: input.id,
      meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('appointment')] },
      contained: [bookingOrganisation],
      extension: [
        { url: appointmentExtensions.bookingOrganisation, valueReference: { reference: '#1' } },
        ...(input.cancelledBecause
          ? [{ url: appointmentExtensions.cancellationReason, valueString: input.cancelledBecause }]
          : []),
      ],
      status: input.cancelledBecause ? 'cancelled' : 'booked',
      description: input.description,
      ...(input.visitType ? { comment: input.visitType } : input.comment ? { comment: input.comment } : {}),
      start: toUkDateTime(input.start),
      end: toUkDateTime(end),
      slot: [{ reference: `Slot/${input.slotId}` }],
      created: toUkDateTime(input.created),
      participant: [
        { actor: { reference: `Patient/${input.patientId}` }, status: 'accepted' },
        { actor: { reference: `Location/${locationId}` }, status: 'accepted' },
        { actor: { reference: `Practitioner/${input.schedule.practitionerId}` }, status: 'accepted' },
      ],
    },
    input.schedule,
  );
  return {
    id: input.id,
    versionId: SEED_VERSION_ID,
    practiceOds: input.schedule.practiceOds,
    patientId: input.patientId,
    slotIds: [input.slotId],
    resource,
    ...(input.visitType ? { visit: true } : {}),
  };
}

/**
 * The seed as of `now`: patient2 has a booked, a cancelled and a visit appointment, and patient15 (dissent does not
 * apply to appointments) has one booked. The cancelled one's session is gone from the diary, so the practice keeps
 * exactly its 30 free slots.
 */
export function createSeed(now: Date): StoreSeed {
  const held = generateSlots('B82617', now).filter((slot) => slot.start.getUTCHours() >= 10 || slot.visit);
  const schedule = findSchedule('14') as ScheduleDefinition;
  const patient2 = testPatients.patient2.logicalId as string;
  const created = new Date(now.getTime() - 2 * 86_400_000);
  const [first, second, visit] = held as [(typeof held)[0], (typeof held)[0], (typeof held)[0]];
  const cancelledDay = addDays(ukDate(now), 6);
  const cancelledStart = fromUkLocal(cancelledDay, 15, 0);
  return {
    appointments: [
      seedAppointment({
        id: '1',
        patientId: patient2,
        slotId: first.id,
        start: first.start,
        schedule,
        created,
        description: 'Blood pressure review',
        comment: 'Please bring your home readings.',
      }),
      seedAppointment({
        id: '2',
        patientId: testPatients.patient15.logicalId as string,
        slotId: second.id,
        start: second.start,
        schedule,
        created,
        description: 'Medication review',
      }),
      seedAppointment({
        id: '3',
        patientId: patient2,
        slotId: `B82617-${cancelledDay.replaceAll('-', '')}-1500`,
        start: cancelledStart,
        schedule,
        created,
        description: 'Flu vaccination',
        cancelledBecause: 'Patient no longer needs appointment',
      }),
      seedAppointment({
        id: '4',
        patientId: patient2,
        slotId: visit.id,
        start: visit.start,
        schedule,
        created,
        description: 'Housebound review',
        visitType: 'Home visit',
      }),
    ],
  };
}
