import { describe, expect, test } from 'vitest';
import { toCSharp, toCurl, toFetch, toPython } from '../../../../src/widgets/code-export/index.ts';
import type { WireRequest } from '../../../../src/consumer/wire.ts';

const request: WireRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord',
  headers: [
    ['Content-Type', 'application/fhir+json;charset=utf-8'],
    ['Ssp-TraceID', 'abc'],
    ['Authorization', 'Bearer x.y.'],
  ],
  body: '{"name":"it\'s"}',
};

describe('code export', () => {
  test('writes curl with every header and the body quoted for the shell', () => {
    expect(toCurl(request)).toMatchInlineSnapshot(`
      "curl -i -X POST 'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord' \\
        -H 'Content-Type: application/fhir+json;charset=utf-8' \\
        -H 'Ssp-TraceID: abc' \\
        -H 'Authorization: Bearer x.y.' \\
        --data-binary '{"name":"it'\\''s"}'"
    `);
  });

  test('writes fetch, HttpClient and requests code carrying every header', () => {
    for (const code of [toFetch(request), toCSharp(request), toPython(request)]) {
      expect(code).toContain('Ssp-TraceID');
      expect(code).toContain('Bearer x.y.');
      expect(code).toContain('$gpc.getstructuredrecord');
    }
    expect(toCSharp(request)).toContain(
      'request.Content.Headers.TryAddWithoutValidation("Content-Type", @"application/fhir+json;charset=utf-8");',
    );
    expect(toPython(request)).toContain('data="{\\"name\\":\\"it\'s\\"}".encode("utf-8")');
  });

  test('leaves the body out of a GET', () => {
    const get = { ...request, method: 'GET', body: null };
    expect(toCurl(get)).not.toContain('--data-binary');
    expect(toFetch(get)).not.toContain('body:');
  });
});
