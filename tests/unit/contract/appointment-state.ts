// Books an appointment in a sandbox (and cancels it, when a case needs a cancelled one), returning it as the
// provider answered: the stored appointment an amend or cancel case starts from.
import type { Appointment } from 'fhir/r3';
import type { Sandbox } from '../../../src/sandbox/index.ts';
import {
  CANCELLATION_REASON,
  book,
  booking,
  freeSlots,
  put,
} from '../sandbox/provider/appointments/appointment-fixtures.ts';
import type { AppointmentState } from './consumer-rules.case.ts';

async function appointmentOf(response: Response): Promise<Appointment> {
  const body = (await response.json()) as Appointment;
  if (!response.ok) throw new Error(`setting up the appointment failed: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function appointmentIn(sandbox: Sandbox, state: AppointmentState): Promise<Appointment> {
  const [slot] = await freeSlots(sandbox);
  if (!slot) throw new Error('the sandbox has no free slot left to book');
  const booked = await appointmentOf(await book(sandbox, booking([slot])));
  if (state === 'booked') return booked;
  const cancellation = {
    ...booked,
    status: 'cancelled',
    extension: [...(booked.extension ?? []), { url: CANCELLATION_REASON, valueString: 'Set up by the test' }],
  } as Appointment;
  return appointmentOf(await put(sandbox, 'A5', cancellation, `W/"${booked.meta?.versionId}"`));
}
