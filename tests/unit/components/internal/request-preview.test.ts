import { describe, expect, it } from 'vitest';
import { highlightHttpRequest, renderTokens } from '../../../../src/components/internal/request-preview.ts';

const request = [
  'POST http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient/$gpc.getstructuredrecord HTTP/1.1',
  'Ssp-InteractionID: urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1',
  'Ssp-From: 200000000115',
  '',
  '{',
  '  "resourceType": "Parameters",',
  '  "count": 1, "flag": true',
  '}',
].join('\n');

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('highlightHttpRequest', () => {
  it('keeps the request text exactly, line for line', async () => {
    expect(textOf(await highlightHttpRequest(request))).toBe(request);
  });

  it('colours the request line, the headers and the body each in one span, with spans only where a token differs', async () => {
    const lines = (await highlightHttpRequest(request)).split('\n');
    expect(lines).toEqual([
      '<span class="rp-keyword">POST<span class="rp-text"> http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient/$gpc.getstructuredrecord </span>HTTP/<span class="rp-constant">1.1</span></span>',
      '<span class="rp-string-expression">Ssp-InteractionID: <span class="rp-string">urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1</span>',
      'Ssp-From: <span class="rp-string">200000000115</span></span>',
      '<span class="rp-keyword">',
      '{',
      '  "resourceType": <span class="rp-string-expression">"Parameters"</span>,',
      '  "count": <span class="rp-constant">1</span>, "flag": <span class="rp-constant">true</span>',
      '}</span>',
    ]);
  });

  it('never writes an inline style', async () => {
    expect(await highlightHttpRequest(request)).not.toContain('style=');
  });

  it('escapes markup in the request so that it shows as text', async () => {
    const html = await highlightHttpRequest('GET /x?q=<b>&y=1 HTTP/1.1');
    expect(html).not.toContain('<b>');
    expect(textOf(html)).toBe('GET /x?q=<b>&y=1 HTTP/1.1');
  });
});

describe('renderTokens', () => {
  it('joins neighbouring tokens of one role, and the separators between them, into one run', () => {
    const string = 'var(--request-preview-token-string)';
    const constant = 'var(--request-preview-token-constant)';
    expect(
      renderTokens([
        [{ content: 'GET', color: constant, offset: 0 }],
        [
          { content: 'a', color: string, offset: 0 },
          { content: ': ', color: constant, offset: 1 },
          { content: 'b', color: string, offset: 3 },
          { content: '1', color: constant, offset: 4 },
        ],
      ]),
    ).toBe(
      '<span class="rp-constant">GET</span>\n<span class="rp-string">a: b<span class="rp-constant">1</span></span>',
    );
  });

  it('fails on a colour that names no token role, rather than dropping it', () => {
    expect(() => renderTokens([[{ content: 'x', color: '#ff0000', offset: 0 }]])).toThrow(
      'request-preview: Shiki gave the colour "#ff0000", which is no token role',
    );
  });
});
