import { expect, test } from 'vitest';
import { applyEdits } from '../../../src/site/html-edits.ts';
import { markUpTables } from '../../../src/site/table-markup.ts';

test('breaks identifiers and wraps tables from one parse, adjacent tables each in their own region', () => {
  const html =
    '<table><tr><th>Path</th></tr><tr><td><code>a.b</code></td></tr></table><table><tr><td>2</td></tr></table>';
  expect(markUpTables(html)).toBe(
    '<div class="table-scroller" role="region" tabindex="0" aria-label="Table: Path"><table><tr><th>Path</th></tr>' +
      '<tr><td><code>a.<wbr>b</code></td></tr></table></div>' +
      '<div class="table-scroller" role="region" tabindex="0" aria-label="Table"><table><tr><td>2</td></tr></table></div>',
  );
});

test('returns a page without tables as it was', () => {
  const html = '<p><code>a.b</code></p>';
  expect(markUpTables(html)).toBe(html);
});

test('applies edits in document order whatever order they come in, and refuses overlapping ones', () => {
  expect(
    applyEdits('abcdef', [
      { start: 4, end: 5, text: 'E' },
      { start: 0, end: 0, text: '[' },
      { start: 2, end: 2, text: '|' },
    ]),
  ).toBe('[ab|cdEf');
  expect(() =>
    applyEdits('abcdef', [
      { start: 1, end: 4, text: 'x' },
      { start: 2, end: 3, text: 'y' },
    ]),
  ).toThrow('HTML edits overlap at offset 2');
});
