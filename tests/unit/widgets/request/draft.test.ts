import { describe, expect, test } from 'vitest';
import { decodeJwt } from '../../../../src/consumer/jwt.ts';
import {
  buildUrl,
  buildWireRequest,
  createDraft,
  TRACE_ID_PLACEHOLDER,
} from '../../../../src/widgets/request/draft.ts';
import { findHeader } from '../../../../src/consumer/wire.ts';

const now = new Date('2026-03-02T10:00:00Z');
const base = 'http://127.0.0.1:4010';

describe('building a GP Connect request', () => {
  test('puts the practice, routing segment, path and encoded query into the URL', () => {
    const draft = createDraft('F2', 'find-patient2', { now, session: {} });
    expect(buildUrl(draft, base)).toBe(
      'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286',
    );
    expect(buildUrl(createDraft('S1', 'patient2-all', { now, session: {} }), base)).toBe(
      'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord',
    );
  });

  test('fills the Ssp headers from the interaction and practice, and Content-Type only with a body', () => {
    const draft = createDraft('S1', 'patient2-allergies', { now, session: {}, practice: 'R1A14' });
    expect(draft.headers).toEqual([
      ['Accept', 'application/fhir+json;charset=utf-8'],
      ['Content-Type', 'application/fhir+json;charset=utf-8'],
      ['Ssp-TraceID', TRACE_ID_PLACEHOLDER],
      ['Ssp-From', '200000000115'],
      ['Ssp-To', '918999198740'],
      ['Ssp-InteractionID', 'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1'],
    ]);
    expect(findHeader(createDraft('F1', 'metadata', { now, session: {} }).headers, 'content-type')).toBeUndefined();
  });

  test('sends a new lowercase UUID as Ssp-TraceID on every send, and the JWT as a Bearer token', () => {
    const draft = createDraft('F2', 'find-patient2', { now, session: {} });
    const first = buildWireRequest(draft, { base, now });
    const second = buildWireRequest(draft, { base, now });
    const trace = findHeader(first.headers, 'Ssp-TraceID')!;
    expect(trace).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(findHeader(second.headers, 'Ssp-TraceID')).not.toBe(trace);
    expect(findHeader(first.headers, 'Authorization')).toMatch(/^Bearer [\w-]+\.[\w-]+\.$/);
  });

  test('renews iat and exp at send time unless the reader edited them', () => {
    const draft = createDraft('F2', 'find-patient2', { now, session: {} });
    const later = new Date(now.getTime() + 3_600_000);
    const sent = decodeJwt(
      findHeader(buildWireRequest(draft, { base, now: later }).headers, 'Authorization')!.slice(7),
    );
    expect(sent.ok && sent.payload.iat).toBe(later.getTime() / 1000);
    const pinned = buildWireRequest({ ...draft, autoTimes: false }, { base, now: later });
    expect(findHeader(pinned.headers, 'Authorization')).toBe(`Bearer ${draft.token}`);
  });

  test('takes If-Match and the appointment from the last read for an amend', () => {
    const session = {
      appointment: {
        id: '12',
        versionId: '3',
        practice: 'B82617',
        status: 'booked',
        resource: { resourceType: 'Appointment', id: '12', comment: 'x' },
      },
    };
    const draft = createDraft('A4', 'amend-appointment', { now, session });
    expect(draft.method).toBe('PUT');
    expect(draft.path).toBe('/Appointment/12');
    expect(findHeader(draft.headers, 'If-Match')).toBe('W/"3"');
    expect(JSON.parse(draft.body!).comment).toBe('Now prefers an afternoon call back');
  });

  test('puts the picked patient into the request', () => {
    const draft = createDraft('F3', 'read-patient2', { now, session: {}, patient: 'patient17' });
    expect(draft.path).toBe('/Patient/17');
  });

  test('refuses an example name the interaction does not have', () => {
    expect(() => createDraft('F2', 'find-patient99', { now, session: {} })).toThrow(
      'interaction F2 has no example named "find-patient99"',
    );
  });
});
