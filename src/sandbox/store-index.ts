// Lookups over a store's state by practice, slot and patient, so that booking, the free-slot search and a patient's
// appointment list cost the same however many unrelated (often cancelled) appointments the state holds since reset.

/** What the index reads of a stored appointment (store.ts's StoredAppointment, which imports this module). */
export interface IndexedAppointment {
  id: string;
  practiceOds: string;
  patientId: string;
  slotIds: string[];
  resource: { status?: string };
}

export interface StateIndex {
  /** Slots of one practice taken by appointments that are not cancelled, each with how many hold it. */
  busySlots(practiceOds: string): Map<string, number>;
  /** Ids of one patient's appointments at one practice, in the order the state lists them. */
  patientAppointmentIds(practiceOds: string, patientId: string): readonly string[];
  /** Records an appointment just added to the state, or the new version of `previous`. */
  put(appointment: IndexedAppointment, previous?: IndexedAppointment): void;
}

const isActive = (appointment: IndexedAppointment) => appointment.resource.status !== 'cancelled';

const entry = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
};

/** An index of a state's appointments; `put` keeps it current as the state changes. */
export function indexAppointments(appointments: Record<string, IndexedAppointment>): StateIndex {
  const busy = new Map<string, Map<string, number>>();
  const byPatient = new Map<string, Map<string, string[]>>();
  const holdSlots = (appointment: IndexedAppointment, change: 1 | -1) => {
    const slots = entry(busy, appointment.practiceOds, () => new Map<string, number>());
    for (const slotId of appointment.slotIds) {
      const holders = (slots.get(slotId) ?? 0) + change;
      if (holders > 0) slots.set(slotId, holders);
      else slots.delete(slotId);
    }
  };
  const add = (appointment: IndexedAppointment) => {
    const patients = entry(byPatient, appointment.practiceOds, () => new Map<string, string[]>());
    entry(patients, appointment.patientId, () => []).push(appointment.id);
    if (isActive(appointment)) holdSlots(appointment, 1);
  };
  for (const appointment of Object.values(appointments)) add(appointment);
  return {
    busySlots: (practiceOds) => busy.get(practiceOds) ?? new Map(),
    patientAppointmentIds: (practiceOds, patientId) => byPatient.get(practiceOds)?.get(patientId) ?? [],
    put(appointment, previous) {
      if (!previous) return add(appointment);
      // An update keeps the practice, patient and slots (the store spreads the stored appointment); only the status
      // can free or take the slots again.
      if (isActive(previous)) holdSlots(previous, -1);
      if (isActive(appointment)) holdSlots(appointment, 1);
    },
  };
}
