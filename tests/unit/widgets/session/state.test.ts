import { describe, expect, test } from 'vitest';
import { addToHistory, HISTORY_LIMIT, loadHistory } from '../../../../src/widgets/session/history.ts';
import { buildShareUrl, readShareFragment } from '../../../../src/widgets/session/share.ts';
import { loadSession, recordResponse, saveSession, versionFromEtag } from '../../../../src/widgets/session/state.ts';
import { createDraft } from '../../../../src/widgets/request/draft.ts';

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
};
const now = new Date('2026-03-02T10:00:00Z');
const json = (status: number, body: unknown, headers: Array<[string, string]> = []) => ({
  status,
  statusText: '',
  headers,
  body: JSON.stringify(body),
  ms: 1,
});

describe('what the session remembers', () => {
  test('keeps the first future free slot with its location and practitioner', () => {
    const bundle = {
      resourceType: 'Bundle',
      entry: [
        {
          resource: {
            resourceType: 'Slot',
            id: 'past',
            status: 'free',
            start: '2026-03-01T09:00:00+00:00',
            schedule: { reference: 'Schedule/1' },
          },
        },
        {
          resource: {
            resourceType: 'Slot',
            id: 's2',
            status: 'free',
            start: '2026-03-03T09:00:00+00:00',
            end: '2026-03-03T09:10:00+00:00',
            schedule: { reference: 'Schedule/1' },
          },
        },
        {
          resource: {
            resourceType: 'Schedule',
            id: '1',
            actor: [{ reference: 'Location/17' }, { reference: 'Practitioner/2' }],
          },
        },
      ],
    };
    const state = recordResponse({}, 'A1', { practice: 'B82617', now }, json(200, bundle));
    expect(state.freeSlot).toEqual({
      id: 's2',
      start: '2026-03-03T09:00:00+00:00',
      end: '2026-03-03T09:10:00+00:00',
      practice: 'B82617',
      locationId: '17',
      practitionerId: '2',
    });
  });

  test('remembers a booked appointment with the version from its ETag, and forgets the slot it used', () => {
    const state = recordResponse(
      { freeSlot: { id: 's', start: '', end: '', practice: 'B82617' } },
      'A3',
      { practice: 'B82617', now },
      json(201, { resourceType: 'Appointment', id: '9', status: 'booked' }, [['etag', 'W/"636068818095315079"']]),
    );
    expect(state.appointment).toMatchObject({ id: '9', versionId: '636068818095315079', status: 'booked' });
    expect(state.freeSlot).toBeUndefined();
  });

  test('ignores error responses and reads weak and strong ETags', () => {
    expect(recordResponse({}, 'A2', { practice: 'B82617', now }, json(404, {}))).toEqual({});
    expect(versionFromEtag('W/"42"')).toBe('42');
    expect(versionFromEtag('"7"')).toBe('7');
  });

  test('survives a reload through storage', () => {
    const storage = memory();
    saveSession(storage, {
      appointment: { id: '1', versionId: '2', practice: 'B82617', status: 'booked', resource: {} },
    });
    expect(loadSession(storage).appointment?.id).toBe('1');
    expect(loadSession({ getItem: () => '{broken', setItem: () => undefined })).toEqual({});
  });
});

describe('history and share links', () => {
  test('keeps the newest ten requests first', () => {
    const storage = memory();
    const draft = createDraft('F1', 'metadata', { now, session: {} });
    for (let i = 0; i < 12; i++) addToHistory(storage, '/p/', { at: String(i), label: `GET ${i}`, status: 200, draft });
    const entries = loadHistory(storage, '/p/');
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.label).toBe('GET 11');
  });

  test('a share link carries the edited draft for one widget only', () => {
    const draft = { ...createDraft('F2', 'find-patient2', { now, session: {} }), path: '/Patient?x' };
    const url = new URL(
      buildShareUrl('https://portal.example/foundations/find-a-patient/#top', 'F2-find-patient2', draft),
    );
    expect(readShareFragment(url.hash, 'F2-find-patient2')).toEqual(draft);
    expect(readShareFragment(url.hash, 'F3-read-patient2')).toBeUndefined();
    expect(readShareFragment('#tryit-F2-find-patient2=not-json', 'F2-find-patient2')).toBeUndefined();
  });
});
