import { describe, expect, test } from 'vitest';
import {
  codeLanguages,
  exportRequest,
  exporters,
  toCSharp,
  toCurl,
  toFetch,
  toGo,
  toJava,
  toPhp,
  toPowerShell,
  toPython,
  toRuby,
} from '../../../../src/widgets/code-export/index.ts';
import type { WireRequest } from '../../../../src/consumer/wire.ts';

const request: WireRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord',
  headers: [
    ['Content-Type', 'application/fhir+json;charset=utf-8'],
    ['Ssp-TraceID', 'abc'],
    ['Authorization', 'Bearer x.y.'],
  ],
  body: '{"name":"it\'s \\\\ #{x} $y"}',
};

describe('code export', () => {
  test('writes curl with every header and the body quoted for the shell', () => {
    expect(toCurl({ ...request, body: '{"name":"it\'s"}' })).toMatchInlineSnapshot(`
      "curl -i -X POST 'http://127.0.0.1:4010/B82617/STU3/1/gpconnect/structured/Patient/$gpc.getstructuredrecord' \\
        -H 'Content-Type: application/fhir+json;charset=utf-8' \\
        -H 'Ssp-TraceID: abc' \\
        -H 'Authorization: Bearer x.y.' \\
        --data-binary '{"name":"it'\\''s"}'"
    `);
  });

  test('writes every language with every header, the token and the URL', () => {
    for (const [language, print] of Object.entries(exporters)) {
      const code = print(request);
      expect(code, language).toContain('Ssp-TraceID');
      expect(code, language).toContain('Bearer x.y.');
      expect(code, language).toContain('$gpc.getstructuredrecord');
    }
  });

  test('quotes the body so no language interpolates or unescapes it', () => {
    expect(toPython(request)).toContain(`data=${JSON.stringify(request.body)}.encode("utf-8")`);
    expect(toJava(request)).toContain(
      `BodyPublishers.ofString(${JSON.stringify(request.body)}, StandardCharsets.UTF_8)`,
    );
    expect(toGo(request)).toContain(`strings.NewReader(${JSON.stringify(request.body)})`);
    // Single-quoted in PHP and Ruby: #{x} and $y stay text; the backslashes are doubled.
    expect(toPhp(request)).toContain(`CURLOPT_POSTFIELDS => '{"name":"it\\'s \\\\\\\\ #{x} $y"}',`);
    expect(toRuby(request)).toContain(`request.body = '{"name":"it\\'s \\\\\\\\ #{x} $y"}'`);
    expect(toPowerShell(request)).toContain(`Body = '{"name":"it''s \\\\ #{x} $y"}'`);
  });

  test('moves Content-Type onto the content where the client insists (C#, PowerShell)', () => {
    expect(toCSharp(request)).toContain(
      'request.Content.Headers.TryAddWithoutValidation("Content-Type", @"application/fhir+json;charset=utf-8");',
    );
    expect(toPowerShell(request)).toContain("ContentType = 'application/fhir+json;charset=utf-8'");
    expect(toPowerShell(request)).not.toContain("'Content-Type' =");
  });

  test('leaves the body out of a GET', () => {
    const get = { ...request, method: 'GET', body: null };
    expect(toCurl(get)).not.toContain('--data-binary');
    expect(toFetch(get)).not.toContain('body:');
    expect(toJava(get)).toContain('BodyPublishers.noBody()');
    expect(toGo(get)).not.toContain('"strings"');
    expect(toPhp(get)).not.toContain('CURLOPT_POSTFIELDS');
    expect(toRuby(get)).toContain("Net::HTTPGenericRequest.new('GET', false, true, uri.request_uri)");
  });

  test('puts notes above the code as comments in each language, after the opening tag in PHP', () => {
    expect(exportRequest('curl', request, ['expires soon']).split('\n')[0]).toBe('# expires soon');
    expect(exportRequest('java', request, ['expires soon']).split('\n')[0]).toBe('// expires soon');
    expect(exportRequest('php', request, ['expires soon']).split('\n').slice(0, 2)).toEqual([
      '<?php',
      '// expires soon',
    ]);
    expect(exportRequest('python', request)).toBe(toPython(request));
  });

  test('offers a label for every exporter and an exporter for every label', () => {
    expect(Object.keys(codeLanguages).sort()).toEqual(Object.keys(exporters).sort());
  });
});
