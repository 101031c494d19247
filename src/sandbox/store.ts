// Sandbox state (bookings and temporary registrations) behind one small interface: in memory, or in a Web Storage.
import type { Appointment, Patient } from 'fhir/r3';
import { indexAppointments, type StateIndex } from './store-index.ts';

export interface StoredAppointment {
  id: string;
  versionId: string;
  practiceOds: string;
  patientId: string;
  slotIds: string[];
  /** True for a home visit: readable and listed, never amended or cancelled through the API. */
  visit?: boolean;
  /** The Appointment as stored, with id and meta.versionId filled in. */
  resource: Appointment;
}

export interface Registration {
  nhsNumber: string;
  logicalId: string;
  practiceOds: string;
  versionId: string;
  resource: Patient;
}

/** What a reset restores. */
export interface StoreSeed {
  appointments: StoredAppointment[];
}

export interface AppointmentDraft {
  patientId: string;
  slotIds: string[];
  /** Builds the stored resource once the id and versionId are known. */
  build(id: string, versionId: string): Appointment;
}

export type BookResult =
  { ok: true; appointment: StoredAppointment } | { ok: false; reason: 'slot-busy'; slotId: string };
export type UpdateResult =
  { ok: true; appointment: StoredAppointment } | { ok: false; reason: 'not-found' | 'version-mismatch' };
export type RegisterResult = { ok: true; registration: Registration } | { ok: false; reason: 'duplicate' };

/**
 * The sandbox's state. Each write is check-and-set with no `await` in between, so within one JavaScript realm
 * concurrent bookings of one slot cannot both win.
 */
export interface BookingStore {
  /** Writes the seed unless the store already holds state (for example a browser's earlier session). */
  ensureSeeded(seed: () => StoreSeed): Promise<void>;
  /** Drops every booking and registration and writes the seed. */
  reset(seed: StoreSeed): Promise<void>;
  getAppointment(id: string): Promise<StoredAppointment | undefined>;
  /** One patient's appointments at one practice, cancelled and visits included. */
  listPatientAppointments(practiceOds: string, patientId: string): Promise<StoredAppointment[]>;
  /** Slots taken by appointments that are not cancelled. */
  busySlotIds(practiceOds: string): Promise<Set<string>>;
  /** Books every slot of the draft, or none of them when one is already taken. */
  book(practiceOds: string, draft: AppointmentDraft): Promise<BookResult>;
  /** Replaces an appointment when `expectedVersionId` is current; cancelling frees its slots. */
  update(id: string, expectedVersionId: string, build: (versionId: string) => Appointment): Promise<UpdateResult>;
  /** Adds a registration; `logicalId` keeps the id of a reactivated record, otherwise a new one is assigned. */
  register(
    practiceOds: string,
    nhsNumber: string,
    build: (logicalId: string, versionId: string) => Patient,
    logicalId?: string,
  ): Promise<RegisterResult>;
  findRegistration(
    practiceOds: string,
    match: { nhsNumber?: string; logicalId?: string },
  ): Promise<Registration | undefined>;
}

/** Everything a store holds; a store's `load` hands it out and its `save` gets it back after each change. */
export interface StoreState {
  seeded: boolean;
  appointments: Record<string, StoredAppointment>;
  registrations: Registration[];
  nextAppointmentId: number;
  nextPatientId: number;
  lastVersion: number;
}

// New ids start well above the seed's so seeded and created records never collide.
export const emptyState = (): StoreState => ({
  seeded: false,
  appointments: {},
  registrations: [],
  nextAppointmentId: 1000,
  nextPatientId: 1000,
  lastVersion: 0,
});

/** versionIds are epoch milliseconds, bumped when two writes land in the same millisecond. */
function nextVersion(state: StoreState): string {
  state.lastVersion = Math.max(Date.now(), state.lastVersion + 1);
  return String(state.lastVersion);
}

/** What one write changed besides the counters, so that a save can write just that. */
export type StateChange =
  | { kind: 'everything' }
  | { kind: 'appointment'; id: string }
  /** The registration pushed last. */
  | { kind: 'registration' };

/**
 * The store logic over any synchronous load/save pair. `discard` runs when a change throws part-way, for a `load`
 * that hands out the same state object again until the next save. A write that changes nothing is not saved.
 */
export function createStateStore(
  load: () => StoreState,
  save: (state: StoreState, change: StateChange) => void,
  discard = () => {},
): BookingStore {
  // One index per state object: a load that hands out a new state (another tab or process wrote) gets a new index,
  // and so does one after a failed change, which `discard` drops.
  const indexes = new WeakMap<StoreState, StateIndex>();
  const indexOf = (state: StoreState): StateIndex => {
    let index = indexes.get(state);
    if (!index) indexes.set(state, (index = indexAppointments(state.appointments)));
    return index;
  };
  const write = <T>(change: (state: StoreState) => { result: T; changed?: StateChange }): T => {
    const state = load();
    let outcome: { result: T; changed?: StateChange };
    try {
      outcome = change(state);
    } catch (error) {
      discard();
      throw error;
    }
    if (outcome.changed) save(state, outcome.changed);
    return outcome.result;
  };
  const everything: StateChange = { kind: 'everything' };
  const seedInto = (state: StoreState, seed: StoreSeed) => {
    Object.assign(state, emptyState(), { seeded: true });
    for (const appointment of seed.appointments) state.appointments[appointment.id] = structuredClone(appointment);
    indexes.set(state, indexAppointments(state.appointments));
    return { result: undefined, changed: everything };
  };
  return {
    async ensureSeeded(seed) {
      if (load().seeded) return;
      write((state) => seedInto(state, seed()));
    },
    async reset(seed) {
      write((state) => seedInto(state, seed));
    },
    async getAppointment(id) {
      const found = load().appointments[id];
      return found && structuredClone(found);
    },
    async listPatientAppointments(practiceOds, patientId) {
      const state = load();
      return indexOf(state)
        .patientAppointmentIds(practiceOds, patientId)
        .map((id) => structuredClone(state.appointments[id] as StoredAppointment));
    },
    async busySlotIds(practiceOds) {
      return new Set(indexOf(load()).busySlots(practiceOds).keys());
    },
    async book(practiceOds, draft) {
      return write((state): { result: BookResult; changed?: StateChange } => {
        const index = indexOf(state);
        const taken = index.busySlots(practiceOds);
        const clash = draft.slotIds.find((slotId) => taken.has(slotId));
        if (clash) return { result: { ok: false, reason: 'slot-busy', slotId: clash } };
        const id = String(state.nextAppointmentId++);
        const versionId = nextVersion(state);
        const appointment: StoredAppointment = {
          id,
          versionId,
          practiceOds,
          patientId: draft.patientId,
          slotIds: [...draft.slotIds],
          resource: draft.build(id, versionId),
        };
        state.appointments[id] = appointment;
        index.put(appointment);
        return {
          result: { ok: true, appointment: structuredClone(appointment) },
          changed: { kind: 'appointment', id },
        };
      });
    },
    async update(id, expectedVersionId, build) {
      return write((state): { result: UpdateResult; changed?: StateChange } => {
        const index = indexOf(state);
        const current = state.appointments[id];
        if (!current) return { result: { ok: false, reason: 'not-found' } };
        if (current.versionId !== expectedVersionId) return { result: { ok: false, reason: 'version-mismatch' } };
        const versionId = nextVersion(state);
        const updated = { ...current, versionId, resource: build(versionId) };
        state.appointments[id] = updated;
        index.put(updated, current);
        return { result: { ok: true, appointment: structuredClone(updated) }, changed: { kind: 'appointment', id } };
      });
    },
    async register(practiceOds, nhsNumber, build, existingId) {
      return write((state): { result: RegisterResult; changed?: StateChange } => {
        if (state.registrations.some((r) => r.practiceOds === practiceOds && r.nhsNumber === nhsNumber)) {
          return { result: { ok: false, reason: 'duplicate' } };
        }
        const logicalId = existingId ?? String(state.nextPatientId++);
        const versionId = nextVersion(state);
        const registration = { nhsNumber, logicalId, practiceOds, versionId, resource: build(logicalId, versionId) };
        state.registrations.push(registration);
        return { result: { ok: true, registration: structuredClone(registration) }, changed: { kind: 'registration' } };
      });
    },
    async findRegistration(practiceOds, match) {
      const found = load().registrations.find(
        (r) =>
          r.practiceOds === practiceOds &&
          (match.nhsNumber === undefined || r.nhsNumber === match.nhsNumber) &&
          (match.logicalId === undefined || r.logicalId === match.logicalId),
      );
      return found && structuredClone(found);
    },
  };
}

/** A store that lives as long as the process (the Node server, tests). */
export function createMemoryStore(): BookingStore {
  let state = emptyState();
  return createStateStore(
    () => state,
    (next) => {
      state = next;
    },
  );
}

/** The subset of Web Storage the persisted store needs; the widget passes localStorage or sessionStorage. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STORAGE_KEY = 'gpconnect-sandbox:state:v1';

/** A store persisted in a Web Storage, so bookings survive page loads in the browser. */
export function createStorageStore(storage: KeyValueStorage, key = STORAGE_KEY): BookingStore {
  // The text last read or written and its state: every request loads the state, and parsing it again is only
  // needed when the stored text changed (another tab, another process, an edit by hand).
  let parsed: { text: string; state: StoreState } | undefined;
  const load = (): StoreState => {
    const text = storage.getItem(key);
    if (!text) return emptyState();
    if (parsed?.text === text) return parsed.state;
    let state: StoreState;
    try {
      state = { ...emptyState(), ...(JSON.parse(text) as Partial<StoreState>) };
    } catch {
      // A corrupted entry (edited by hand, another version) is treated as no state: the seed is written again.
      return emptyState();
    }
    parsed = { text, state };
    return state;
  };
  const save = (state: StoreState) => {
    const text = JSON.stringify(state);
    parsed = undefined; // until the write has succeeded (a full localStorage throws)
    storage.setItem(key, text);
    parsed = { text, state };
  };
  return createStateStore(load, save, () => (parsed = undefined));
}
