// Where the assurance log lives: memory, or any Web Storage-like key-value store (the page's localStorage, the
// server's SQLite database).
import type { KeyValueStorage } from '../store.ts';
import type { AssuranceRecord } from './record.ts';

export interface AssuranceLog {
  append(asid: string, record: Omit<AssuranceRecord, 'seq'>): AssuranceRecord;
  list(asid: string): AssuranceRecord[];
  asids(): string[];
  clear(): void;
}

type LogState = Record<string, AssuranceRecord[]>;
/** The newest records kept per ASID; older ones drop off so the log cannot grow without bound. */
export const MAX_RECORDS_PER_ASID = 500;
export const ASSURANCE_KEY = 'gpconnect-sandbox:assurance:v1';

function createLog(load: () => LogState, save: (state: LogState) => void): AssuranceLog {
  return {
    append(asid, record) {
      const state = load();
      const list = state[asid] ?? [];
      const entry = { ...record, seq: (list.at(-1)?.seq ?? 0) + 1 } as AssuranceRecord;
      state[asid] = [...list, entry].slice(-MAX_RECORDS_PER_ASID);
      save(state);
      return entry;
    },
    list: (asid) => load()[asid] ?? [],
    asids: () => Object.keys(load()),
    clear: () => save({}),
  };
}

export function createMemoryLog(): AssuranceLog {
  let state: LogState = {};
  return createLog(
    () => state,
    (next) => {
      state = next;
    },
  );
}

export function createStorageLog(storage: KeyValueStorage, key = ASSURANCE_KEY): AssuranceLog {
  return createLog(
    () => {
      try {
        return JSON.parse(storage.getItem(key) ?? '{}') as LogState;
      } catch {
        return {};
      }
    },
    (state) => storage.setItem(key, JSON.stringify(state)),
  );
}
