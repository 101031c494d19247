// src/site/table-markup.ts: what the MarkdownContent override does to the tables of a rendered page, from one parse.
import { parse } from 'node-html-parser';
import { identifierBreaks } from './break-identifiers.ts';
import { applyEdits } from './html-edits.ts';
import { tableWrappers } from './wrap-tables.ts';

/** Identifiers in tables get break points and each table a scroll region; a page without tables is not parsed. */
export function markUpTables(html: string): string {
  if (!html.includes('<table')) return html;
  const root = parse(html);
  return applyEdits(html, [...identifierBreaks(root, html), ...tableWrappers(root)]);
}
