import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { applyEdits } from '../../../src/site/html-edits.ts';
import { tableWrappers } from '../../../src/site/wrap-tables.ts';

const wrapTables = (html: string) => applyEdits(html, tableWrappers(parse(html)));

test('wraps a Markdown table in a region named after its column headings', () => {
  const html =
    '<p>Before</p><table><thead><tr><th>Claim</th><th>Rule</th></tr></thead><tbody><tr><td>iss</td><td>a URL</td></tr></tbody></table><p>After</p>';
  expect(wrapTables(html)).toBe(
    '<p>Before</p><div class="table-scroller" role="region" tabindex="0" aria-label="Table: Claim, Rule"><table><thead><tr><th>Claim</th><th>Rule</th></tr></thead><tbody><tr><td>iss</td><td>a URL</td></tr></tbody></table></div><p>After</p>',
  );
});

test('leaves tables that a component already wrapped, and the rest of the HTML, byte for byte', () => {
  const html =
    '<div class="table-scroller" role="region"><div class="x"><table><tr><td>1</td></tr></table></div></div><astro-island props="{&quot;a&quot;:1}"></astro-island>';
  expect(wrapTables(html)).toBe(html);
});

test('wraps several tables and escapes their labels', () => {
  const html = '<table><tr><th>A "quoted" & <b>bold</b></th></tr></table><table><tr><td>no headings</td></tr></table>';
  const wrapped = wrapTables(html);
  expect(wrapped.match(/class="table-scroller"/g)).toHaveLength(2);
  expect(wrapped).toContain('aria-label="Table: A &quot;quoted&quot; &amp; bold"');
  expect(wrapped).toContain('aria-label="Table"><table><tr><td>no headings</td></tr></table></div>');
});
