// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { createMemoryLog, createStorageLog, type AssuranceRecord } from '../../../src/sandbox/index.ts';
import { MAX_RECORDS_PER_ASID } from '../../../src/sandbox/assurance/log.ts';
import { FLUSH_DELAY_MS } from '../../../src/sandbox-server/sqlite-assurance-log.ts';
import { openSqliteState } from '../../../src/sandbox-server/sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-assurance-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => join(dir, `log-${files++}.sqlite`);

const record = (traceId: string, extra: Partial<AssuranceRecord> = {}): Omit<AssuranceRecord, 'seq'> => ({
  at: '2026-12-01T10:00:00.000Z',
  method: 'GET',
  path: '/B82617/STU3/1/gpconnect/Patient',
  traceId,
  interactionId: 'urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1',
  accept: null,
  ifMatch: null,
  claims: { iss: 'https://consumer.example' },
  status: 200,
  ...extra,
});

describe('the SQLite assurance log', () => {
  test('numbers, lists and clears records as the in-memory log does', () => {
    const state = openSqliteState(':memory:');
    const memory = createMemoryLog();
    for (const log of [state.assuranceLog, memory]) {
      log.append('200000000303', record('t1'));
      log.append('918999198738', record('t2', { nhsChecked: '9690937286', fits: ['F2'] }));
      log.append('200000000303', record('t3', { status: 400 }));
    }
    expect(state.assuranceLog.list('200000000303')).toEqual(memory.list('200000000303'));
    expect(state.assuranceLog.list('918999198738')).toEqual(memory.list('918999198738'));
    expect(state.assuranceLog.list('200000000303').map((r) => [r.seq, r.traceId])).toEqual([
      [1, 't1'],
      [2, 't3'],
    ]);
    expect(state.assuranceLog.asids()).toEqual(['200000000303', '918999198738']);
    expect(state.assuranceLog.list('123')).toEqual([]);
    state.assuranceLog.clear();
    expect(state.assuranceLog.asids()).toEqual([]);
    expect(state.assuranceLog.append('200000000303', record('t4')).seq).toBe(1);
    state.close();
  });

  test("stores a verified token's frozen claims, serialised once, within each record's JSON as it was", () => {
    const state = openSqliteState(':memory:');
    const claims = Object.freeze({
      iss: 'https://consumer.example',
      nested: Object.freeze({ value: '"claims":null' }),
    });
    // A trace id quoting the member's text, and a record whose claims are not frozen, are stored as they were too.
    const records = [
      record('"claims":null,', { claims }),
      record('t2', { claims, fits: ['F2'], nhsChecked: '9690937286' }),
      record('t3', { claims: { iss: 'https://other.example' } }),
      record('t4', { claims: null }),
    ];
    for (const entry of records) state.assuranceLog.append('200000000303', entry);
    // Compared as text, so the members' order counts too.
    expect(JSON.stringify(state.assuranceLog.list('200000000303'))).toBe(
      JSON.stringify(records.map((entry, i) => ({ ...entry, seq: i + 1 }))),
    );
    state.close();
  });

  test(`keeps the newest ${MAX_RECORDS_PER_ASID} records of each consumer`, () => {
    const state = openSqliteState(':memory:');
    for (let i = 1; i <= MAX_RECORDS_PER_ASID + 3; i++) state.assuranceLog.append('200000000303', record(`t${i}`));
    state.assuranceLog.append('918999198738', record('other'));
    const kept = state.assuranceLog.list('200000000303');
    expect(kept).toHaveLength(MAX_RECORDS_PER_ASID);
    expect([kept[0]?.seq, kept.at(-1)?.seq]).toEqual([4, MAX_RECORDS_PER_ASID + 3]);
    expect(state.assuranceLog.list('918999198738').map((r) => r.seq)).toEqual([1]);
    state.close();
  });

  test('keeps records across a reopen of the same file', () => {
    const file = newFile();
    const first = openSqliteState(file);
    first.assuranceLog.append('200000000303', record('t1'));
    first.close();
    const second = openSqliteState(file);
    expect(second.assuranceLog.append('200000000303', record('t2')).seq).toBe(2);
    expect(second.assuranceLog.list('200000000303').map((r) => r.traceId)).toEqual(['t1', 't2']);
    second.close();
  });

  test('writes appended records in one batch after a short delay, without waiting for a read', () => {
    vi.useFakeTimers();
    try {
      const file = newFile();
      const state = openSqliteState(file);
      for (const traceId of ['t1', 't2']) state.assuranceLog.append('200000000303', record(traceId));
      const rows = () => {
        const reader = new DatabaseSync(file);
        const { n } = reader.prepare('SELECT COUNT(*) AS n FROM assurance_log').get() as { n: number };
        reader.close();
        return n;
      };
      expect(rows()).toBe(0);
      vi.advanceTimersByTime(FLUSH_DELAY_MS);
      expect(rows()).toBe(2);
      state.close();
    } finally {
      vi.useRealTimers();
    }
  });

  test('moves the log of a database written before the table existed, sequence numbers unchanged', () => {
    const file = newFile();
    const old = openSqliteState(file);
    // A database of the earlier server: the log as one key-value row, and no assurance table yet.
    const legacy = createStorageLog(old.storage);
    for (const traceId of ['t1', 't2']) legacy.append('200000000303', record(traceId));
    const expected = legacy.list('200000000303');
    old.close();
    const raw = new DatabaseSync(file);
    raw.exec('DROP TABLE assurance_log');
    raw.close();

    const reopened = openSqliteState(file);
    expect(reopened.assuranceLog.list('200000000303')).toEqual(expected);
    expect(reopened.assuranceLog.append('200000000303', record('t3')).seq).toBe(3);
    expect(reopened.storage.getItem('gpconnect-sandbox:assurance:v1')).toBeNull();
    reopened.close();
  });
});

describe('the SQLite key-value storage', () => {
  test('reads what another connection to the same file wrote after this one had read the key', () => {
    const file = newFile();
    const [first, second] = [openSqliteState(file), openSqliteState(file)];
    expect(second.storage.getItem('k')).toBeNull();
    first.storage.setItem('k', 'one');
    expect(second.storage.getItem('k')).toBe('one');
    first.storage.setItem('k', 'two');
    expect(second.storage.getItem('k')).toBe('two');
    expect(first.storage.getItem('k')).toBe('two');
    first.close();
    second.close();
  });
});
