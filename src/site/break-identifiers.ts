// src/site/break-identifiers.ts: lets identifiers in table cells wrap where a reader expects, after a `.`, `:` or `/`
// and before a `[` (`Bundle.entry[0].resource`, URNs, system URLs), instead of between any two letters. The
// table's narrowest width is then set by the longest segment, so a phone scrolls the table rather than squeezing
// each column to one word.
import { parse } from 'node-html-parser';

const BREAK_AFTER = /([.:/])(?=[^\s.:/])/g;
const BREAK_BEFORE = /(?<=[^\s[])(\[)/g;

/** Inserts <wbr> at the break points of every text-only <code> inside a table, leaving all other HTML as it was. */
export function breakIdentifiers(html: string): string {
  const codes = parse(html)
    .querySelectorAll('table code')
    .filter((code) => code.childNodes.every((node) => node.nodeType === 3));
  let result = html;
  for (const code of codes.reverse()) {
    const [start, end] = code.range;
    const element = result.slice(start, end);
    const open = element.indexOf('>') + 1;
    const close = element.lastIndexOf('</');
    const text = element.slice(open, close).replace(BREAK_AFTER, '$1<wbr>').replace(BREAK_BEFORE, '<wbr>$1');
    result = `${result.slice(0, start)}${element.slice(0, open)}${text}${element.slice(close)}${result.slice(end)}`;
  }
  return result;
}
