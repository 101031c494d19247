// src/importer/html-repairs.ts: finds where a page's HTML is unbalanced (a closing tag while a child is still open,
// a closing tag with nothing to close, an element never closed) so the importer can say which line a browser had to
// repair. The repair itself is the HTML parser's; this only names the places.

/** Elements a browser closes by itself when the next sibling starts, which HTML allows; not worth a warning. */
const CLOSED_BY_SIBLING: Record<string, string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  td: ['td', 'th', 'tr'],
  th: ['td', 'th', 'tr'],
  tr: ['tr', 'tbody', 'tfoot'],
  thead: ['tbody', 'tfoot'],
  tbody: ['tbody', 'tfoot'],
  option: ['option'],
};
/** A `<p>` ends where any of these starts. */
const ENDS_P =
  /^(address|article|aside|blockquote|details|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|ul)$/;
export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+(?:[^>"']|"[^"]*"|'[^']*')*?)?\s*(\/?)>|<!--[\s\S]*?-->/g;

export interface HtmlRepair {
  /** Offset in the scanned text the repair happens at. */
  offset: number;
  message: string;
}

/** What to change in the source so the page no longer needs a repair. */
export const HTML_REPAIR_FIX = 'balance the tags in the source page (add the missing end tag or remove the stray one)';

/** Each place where `html` is not balanced, in order, with what a browser does there. */
export function findHtmlRepairs(html: string, lineOf: (offset: number) => number): HtmlRepair[] {
  const open: { name: string; offset: number }[] = [];
  const repairs: HtmlRepair[] = [];
  const closeImplicitly = (until: number, offset: number, because: string) => {
    while (open.length > until) {
      const element = open.pop()!;
      repairs.push({
        offset: element.offset,
        message: `<${element.name}> is never closed; closed ${because} (line ${lineOf(offset)}), as a browser does`,
      });
    }
  };
  for (const match of html.matchAll(TAG)) {
    if (match[0].startsWith('<!--')) continue;
    const [, closing, rawName = '', selfClosing] = match;
    const name = rawName.toLowerCase();
    const offset = match.index;
    if (VOID_ELEMENTS.has(name)) continue;
    if (!closing) {
      const top = open.at(-1);
      if (top && (CLOSED_BY_SIBLING[top.name]?.includes(name) || (top.name === 'p' && ENDS_P.test(name)))) open.pop();
      if (!selfClosing) open.push({ name, offset });
      continue;
    }
    const index = open.findLastIndex((element) => element.name === name);
    if (index === -1) {
      repairs.push({ offset, message: `</${name}> closes no open element; dropped, as a browser does` });
      continue;
    }
    // HTML allows `<td>…</tr>`, but these pages close every cell, so an open one there is a typo worth naming.
    closeImplicitly(index + 1, offset, `by </${name}>`);
    open.pop();
  }
  if (open.at(-1)?.name === 'p') open.pop();
  closeImplicitly(0, html.length, 'at the end of its block');
  return repairs.sort((a, b) => a.offset - b.offset);
}
