// src/site/wrap-tables.ts: puts each Markdown table of a rendered page into the same named, focusable scroll
// region that <TableScroller> gives component tables, so a wide table scrolls by keyboard too (WCAG 2.1.1).
import { parse, type HTMLElement } from 'node-html-parser';

/** Names the region after the table's column headings: what a screen reader user needs to choose it. */
function labelOf(table: HTMLElement): string {
  const headings = (table.querySelector('tr')?.querySelectorAll('th') ?? []).map((cell) => cell.textContent.trim());
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Wraps every table not already inside a `.table-scroller`, splicing the original HTML so nothing else changes. */
export function wrapTables(html: string): string {
  const tables = parse(html)
    .querySelectorAll('table')
    .filter((table) => !table.closest('.table-scroller') && !table.parentNode?.closest('table'));
  let result = html;
  for (const table of tables.reverse()) {
    const [start, end] = table.range;
    const open = `<div class="table-scroller" role="region" tabindex="0" aria-label="${escapeAttribute(labelOf(table))}">`;
    result = `${result.slice(0, start)}${open}${result.slice(start, end)}</div>${result.slice(end)}`;
  }
  return result;
}
