// Read an appointment (A2) and retrieve a patient's appointments (A6) (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_read_an_appointment.html, https://developer.nhs.uk/apis/gpconnect/appointments_use_case_retrieve_a_patients_appointments.html).
import { fhirResponse, versionHeaders } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import type { StoredAppointment } from '../../store.ts';
import { ukDate } from '../../../spec/uk-time.ts';
import { searchset } from '../bundle.ts';
import { findReturnablePatient } from '../foundations/patient-lookup.ts';
import type { InteractionContext } from '../types.ts';
import { isFullDate, splitPrefix } from './dates.ts';

/** The practice's appointment with that id, which must not have started yet. */
export async function findPracticeAppointment(ctx: InteractionContext, id: string): Promise<StoredAppointment> {
  const stored = await ctx.store.getAppointment(id);
  // spec names no code for an unknown appointment; NO_RECORD_FOUND is the general one (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_read_an_appointment.html)
  if (!stored || stored.practiceOds !== ctx.practice.odsCode) {
    throw new SpineError('NO_RECORD_FOUND', `No appointment with id ${id} exists at ${ctx.practice.odsCode}.`);
  }
  // Decision: Appointment Management acts on the future only; a past appointment is 422 INVALID_RESOURCE.
  if (new Date(stored.resource.start as string) <= ctx.now) {
    throw new SpineError(
      'INVALID_RESOURCE',
      `Appointment/${id} has already started; only future appointments are available.`,
    );
  }
  return stored;
}

export async function readAppointment(ctx: InteractionContext): Promise<Response> {
  ctx.assertEnabled();
  const stored = await findPracticeAppointment(ctx, ctx.params.id as string);
  return fhirResponse(stored.resource, versionHeaders(ctx.baseUrl, stored.resource, stored.versionId));
}

const invalid = (diagnostics: string) => new SpineError('INVALID_PARAMETER', diagnostics);

/** The `start=ge{date}&start=le{date}` range, whole dates, from today onwards. */
function readRange(ctx: InteractionContext): { from: string; to: string } {
  const values = ctx.url.searchParams.getAll('start');
  if (values.length !== 2) {
    throw invalid(
      `Send start twice, as start=ge{yyyy-mm-dd}&start=le{yyyy-mm-dd}; it was sent ${values.length} time(s).`,
    );
  }
  const bounds = values.map(splitPrefix);
  const from = bounds.find((b) => b.prefix === 'ge')?.value;
  const to = bounds.find((b) => b.prefix === 'le')?.value;
  if (from === undefined || to === undefined)
    throw invalid('The two start parameters must use the prefixes ge and le.');
  for (const date of [from, to]) {
    if (!isFullDate(date))
      throw invalid(
        `The start value ${JSON.stringify(date.slice(0, 40))} must be a whole date, yyyy-mm-dd, with no time.`,
      );
  }
  const today = ukDate(ctx.now);
  if (from < today)
    throw invalid(`The search range may not reach into the past: ge${from} is before today (${today}).`);
  if (to < from) throw invalid(`The upper date le${to} is before the lower date ge${from}.`);
  return { from, to };
}

export async function retrievePatientAppointments(ctx: InteractionContext): Promise<Response> {
  const { from, to } = readRange(ctx);
  ctx.assertEnabled();
  const patientId = ctx.params.id as string;
  if (!(await findReturnablePatient(ctx, { logicalId: patientId }))) {
    throw new SpineError(
      'PATIENT_NOT_FOUND',
      `No patient with logical id ${patientId} can be returned by ${ctx.practice.odsCode}.`,
    );
  }
  // Cancelled and visit appointments are listed too, whoever booked them (https://developer.nhs.uk/apis/gpconnect/appointments_use_case_retrieve_a_patients_appointments.html).
  const appointments = (await ctx.store.listPatientAppointments(ctx.practice.odsCode, patientId))
    .filter((a) => {
      const day = ukDate(new Date(a.resource.start as string));
      return day >= from && day <= to;
    })
    .sort((a, b) => String(a.resource.start).localeCompare(String(b.resource.start)));
  return fhirResponse(searchset(appointments.map((a) => a.resource)));
}
