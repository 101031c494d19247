import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { applyEdits } from '../../../src/site/html-edits.ts';
import { identifierBreaks } from '../../../src/site/break-identifiers.ts';

const breakIdentifiers = (html: string) => applyEdits(html, identifierBreaks(parse(html), html));

test('an identifier in a table cell may wrap after dots, colons and slashes and before brackets', () => {
  expect(breakIdentifiers('<table><tr><td><code>Bundle.entry[0].resource</code></td></tr></table>')).toBe(
    '<table><tr><td><code>Bundle.<wbr>entry<wbr>[0].<wbr>resource</code></td></tr></table>',
  );
  expect(breakIdentifiers('<td><code>urn:nhs:names</code></td>'.replace(/^/, '<table><tr>') + '</tr></table>')).toBe(
    '<table><tr><td><code>urn:<wbr>nhs:<wbr>names</code></td></tr></table>',
  );
});

test('code outside tables, code holding markup, and words without break points are left alone', () => {
  const html =
    '<p><code>a.b</code></p><table><tr><td><code><span>a.b</span></code><code>NO_RECORD_FOUND</code></td></tr></table>';
  expect(breakIdentifiers(html)).toBe(html);
});

test('a trailing dot or a URL’s double slash gets no break of its own', () => {
  expect(breakIdentifiers('<table><tr><td><code>https://fhir.nhs.uk/Id</code></td></tr></table>')).toBe(
    '<table><tr><td><code>https://<wbr>fhir.<wbr>nhs.<wbr>uk/<wbr>Id</code></td></tr></table>',
  );
});
