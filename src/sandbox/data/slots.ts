// Schedules and slots, generated relative to the sandbox clock so free slots always cover today + 14 days (https://developer.nhs.uk/apis/gpconnect/testing_data.html).
import type { Schedule, Slot } from 'fhir/r3';
import {
  MAX_SLOT_SEARCH_DAYS,
  appointmentExtensions,
  codeSystems,
  jobRoles,
  practices,
  profileUrl,
  type DeliveryChannel,
  type PracticeOds,
} from '../../spec/index.ts';
import { SEED_VERSION_ID } from './organisations.ts';
import { addDays, fromUkLocal, toUkDateTime, ukDate } from '../../spec/uk-time.ts';

export interface ScheduleDefinition {
  id: string;
  practiceOds: PracticeOds;
  locationId: string;
  practitionerId: string;
  jobRole: keyof typeof jobRoles;
  serviceCategory: string;
  serviceType: string;
  deliveryChannel: DeliveryChannel;
}

export interface SlotDefinition {
  id: string;
  scheduleId: string;
  practiceOds: PracticeOds;
  start: Date;
  end: Date;
  /** A home-visit slot: never offered by a search and never bookable (https://developer.nhs.uk/apis/gpconnect/appointments_ig.html). */
  visit: boolean;
}

export const SLOT_MINUTES = 10;

export const schedules: readonly ScheduleDefinition[] = [
  {
    id: '14',
    practiceOds: 'B82617',
    locationId: '16',
    practitionerId: '1',
    jobRole: 'R0260',
    serviceCategory: 'General GP Appointments',
    serviceType: 'General GP Appointment',
    deliveryChannel: 'In-person',
  },
  {
    id: '15',
    practiceOds: 'B82617',
    locationId: '17',
    practitionerId: '3',
    jobRole: 'R0620',
    serviceCategory: 'Nurse Clinics',
    serviceType: 'Nurse Telephone Consultation',
    deliveryChannel: 'Telephone',
  },
  {
    id: '21',
    practiceOds: 'R1A14',
    locationId: '8',
    practitionerId: '2',
    jobRole: 'R0260',
    serviceCategory: 'General GP Appointments',
    serviceType: 'General GP Appointment',
    deliveryChannel: 'Video',
  },
];

export const findSchedule = (id: string) => schedules.find((s) => s.id === id);

const compact = (date: string) => date.replaceAll('-', '');

function slotAt(
  schedule: ScheduleDefinition,
  day: string,
  hours: number,
  minutes: number,
  visit = false,
): SlotDefinition {
  const start = fromUkLocal(day, hours, minutes);
  return {
    id: `${schedule.practiceOds}-${compact(day)}-${String(hours * 100 + minutes).padStart(4, '0')}`,
    scheduleId: schedule.id,
    practiceOds: schedule.practiceOds,
    start,
    end: new Date(start.getTime() + SLOT_MINUTES * 60_000),
    visit,
  };
}

/** The slots of a practice on the UK date `today` (see generateSlots). */
function makeSlots(practiceOds: string, today: string): SlotDefinition[] {
  const practiceSchedules = schedules.filter((s) => s.practiceOds === practiceOds);
  const count = (practices as Record<string, { freeSlots: number }>)[practiceOds]?.freeSlots ?? 0;
  if (practiceSchedules.length === 0) return [];
  const slots: SlotDefinition[] = [];
  for (let i = 0; i < count; i++) {
    const dayOffset = 1 + (i % MAX_SLOT_SEARCH_DAYS);
    const indexInDay = Math.floor(i / MAX_SLOT_SEARCH_DAYS);
    const schedule = practiceSchedules[dayOffset % practiceSchedules.length] as ScheduleDefinition;
    slots.push(slotAt(schedule, addDays(today, dayOffset), 9, indexInDay * SLOT_MINUTES));
  }
  const main = practiceSchedules[0] as ScheduleDefinition;
  if (practiceOds === 'B82617') {
    // Held by the seeded appointments (see data/appointments.ts), so busy from the start.
    slots.push(slotAt(main, addDays(today, 3), 14, 0), slotAt(main, addDays(today, 4), 14, 0));
    slots.push(slotAt(main, addDays(today, 5), 11, 0, true));
  }
  return slots;
}

// The slots depend on the practice and the UK date only, and every slot search and booking needs them: they are
// made once a day, with an index by id for the booking's look-ups.
const slotsByDay = new Map<string, { list: readonly SlotDefinition[]; byId: ReadonlyMap<string, SlotDefinition> }>();

function slotsOf(practiceOds: string, now: Date) {
  const today = ukDate(now);
  const key = `${practiceOds}|${today}`;
  let known = slotsByDay.get(key);
  if (!known) {
    const list = makeSlots(practiceOds, today);
    known = { list, byId: new Map(list.map((slot) => [slot.id, slot])) };
    if (slotsByDay.size >= 64) slotsByDay.clear();
    slotsByDay.set(key, known);
  }
  return known;
}

/**
 * Every slot of a practice as of `now`: its rolling free slots spread over tomorrow … today + 14 (a short run of
 * adjacent ten-minute slots each morning), plus the slots the seeded appointments and a home visit occupy.
 */
export const generateSlots = (practiceOds: string, now: Date): readonly SlotDefinition[] =>
  slotsOf(practiceOds, now).list;

export const findSlot = (practiceOds: string, slotId: string, now: Date): SlotDefinition | undefined =>
  slotsOf(practiceOds, now).byId.get(slotId);

export function buildSlot(slot: SlotDefinition, busy: boolean): Slot {
  const schedule = findSchedule(slot.scheduleId) as ScheduleDefinition;
  return {
    resourceType: 'Slot',
    id: slot.id,
    meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('slot')] },
    extension: [{ url: appointmentExtensions.deliveryChannel, valueCode: schedule.deliveryChannel }],
    serviceType: [{ text: schedule.serviceType }],
    schedule: { reference: `Schedule/${schedule.id}` },
    status: busy ? 'busy' : 'free',
    start: toUkDateTime(slot.start),
    end: toUkDateTime(slot.end),
  };
}

export function buildSchedule(schedule: ScheduleDefinition, now: Date): Schedule {
  const today = ukDate(now);
  return {
    resourceType: 'Schedule',
    id: schedule.id,
    meta: { versionId: SEED_VERSION_ID, profile: [profileUrl('schedule')] },
    extension: [
      {
        url: appointmentExtensions.practitionerRole,
        valueCodeableConcept: {
          coding: [
            {
              system: codeSystems.sdsJobRoleName,
              code: schedule.jobRole,
              display: jobRoles[schedule.jobRole],
            },
          ],
        },
      },
    ],
    serviceCategory: { text: schedule.serviceCategory },
    actor: [{ reference: `Location/${schedule.locationId}` }, { reference: `Practitioner/${schedule.practitionerId}` }],
    planningHorizon: {
      start: toUkDateTime(fromUkLocal(today, 0, 0)),
      end: toUkDateTime(fromUkLocal(addDays(today, MAX_SLOT_SEARCH_DAYS + 1), 0, 0)),
    },
  };
}
