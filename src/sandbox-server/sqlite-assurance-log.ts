// The assurance log in the server's SQLite database, one row per record: logging a request is one insert, where the
// key-value log (createStorageLog, which the page's localStorage needs) parses and rewrites the whole log each time.
import type * as NodeSqlite from 'node:sqlite';
import type { AssuranceLog, AssuranceRecord } from '../sandbox/index.ts';
import { ASSURANCE_KEY, MAX_RECORDS_PER_ASID } from '../sandbox/assurance/log.ts';

type Database = InstanceType<typeof NodeSqlite.DatabaseSync>;
type LegacyLog = Record<string, AssuranceRecord[]>;

const TABLE = 'assurance_log';

/** How long appended records wait in memory before they are written together, in one transaction. */
export const FLUSH_DELAY_MS = 20;

export interface SqliteAssuranceLog extends AssuranceLog {
  /** Writes the records still waiting; `close` of the state calls it before the database closes. */
  flush(): void;
}

/**
 * Opens the log in `db`, creating its table on first use. A database written before the table existed keeps its log
 * as one key-value row; its records move into the table then, sequence numbers unchanged.
 *
 * Records are written in batches, FLUSH_DELAY_MS after the first of them (a commit per request costs more than the
 * rest of the request does): reads write the waiting ones first, so they always see every record. Sequence numbers
 * are counted here, so one server process owns the file's log, as it owns its bookings.
 */
export function openSqliteAssuranceLog(db: Database): SqliteAssuranceLog {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE);
  if (!exists) createTable(db);

  const insert = db.prepare(`INSERT INTO ${TABLE} (asid, seq, record) VALUES (?, ?, ?)`);
  const trim = db.prepare(`DELETE FROM ${TABLE} WHERE asid = ? AND seq <= ?`);
  const newest = db.prepare(`SELECT MAX(seq) AS seq FROM ${TABLE} WHERE asid = ?`);
  const select = db.prepare(`SELECT seq, record FROM ${TABLE} WHERE asid = ? ORDER BY seq`);
  const selectAsids = db.prepare(`SELECT asid FROM ${TABLE} GROUP BY asid ORDER BY MIN(rowid)`);
  const clear = db.prepare(`DELETE FROM ${TABLE}`);

  const lastSeq = new Map<string, number>();
  let waiting: Array<{ asid: string; seq: number; record: string }> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const nextSeq = (asid: string) => {
    const seq = (lastSeq.get(asid) ?? (newest.get(asid) as { seq: number | null }).seq ?? 0) + 1;
    lastSeq.set(asid, seq);
    return seq;
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    db.exec('BEGIN');
    try {
      for (const { asid, seq, record } of batch) insert.run(asid, seq, record);
      // seq follows the newest record of the same ASID, as in createStorageLog, and only the newest are kept.
      for (const asid of new Set(batch.map((entry) => entry.asid)))
        trim.run(asid, (lastSeq.get(asid) ?? 0) - MAX_RECORDS_PER_ASID);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };
  return {
    append(asid, record) {
      const seq = nextSeq(asid);
      waiting.push({ asid, seq, record: recordJson(record) });
      // unref: a waiting batch never keeps the process alive; the state's close() writes it.
      timer ??= setTimeout(flush, FLUSH_DELAY_MS).unref();
      return { ...record, seq } as AssuranceRecord;
    },
    list(asid) {
      flush();
      return (select.all(asid) as Array<{ seq: number; record: string }>).map(
        ({ seq, record }) => ({ ...(JSON.parse(record) as object), seq }) as AssuranceRecord,
      );
    },
    asids() {
      flush();
      return (selectAsids.all() as Array<{ asid: string }>).map(({ asid }) => asid);
    },
    clear() {
      waiting = [];
      lastSeq.clear();
      clear.run();
    },
    flush,
  };
}

function createTable(db: Database): void {
  db.exec('BEGIN');
  try {
    db.exec(
      `CREATE TABLE ${TABLE} (asid TEXT NOT NULL, seq INTEGER NOT NULL, record TEXT NOT NULL, UNIQUE (asid, seq))`,
    );
    const legacy = db.prepare('SELECT value FROM kv WHERE key = ?').get(ASSURANCE_KEY) as { value: string } | undefined;
    if (legacy) {
      const insert = db.prepare(`INSERT INTO ${TABLE} (asid, seq, record) VALUES (?, ?, ?)`);
      for (const [asid, records] of Object.entries(parseLegacyLog(legacy.value))) {
        for (const { seq, ...record } of Array.isArray(records) ? records.filter(isRecord) : [])
          insert.run(asid, seq, JSON.stringify(record));
      }
      db.prepare('DELETE FROM kv WHERE key = ?').run(ASSURANCE_KEY);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

// The claims of a verified token are one frozen object, shared by every request that sends the token (see
// validate/jwt.ts), and most of a record's bytes: each is serialised once.
const claimsJson = new WeakMap<object, string>();

/** The record's JSON, as JSON.stringify writes it. */
function recordJson(record: Omit<AssuranceRecord, 'seq'>): string {
  const { claims } = record;
  if (claims === null || !Object.isFrozen(claims)) return JSON.stringify(record);
  let json = claimsJson.get(claims);
  if (json === undefined) claimsJson.set(claims, (json = JSON.stringify(claims)));
  const claimsText = json;
  // The members before `claims` are strings or null, in which every quote is escaped, so the first `"claims":null`
  // is the member itself.
  return JSON.stringify({ ...record, claims: null }).replace('"claims":null', () => `"claims":${claimsText}`);
}

const isRecord = (value: unknown): value is AssuranceRecord =>
  typeof value === 'object' && value !== null && Number.isInteger((value as { seq?: unknown }).seq);

/** A corrupted key-value log reads as empty, as createStorageLog reads it. */
function parseLegacyLog(text: string): LegacyLog {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as LegacyLog) : {};
  } catch {
    return {};
  }
}
