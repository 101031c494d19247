// src/site/break-identifiers.ts: lets identifiers in table cells wrap where a reader expects, after a `.`, `:` or `/`
// and before a `[` (`Bundle.entry[0].resource`, URNs, system URLs), instead of between any two letters. The
// table's narrowest width is then set by the longest segment, so a phone scrolls the table rather than squeezing
// each column to one word.
import type { HTMLElement } from 'node-html-parser';
import type { HtmlEdit } from './html-edits.ts';

const BREAK_AFTER = /([.:/])(?=[^\s.:/])/g;
const BREAK_BEFORE = /(?<=[^\s[])(\[)/g;

/** An edit inserting <wbr> at the break points of every text-only <code> inside a table. */
export function identifierBreaks(root: HTMLElement, html: string): HtmlEdit[] {
  return root
    .querySelectorAll('table code')
    .filter((code) => code.childNodes.every((node) => node.nodeType === 3))
    .map((code) => {
      const [start, end] = code.range;
      const element = html.slice(start, end);
      const open = start + element.indexOf('>') + 1;
      const close = start + element.lastIndexOf('</');
      const text = html.slice(open, close).replace(BREAK_AFTER, '$1<wbr>').replace(BREAK_BEFORE, '<wbr>$1');
      return { start: open, end: close, text };
    });
}
