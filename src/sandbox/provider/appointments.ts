// Appointment Management provider: A1 free slots, A2 read, A3 book, A4 amend, A5 cancel, A6 a patient's appointments.
import { bookAppointment } from './appointments/booking.ts';
import { amendAppointment, cancelAppointment } from './appointments/changes.ts';
import { searchFreeSlots } from './appointments/free-slots.ts';
import { readAppointment, retrievePatientAppointments } from './appointments/read.ts';
import type { InteractionHandler } from './types.ts';

export const appointmentHandlers: Record<'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6', InteractionHandler> = {
  A1: searchFreeSlots,
  A2: readAppointment,
  A3: bookAppointment,
  A4: amendAppointment,
  A5: cancelAppointment,
  A6: retrievePatientAppointments,
};
