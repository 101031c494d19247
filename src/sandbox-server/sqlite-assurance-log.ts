// The assurance log in the server's SQLite database, one row per record: logging a request is one insert, where the
// key-value log (createStorageLog, which the page's localStorage needs) parses and rewrites the whole log each time.
import type * as NodeSqlite from 'node:sqlite';
import type { AssuranceLog, AssuranceRecord } from '../sandbox/index.ts';
import { ASSURANCE_KEY, MAX_RECORDS_PER_ASID } from '../sandbox/assurance/log.ts';

type Database = InstanceType<typeof NodeSqlite.DatabaseSync>;
type LegacyLog = Record<string, AssuranceRecord[]>;

const TABLE = 'assurance_log';

/**
 * Opens the log in `db`, creating its table on first use. A database written before the table existed keeps its log
 * as one key-value row; its records move into the table then, sequence numbers unchanged.
 */
export function openSqliteAssuranceLog(db: Database): AssuranceLog {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(TABLE);
  if (!exists) createTable(db);

  // seq follows the newest record of the same ASID, as in createStorageLog; one statement, so nothing runs between.
  const insert = db.prepare(
    `INSERT INTO ${TABLE} (asid, seq, record) SELECT ?1, COALESCE(MAX(seq), 0) + 1, ?2 FROM ${TABLE} WHERE asid = ?1 RETURNING seq`,
  );
  const trim = db.prepare(`DELETE FROM ${TABLE} WHERE asid = ? AND seq <= ?`);
  const select = db.prepare(`SELECT seq, record FROM ${TABLE} WHERE asid = ? ORDER BY seq`);
  const selectAsids = db.prepare(`SELECT asid FROM ${TABLE} GROUP BY asid ORDER BY MIN(rowid)`);
  const clear = db.prepare(`DELETE FROM ${TABLE}`);
  return {
    append(asid, record) {
      const { seq } = insert.get(asid, JSON.stringify(record)) as { seq: number };
      trim.run(asid, seq - MAX_RECORDS_PER_ASID);
      return { ...record, seq } as AssuranceRecord;
    },
    list: (asid) =>
      (select.all(asid) as Array<{ seq: number; record: string }>).map(
        ({ seq, record }) => ({ ...(JSON.parse(record) as object), seq }) as AssuranceRecord,
      ),
    asids: () => (selectAsids.all() as Array<{ asid: string }>).map(({ asid }) => asid),
    clear: () => {
      clear.run();
    },
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
