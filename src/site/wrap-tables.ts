// src/site/wrap-tables.ts: puts each Markdown table of a rendered page into the same named, focusable scroll
// region that <TableScroller> gives component tables, so a wide table scrolls by keyboard too (WCAG 2.1.1).
import type { HTMLElement } from 'node-html-parser';
import type { HtmlEdit } from './html-edits.ts';

/** Names the region after the table's column headings: what a screen reader user needs to choose it. */
function labelOf(table: HTMLElement): string {
  const headings = (table.querySelector('tr')?.querySelectorAll('th') ?? []).map((cell) => cell.textContent.trim());
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An opening and a closing edit around every outermost table not already inside a `.table-scroller`. */
export function tableWrappers(root: HTMLElement): HtmlEdit[] {
  return root
    .querySelectorAll('table')
    .filter((table) => !table.closest('.table-scroller') && !table.parentNode?.closest('table'))
    .flatMap((table) => {
      const [start, end] = table.range;
      const open = `<div class="table-scroller" role="region" tabindex="0" aria-label="${escapeAttribute(labelOf(table))}">`;
      return [
        { start, end: start, text: open },
        { start: end, end, text: '</div>' },
      ];
    });
}
