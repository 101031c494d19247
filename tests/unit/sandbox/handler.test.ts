import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../src/sandbox/index.ts';
import { interactions } from '../../../src/spec/index.ts';
import { ORIGIN, encodeJwt, gpcRequest, readOutcome, validClaims } from './gpc-request.ts';

const { handle } = createSandbox();
const F2_QUERY = 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286';
const f2 = (options: Parameters<typeof gpcRequest>[1] = {}) => gpcRequest('F2', { query: F2_QUERY, ...options });

describe('routing', () => {
  test('answers on any origin, by pathname only', async () => {
    const request = f2();
    const elsewhere = new Request(request.url.replace(ORIGIN, 'https://example.org:8443'), request);
    expect((await handle(elsewhere)).status).toBe(200);
  });
  test('answers an unknown practice with 404 NO_RECORD_FOUND', async () => {
    expect(await readOutcome(await handle(gpcRequest('F1', { ods: 'INVOC1' })))).toMatchObject({
      status: 404,
      code: 'NO_RECORD_FOUND',
    });
  });
  test('answers a path outside every service root with 404 NO_RECORD_FOUND', async () => {
    expect(await readOutcome(await handle(new Request(`${ORIGIN}/nothing/here`)))).toMatchObject({
      status: 404,
      code: 'NO_RECORD_FOUND',
    });
  });
  test('sends Cache-Control no-store and FHIR JSON on successes and errors', async () => {
    for (const response of [await handle(f2()), await handle(new Request(`${ORIGIN}/`))]) {
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Content-Type')).toBe('application/fhir+json;charset=utf-8');
    }
  });
});

describe('the Ssp-* headers (step 1 and 2)', () => {
  test.each(['Ssp-TraceID', 'Ssp-From', 'Ssp-To', 'Ssp-InteractionID'])(
    'rejects a request without %s with 400 BAD_REQUEST',
    async (name) => {
      expect(await readOutcome(await handle(f2({ headers: { [name]: null } })))).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
      });
    },
  );
  test('rejects a blank header with 400 BAD_REQUEST', async () => {
    expect(await readOutcome(await handle(f2({ headers: { 'Ssp-From': '  ' } })))).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
  });
  test('rejects a trace id that is not a GUID with 400 BAD_REQUEST', async () => {
    expect(await readOutcome(await handle(f2({ headers: { 'Ssp-TraceID': 'trace-1' } })))).toMatchObject({
      status: 400,
    });
  });
  test('rejects an Ssp-To that is not the practice ASID with 400 BAD_REQUEST', async () => {
    const outcome = await readOutcome(await handle(f2({ headers: { 'Ssp-To': '200000000116' } })));
    expect(outcome).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"The Ssp-To header must be the ASID of B82617 (918999198738); received "200000000116"."`,
    );
  });
});

describe('the interaction ID (step 3)', () => {
  test('rejects an unknown interaction ID with 400 BAD_REQUEST', async () => {
    expect(
      await readOutcome(
        await handle(
          f2({ headers: { 'Ssp-InteractionID': 'urn:nhs:names:services:gpconnect:fhir:rest:search:nothing-1' } }),
        ),
      ),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects an interaction ID in the wrong case with 400 BAD_REQUEST', async () => {
    expect(
      await readOutcome(await handle(f2({ headers: { 'Ssp-InteractionID': interactions.F2.id.toUpperCase() } }))),
    ).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects the wrong verb with 400 BAD_REQUEST', async () => {
    const outcome = await readOutcome(await handle(f2({ method: 'POST', body: {} })));
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"Find a patient (urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1) uses GET, not POST."`,
    );
  });
  test.each(['DELETE', 'PATCH', 'OPTIONS'])('rejects %s on a valid endpoint with 400 BAD_REQUEST', async (method) => {
    expect(await readOutcome(await handle(f2({ method })))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
  test('rejects an interaction ID that does not match the path with 400 BAD_REQUEST', async () => {
    expect(await readOutcome(await handle(f2({ headers: { 'Ssp-InteractionID': interactions.F3.id } })))).toMatchObject(
      { status: 400 },
    );
  });
  test('rejects a resource name in the wrong case with 400 BAD_REQUEST', async () => {
    expect(await readOutcome(await handle(gpcRequest('F3', { path: '/patient/2' })))).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
    });
  });
  test('rejects an ARS interaction sent to the Foundations root with 400 BAD_REQUEST', async () => {
    const request = gpcRequest('S3');
    const misrouted = new Request(request.url.replace('/gpconnect/structured/', '/gpconnect/'), request);
    const outcome = await readOutcome(await handle(misrouted));
    expect(outcome.diagnostics).toContain('.../gpconnect/structured');
  });
});

describe('the validation order of handleProvider', () => {
  test('checks the headers before the JWT', async () => {
    const outcome = await readOutcome(await handle(f2({ headers: { 'Ssp-To': '1', Authorization: null } })));
    expect(outcome.diagnostics).toContain('Ssp-To');
  });
  test('checks the JWT before content negotiation', async () => {
    const outcome = await readOutcome(await handle(f2({ headers: { Authorization: null, Accept: 'text/html' } })));
    expect(outcome.status).toBe(400);
  });
  test('checks content negotiation before the scope', async () => {
    const claims = { ...validClaims('F2'), requested_scope: 'organization/*.read' };
    expect((await handle(f2({ claims, headers: { Accept: 'text/html' } }))).status).toBe(415);
  });
  test('checks the scope before the identifier', async () => {
    const claims = { ...validClaims('F2'), requested_scope: 'organization/*.read' };
    const outcome = await readOutcome(await handle(gpcRequest('F2', { claims, query: 'identifier=x%7C1' })));
    expect(outcome.diagnostics).toContain('requested_scope');
  });
});

describe('content negotiation (step 5)', () => {
  test('answers an Accept that names neither JSON nor XML with 415 and the BAD_REQUEST code', async () => {
    const outcome = await readOutcome(await handle(f2({ headers: { Accept: 'text/html' } })));
    expect(outcome).toMatchObject({ status: 415, code: 'BAD_REQUEST' });
    expect(outcome.diagnostics).toMatchInlineSnapshot(
      `"The Accept header "text/html" names no supported format; use application/fhir+json or application/fhir+xml."`,
    );
  });
  test('lets _format win over Accept', async () => {
    expect(
      (await handle(f2({ query: `${F2_QUERY}&_format=application/fhir%2Bjson`, headers: { Accept: 'text/html' } })))
        .status,
    ).toBe(200);
    const xml = await handle(f2({ query: `${F2_QUERY}&_format=application/fhir%2Bxml` }));
    expect(xml.status).toBe(200);
    expect(xml.headers.get('Content-Type')).toBe('application/fhir+xml;charset=utf-8');
  });
  test('accepts */* and a missing Accept', async () => {
    expect((await handle(f2({ headers: { Accept: '*/*' } }))).status).toBe(200);
    expect((await handle(f2({ headers: { Accept: null } }))).status).toBe(200);
  });
  test('answers a POST without Content-Type with 415', async () => {
    const request = gpcRequest('F9', { body: '{}', headers: { 'Content-Type': null } });
    expect((await handle(request)).status).toBe(415);
  });
  test('answers a DSTU2 Content-Type with 415', async () => {
    expect(
      (await handle(gpcRequest('F9', { body: '{}', headers: { 'Content-Type': 'application/json+fhir' } }))).status,
    ).toBe(415);
  });
});

describe('enablement switches', () => {
  test('answers a capability switched off at the practice with 403 ACCESS DENIED', async () => {
    const outcome = await readOutcome(await handle(gpcRequest('S3', { ods: 'X12345' })));
    expect(outcome).toMatchObject({ status: 403, code: 'ACCESS DENIED' });
  });
  test('answers everything at a practice with GP Connect switched off with 403 ACCESS DENIED', async () => {
    const sandbox = createSandbox({ enablement: { B82617: { gpConnect: false } } });
    expect(await readOutcome(await sandbox.handle(f2()))).toMatchObject({ status: 403, code: 'ACCESS DENIED' });
  });
  test('checks parameters before the switch', async () => {
    const sandbox = createSandbox({ enablement: { B82617: { gpConnect: false } } });
    const outcome = await readOutcome(
      await sandbox.handle(gpcRequest('F2', { query: 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9000000008' })),
    );
    expect(outcome.code).toBe('INVALID_NHS_NUMBER');
  });
  test('keeps Appointment Management on at X12345', async () => {
    expect((await handle(gpcRequest('F1', { ods: 'X12345' }))).status).toBe(200);
  });
});

describe('failures', () => {
  test('turns an unexpected exception into 500 INTERNAL_SERVER_ERROR without leaking its text', async () => {
    const broken = {
      async ensureSeeded() {
        throw new Error('disk on fire');
      },
    } as never;
    const sandbox = createSandbox({ store: broken });
    const original = console.error;
    console.error = () => {};
    try {
      const outcome = await readOutcome(await sandbox.handle(f2()));
      expect(outcome).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR' });
      expect(outcome.diagnostics).not.toContain('disk on fire');
      expect(outcome.diagnostics).toContain('sandbox defect');
    } finally {
      console.error = original;
    }
  });
  test('resets through POST /_sandbox/reset and refuses other verbs', async () => {
    expect((await handle(new Request(`${ORIGIN}/_sandbox/reset`, { method: 'POST' }))).status).toBe(200);
    expect((await handle(new Request(`${ORIGIN}/_sandbox/reset`))).status).toBe(400);
  });
  test('builds tokens the way the helpers do', () => {
    expect(encodeJwt({ a: 1 }).endsWith('.')).toBe(true);
  });
});
