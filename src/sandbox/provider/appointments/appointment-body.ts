// Checks shared by book, amend and cancel: the body's shape, references, text limits and extensions (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_book_an_appointment.html, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_read_an_appointment.html, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_amend_an_appointment.html, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_cancel_an_appointment.html).
import type { Appointment } from 'fhir/r3';
import {
  appointmentExtensions,
  findTextBreach,
  profileUrl,
  unknownElement,
  type Stu3ElementOwner,
} from '../../../spec/index.ts';
import { SpineError } from '../../spine-error.ts';
import { readFhirBody } from '../../validate/content.ts';
import { isJsonObject as isObject } from '../../../spec/json.ts';
export { isObject };

type Json = Record<string, unknown>;
export const invalidResource = (diagnostics: string) => new SpineError('INVALID_RESOURCE', diagnostics);

/** Reads the body as an Appointment with the GP Connect profile: malformed is 400, anything else 422 INVALID_RESOURCE. */
export async function readAppointment(request: Request): Promise<Appointment & Json> {
  const body = await readFhirBody(request, 'Appointment');
  if (!isObject(body) || body.resourceType !== 'Appointment')
    throw invalidResource('The body must be a FHIR Appointment resource.');
  const profiles = isObject(body.meta) && Array.isArray(body.meta.profile) ? body.meta.profile : [];
  if (!profiles.includes(profileUrl('appointment')))
    throw invalidResource(`Appointment.meta.profile must contain ${profileUrl('appointment')}.`);
  if (
    body.extension !== undefined &&
    (!Array.isArray(body.extension) || !body.extension.every((e) => isObject(e) && typeof e.url === 'string'))
  ) {
    throw invalidResource('Appointment.extension must be an array of extensions, each with a url.');
  }
  checkElements(body);
  return body as Appointment & Json;
}

function refuseUnknown(owner: Stu3ElementOwner, value: Json, where: string): void {
  const unknown = unknownElement(owner, value);
  if (unknown !== undefined)
    throw invalidResource(
      `${where} has the element ${JSON.stringify(unknown.slice(0, 80))}, which STU3 does not define.`,
    );
}

/**
 * STU3 structure the provider test pack checks: no unknown element (on the Appointment, its participants and its
 * contained Organization), every identifier with a value, every participant with its 1..1 status.
 */
function checkElements(appointment: Json): void {
  refuseUnknown('Appointment', appointment, 'The Appointment');
  const identifiers = Array.isArray(appointment.identifier) ? appointment.identifier : [];
  identifiers.forEach((identifier, i) => {
    if (!isObject(identifier) || typeof identifier.value !== 'string' || identifier.value === '')
      throw invalidResource(`Appointment.identifier[${i}] has no value; an identifier needs one.`);
    refuseUnknown('Identifier', identifier, `Appointment.identifier[${i}]`);
  });
  const participants = Array.isArray(appointment.participant) ? appointment.participant : [];
  participants.forEach((participant, i) => {
    if (!isObject(participant)) return;
    refuseUnknown('Appointment.participant', participant, `Appointment.participant[${i}]`);
    if (typeof participant.status !== 'string')
      throw invalidResource(`Appointment.participant[${i}].status is required (1..1 in STU3), for example accepted.`);
  });
  for (const [i, resource] of (Array.isArray(appointment.contained) ? appointment.contained : []).entries()) {
    if (isObject(resource) && resource.resourceType === 'Organization')
      refuseUnknown('Organization', resource, `Appointment.contained[${i}]`);
  }
}

/** The type and id of a local relative reference (`Slot/12`); absolute and malformed references are 422. */
export function readReference(reference: unknown, where: string): { type: string; id: string } {
  const value = isObject(reference) ? reference.reference : undefined;
  if (typeof value !== 'string') throw invalidResource(`${where} needs a reference.`);
  // spec: only local relative references; an absolute one → 422 INVALID_RESOURCE
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    throw invalidResource(
      `${where} ${JSON.stringify(value.slice(0, 120))} is absolute; use a relative reference such as Patient/2.`,
    );
  }
  const match = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(value);
  if (!match)
    throw invalidResource(`${where} ${JSON.stringify(value.slice(0, 120))} is not a reference of the form Type/id.`);
  return { type: match[1] as string, id: match[2] as string };
}

/** Every reference in slots and participants is checked for form, so absolute ones fail whatever else is wrong. */
export function readParticipants(appointment: Json): { type: string; id: string }[] {
  if (!Array.isArray(appointment.participant) || appointment.participant.length === 0) {
    throw invalidResource('Appointment.participant is required (a Patient and a Location).');
  }
  return appointment.participant.map((p, i) =>
    readReference(isObject(p) ? p.actor : undefined, `Appointment.participant[${i}].actor`),
  );
}

export function checkTexts(appointment: Json, descriptionRequired: boolean): void {
  const breach = findTextBreach(appointment, descriptionRequired);
  if (breach) throw invalidResource(breach.message);
}

export const findExtension = (appointment: Appointment, url: string) =>
  appointment.extension?.find((e) => e.url === url);
export const hasCancellationReason = (appointment: Appointment) =>
  findExtension(appointment, appointmentExtensions.cancellationReason) !== undefined;
