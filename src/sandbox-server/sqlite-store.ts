// The sandbox server's persisted state in SQLite (node:sqlite, built into the pinned Node 22, no native add-on):
// the booking store's state and the assurance log, in one database file so a restart loses nothing.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type * as NodeSqlite from 'node:sqlite';
import type { AssuranceLog, BookingStore, KeyValueStorage } from '../sandbox/index.ts';
import { openSqliteAssuranceLog } from './sqlite-assurance-log.ts';
import { openSqliteBookingStore } from './sqlite-booking-rows.ts';

// Looked up at run time rather than imported, so the single-file sandbox still starts on Node 20 (which has no
// node:sqlite) and keeps its state in memory there.
const sqlite = process.getBuiltinModule?.('node:sqlite') as typeof NodeSqlite | undefined;

/** False on a Node without node:sqlite (before 22.5): the server then keeps its state in memory. */
export const isSqliteAvailable = sqlite !== undefined;

/** Where `npm run sandbox` keeps its state unless `--data` or `--memory` says otherwise. */
export const DEFAULT_DATA_FILE = '.sandbox/state.sqlite';

export interface SqliteState {
  /** Bookings, cancellations and registrations; passes the same contract suite as the other stores. */
  store: BookingStore;
  /** Key-value rows in the same database (where earlier versions kept the store's state and the assurance log). */
  storage: KeyValueStorage;
  /** Each consumer's assurance records, one row each in the same database. */
  assuranceLog: AssuranceLog;
  close(): void;
}

/**
 * Opens (creating when needed) the database at `file`, or an in-memory one for ':memory:'. The store's writes are
 * synchronous check-and-set over one connection, so of two concurrent bookings of a slot exactly one wins.
 */
export function openSqliteState(file: string): SqliteState {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  if (!sqlite) throw new Error(`Keeping state in ${file} needs node:sqlite (Node 22.5 or later); run with --memory.`);
  const db = new sqlite.DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints rather than on every commit: a crash of the process loses nothing, a
  // power cut may lose the last writes, which a sandbox can afford (each request writes).
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const storage = createKeyValueStorage(db);
  const assuranceLog = openSqliteAssuranceLog(db);
  return {
    store: openSqliteBookingStore(db),
    storage,
    assuranceLog,
    close: () => {
      assuranceLog.flush();
      db.close();
    },
  };
}

/** Key-value rows, read and written directly. */
function createKeyValueStorage(db: InstanceType<typeof NodeSqlite.DatabaseSync>): KeyValueStorage {
  const select = db.prepare('SELECT value FROM kv WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    getItem: (key) => (select.get(key) as { value: string } | undefined)?.value ?? null,
    setItem: (key, value) => {
      upsert.run(key, value);
    },
  };
}
