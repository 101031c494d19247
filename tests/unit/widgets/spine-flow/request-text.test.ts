import { describe, expect, test } from 'vitest';
import { TRACE_ID_PLACEHOLDER } from '../../../../src/widgets/request/draft.ts';
import { formatHttpRequest } from '../../../../src/consumer/http-text.ts';
import { decodeJwt, encodeJwt } from '../../../../src/consumer/jwt.ts';
import { parseHttpRequest, prepareForSend } from '../../../../src/widgets/spine-flow/request-text.ts';
import type { WireRequest } from '../../../../src/consumer/wire.ts';

const token = encodeJwt({ iat: 1000, exp: 1300, sub: '10019' });
const shown: WireRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:4010/ssp/https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect/Appointment',
  headers: [
    ['Ssp-TraceID', TRACE_ID_PLACEHOLDER],
    ['Authorization', `Bearer ${token}`],
  ],
  body: '{\n  "resourceType": "Appointment"\n}',
};

describe('parseHttpRequest', () => {
  test('reads back exactly what formatHttpRequest wrote, body included', () => {
    expect(parseHttpRequest(formatHttpRequest(shown))).toEqual({ ok: true, request: shown });
  });

  test('reads a GET with no body as body null', () => {
    const get = { ...shown, method: 'GET', body: null };
    expect(parseHttpRequest(formatHttpRequest(get))).toEqual({ ok: true, request: get });
  });

  test('says which line is not a header', () => {
    expect(parseHttpRequest('GET http://x/ HTTP/1.1\nAccept application/json')).toEqual({
      ok: false,
      error: 'Line 2 is not a header: write it as Name: value.',
    });
  });

  test('refuses text whose first line is not a method and a URL', () => {
    expect(parseHttpRequest('hello')).toMatchObject({ ok: false });
  });
});

describe('prepareForSend', () => {
  const now = new Date(5_000_000);

  test('puts a fresh UUID in place of the trace id shown and renews iat and exp of the token shown', () => {
    const sent = prepareForSend(shown, shown, now);
    const trace = sent.headers.find(([name]) => name === 'Ssp-TraceID')![1];
    expect(trace).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const decoded = decodeJwt(sent.headers.find(([name]) => name === 'Authorization')![1].slice('Bearer '.length));
    expect(decoded.ok && decoded.payload).toMatchObject({ iat: 5000, exp: 5300, sub: '10019' });
  });

  test('sends a trace id and a token the reader typed exactly as written', () => {
    const typed = encodeJwt({ iat: 1, exp: 999 });
    const edited: WireRequest = {
      ...shown,
      headers: [
        ['Ssp-TraceID', 'my-trace'],
        ['Authorization', `Bearer ${typed}`],
      ],
    };
    expect(prepareForSend(edited, shown, now).headers).toEqual(edited.headers);
  });
});
