// The booking store's state in SQLite as one row per appointment and per registration, so a booking writes one
// row: keeping the whole state as one key-value text (as the page's localStorage store must) meant serialising and
// writing every seeded appointment again on each booking, amendment and cancellation.
import type * as NodeSqlite from 'node:sqlite';
import {
  createStateStore,
  emptyState,
  STORAGE_KEY,
  type BookingStore,
  type StateChange,
  type StoreState,
} from '../sandbox/store.ts';

type Database = InstanceType<typeof NodeSqlite.DatabaseSync>;
type Counters = Pick<StoreState, 'seeded' | 'nextAppointmentId' | 'nextPatientId' | 'lastVersion'>;

const countersOf = ({ seeded, nextAppointmentId, nextPatientId, lastVersion }: StoreState): string =>
  JSON.stringify({ seeded, nextAppointmentId, nextPatientId, lastVersion } satisfies Counters);

/**
 * The store over `db`. Reads come from the state last loaded while `PRAGMA data_version` says no other connection
 * (another process on the same file) has committed since; a save writes the rows the change names, in one
 * transaction. A database that still holds the state as one key-value row has it moved into the rows on open.
 */
export function openSqliteBookingStore(db: Database): BookingStore {
  db.exec(`CREATE TABLE IF NOT EXISTS booking_counters (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS booking_appointments (id TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS booking_registrations (seq INTEGER PRIMARY KEY, value TEXT NOT NULL)`);
  const statements = {
    counters: db.prepare('SELECT value FROM booking_counters WHERE id = 1'),
    appointments: db.prepare('SELECT value FROM booking_appointments'),
    registrations: db.prepare('SELECT value FROM booking_registrations ORDER BY seq'),
    putCounters: db.prepare(
      'INSERT INTO booking_counters (id, value) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value',
    ),
    putAppointment: db.prepare(
      'INSERT INTO booking_appointments (id, value) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value',
    ),
    putRegistration: db.prepare('INSERT INTO booking_registrations (seq, value) VALUES (?, ?)'),
    dataVersion: db.prepare('PRAGMA data_version'),
  };
  const writeRows = (state: StoreState, change: StateChange) => {
    if (change.kind === 'everything') {
      db.exec('DELETE FROM booking_appointments; DELETE FROM booking_registrations');
      for (const appointment of Object.values(state.appointments))
        statements.putAppointment.run(appointment.id, JSON.stringify(appointment));
      state.registrations.forEach((registration, seq) =>
        statements.putRegistration.run(seq, JSON.stringify(registration)),
      );
    } else if (change.kind === 'appointment') {
      statements.putAppointment.run(change.id, JSON.stringify(state.appointments[change.id]));
    } else {
      const seq = state.registrations.length - 1;
      statements.putRegistration.run(seq, JSON.stringify(state.registrations[seq]));
    }
    statements.putCounters.run(countersOf(state));
  };
  moveKeyValueState(db, writeRows);

  let cached: StoreState | undefined;
  let version: unknown;

  const load = (): StoreState => {
    const current = (statements.dataVersion.get() as { data_version: number }).data_version;
    if (cached && current === version) return cached;
    version = current;
    const counters = statements.counters.get() as { value: string } | undefined;
    const state: StoreState = { ...emptyState(), ...(counters ? (JSON.parse(counters.value) as Counters) : {}) };
    for (const { value } of statements.appointments.all() as Array<{ value: string }>) {
      const appointment = JSON.parse(value) as StoreState['appointments'][string];
      state.appointments[appointment.id] = appointment;
    }
    state.registrations = (statements.registrations.all() as Array<{ value: string }>).map(
      ({ value }) => JSON.parse(value) as StoreState['registrations'][number],
    );
    cached = state;
    return state;
  };

  const save = (state: StoreState, change: StateChange): void => {
    cached = undefined; // until the transaction has committed
    inTransaction(db, () => writeRows(state, change));
    cached = state;
  };

  const store = createStateStore(load, save, () => (cached = undefined));
  // A file once seeded stays seeded (a reset seeds it again; nothing empties the tables), so after the first request
  // the check needs no read: every read outside a transaction takes a WAL read lock, about 10 µs, and each provider
  // request starts with this check.
  let seeded = false;
  return {
    ...store,
    async ensureSeeded(seed) {
      if (seeded) return;
      await store.ensureSeeded(seed);
      seeded = true;
    },
  };
}

function inTransaction(db: Database, work: () => void): void {
  db.exec('BEGIN');
  try {
    work();
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Moves a state written by an earlier version (one key-value row) into the rows, once. */
function moveKeyValueState(db: Database, writeRows: (state: StoreState, change: StateChange) => void): void {
  const hasKv = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kv'").get();
  const row = hasKv
    ? (db.prepare('SELECT value FROM kv WHERE key = ?').get(STORAGE_KEY) as { value: string } | undefined)
    : undefined;
  if (!row) return;
  let old: Partial<StoreState> = {};
  try {
    old = JSON.parse(row.value) as Partial<StoreState>;
  } catch {
    // A corrupted entry is treated as no state, as the key-value store treats it: the seed is written again.
  }
  inTransaction(db, () => {
    writeRows({ ...emptyState(), ...old }, { kind: 'everything' });
    db.prepare('DELETE FROM kv WHERE key = ?').run(STORAGE_KEY);
  });
}
