import { describe, expect, it } from 'vitest';
import { highlightHttpRequest, renderTokens } from '../../../../src/components/internal/request-preview.ts';

const request = [
  'POST http://127.0.0.1:4010/B82617/STU3/1/gpconnect/Patient/$gpc.getstructuredrecord HTTP/1.1',
  'Ssp-InteractionID: urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1',
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

  it('colours tokens by role with classes and never with inline styles', async () => {
    const html = await highlightHttpRequest(request);
    expect(html).not.toContain('style=');
    expect(html).toContain('<span class="rp-keyword">POST</span>');
    expect(html).toContain('<span class="rp-string-expression">Ssp-InteractionID</span>');
    expect(html).toContain('<span class="rp-constant">1</span>');
  });

  it('puts no span around plain text, separators or whole lines', async () => {
    const html = await highlightHttpRequest('GET /metadata HTTP/1.1\nAccept: text/plain\n\n{\n  "a": 1, "b": 2\n}');
    expect(html.split('\n')).toEqual([
      '<span class="rp-keyword">GET</span> /metadata <span class="rp-keyword">HTTP</span>/<span class="rp-constant">1.1</span>',
      '<span class="rp-string-expression">Accept</span>: <span class="rp-string">text/plain</span>',
      '',
      '{',
      '  <span class="rp-keyword">"a"</span>: <span class="rp-constant">1</span>, <span class="rp-keyword">"b"</span>: <span class="rp-constant">2</span>',
      '}',
    ]);
  });

  it('escapes markup in the request so that it shows as text', async () => {
    const html = await highlightHttpRequest('GET /x?q=<b>&y=1 HTTP/1.1');
    expect(html).not.toContain('<b>');
    expect(textOf(html)).toBe('GET /x?q=<b>&y=1 HTTP/1.1');
  });
});

describe('renderTokens', () => {
  it('joins neighbouring tokens of one role into one span', () => {
    const role = 'var(--request-preview-token-string)';
    expect(
      renderTokens([
        [
          { content: 'a', color: role, offset: 0 },
          { content: 'b', color: role, offset: 1 },
        ],
      ]),
    ).toBe('<span class="rp-string">ab</span>');
  });

  it('fails on a colour that names no token role, rather than dropping it', () => {
    expect(() => renderTokens([[{ content: 'x', color: '#ff0000', offset: 0 }]])).toThrow(
      'request-preview: Shiki gave the colour "#ff0000", which is no token role',
    );
  });
});
