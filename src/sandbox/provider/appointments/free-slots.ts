// Search for free slots (A1, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_search_for_free_slots.html): parameter rules, the 14-day window, includes and the searchset.
import type { Resource } from 'fhir/r3';
import { MAX_SLOT_SEARCH_DAYS, SLOT_INCLUDE, SLOT_RECURSIVE_INCLUDES } from '../../../spec/index.ts';
import { buildOrganization, findLocation } from '../../data/organisations.ts';
import { findPractitionerById } from '../../data/practitioners.ts';
import { buildSchedule, buildSlot, findSchedule, generateSlots, type ScheduleDefinition } from '../../data/slots.ts';
import { fhirResponse } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import { addDays, fromUkLocal } from '../../../spec/uk-time.ts';
import { searchsetWithIncludes } from '../bundle.ts';
import type { InteractionContext } from '../types.ts';
import { isFullDate, isUkDateTime, splitPrefix } from './dates.ts';

const DAY_MS = 86_400_000;
// One hour of slack so a range across a clock change still counts as its calendar days.
const CLOCK_CHANGE_MS = 3_600_000;

// spec: a missing required parameter → 400 BAD_REQUEST; a bad value → 422 INVALID_PARAMETER
const missing = (name: string, example: string) =>
  new SpineError('BAD_REQUEST', `The ${name} parameter is required (${example}).`);
const invalid = (diagnostics: string) => new SpineError('INVALID_PARAMETER', diagnostics);

/** Reads `start=ge…` or `end=le…` as an instant; a date-only `end` reaches to the end of that day. */
function readBound(url: URL, name: 'start' | 'end'): { at: Date; until: Date } {
  const expectedPrefix = name === 'start' ? 'ge' : 'le';
  const values = url.searchParams.getAll(name);
  if (values.length === 0) throw missing(name, `${name}=${expectedPrefix}yyyy-mm-dd`);
  if (values.length > 1) throw invalid(`Send ${name} once; it was sent ${values.length} times.`);
  const { prefix, value } = splitPrefix(values[0] as string);
  if (prefix !== expectedPrefix) {
    throw invalid(
      `The ${name} parameter must use the ${expectedPrefix} prefix; received ${JSON.stringify((values[0] as string).slice(0, 60))}.`,
    );
  }
  if (isFullDate(value)) {
    const at = fromUkLocal(value, 0, 0);
    return { at, until: name === 'end' ? fromUkLocal(addDays(value, 1), 0, 0) : at };
  }
  if (isUkDateTime(value)) return { at: new Date(value), until: new Date(value) };
  throw invalid(
    `The ${name} value ${JSON.stringify(value.slice(0, 60))} must be a full date (yyyy-mm-dd) or a dateTime with the UK offset for that date (+00:00 or +01:00).`,
  );
}

function readIncludes(url: URL): Set<string> {
  const includes = url.searchParams.getAll('_include');
  if (!includes.includes(SLOT_INCLUDE)) throw missing('_include', `_include=${SLOT_INCLUDE}`);
  const other = includes.find((value) => value !== SLOT_INCLUDE);
  if (other) throw invalid(`_include=${JSON.stringify(other.slice(0, 60))} is not supported; only ${SLOT_INCLUDE}.`);
  const recursive = url.searchParams.getAll('_include:recurse');
  const unknown = recursive.find((value) => !(SLOT_RECURSIVE_INCLUDES as readonly string[]).includes(value));
  if (unknown) {
    throw invalid(
      `_include:recurse=${JSON.stringify(unknown.slice(0, 60))} is not supported; use ${SLOT_RECURSIVE_INCLUDES.join(', ')}.`,
    );
  }
  return new Set(recursive);
}

export async function searchFreeSlots(ctx: InteractionContext): Promise<Response> {
  const start = readBound(ctx.url, 'start');
  const end = readBound(ctx.url, 'end');
  const status = ctx.url.searchParams.getAll('status');
  if (status.length === 0) throw missing('status', 'status=free');
  if (status.length > 1 || status[0] !== 'free')
    throw invalid(`The status parameter must be free; received ${JSON.stringify(status.join(',').slice(0, 60))}.`);
  const includes = readIncludes(ctx.url);
  if (end.at.getTime() < start.at.getTime()) throw invalid('The end of the search range is before its start.');
  if (end.at.getTime() - start.at.getTime() > MAX_SLOT_SEARCH_DAYS * DAY_MS + CLOCK_CHANGE_MS) {
    throw invalid(`The search range may cover at most ${MAX_SLOT_SEARCH_DAYS} days.`);
  }
  // searchFilter values are all accepted: the sandbox's slots carry no ODS or organisation-type restriction.
  ctx.assertEnabled();

  const busy = await ctx.store.busySlotIds(ctx.practice.odsCode);
  const slots = generateSlots(ctx.practice.odsCode, ctx.now).filter(
    (slot) => !slot.visit && !busy.has(slot.id) && slot.start >= start.at && slot.end <= end.until,
  );
  const scheduleIds = [...new Set(slots.map((slot) => slot.scheduleId))];
  const usedSchedules = scheduleIds.map((id) => findSchedule(id) as ScheduleDefinition);
  const included: Resource[] = usedSchedules.map((schedule) => buildSchedule(schedule, ctx.now));
  if (includes.has('Schedule:actor:Practitioner')) {
    for (const id of new Set(usedSchedules.map((s) => s.practitionerId))) {
      const practitioner = findPractitionerById(id);
      if (practitioner) included.push(practitioner);
    }
  }
  if (includes.has('Schedule:actor:Location')) {
    for (const id of new Set(usedSchedules.map((s) => s.locationId))) {
      const found = findLocation(id);
      if (found) included.push(found.location);
    }
  }
  // spec known issue: the Organization comes back whenever there are slots, requested or not
  if (slots.length > 0) included.push(buildOrganization(ctx.practice));
  return fhirResponse(
    searchsetWithIncludes(
      slots.map((slot) => buildSlot(slot, false)),
      included,
    ),
  );
}
