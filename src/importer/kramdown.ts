// src/importer/kramdown.ts: removes kramdown's attribute lists and extensions, which MDX would read as expressions.
import type { ImportNote } from './types.ts';
import type { ProtectedText } from './protected-text.ts';

/** Extensions whose content is kept (nomarkdown) or dropped (comment, options, toc markers). */
const EXTENSION = /\{::(comment|nomarkdown)\}([\s\S]*?)\{:\/(?:\1)?\}/g;
const SELF_CLOSING = /\{::\w+[^}]*\/\}/g;
/** `{:target="_blank"}`, `{: .class #id}`, `{:toc}`; the portal styles links and headings itself. */
const ATTRIBUTE_LIST = /\{:(?!:)[^}\n]*\}/g;

export function removeKramdown(input: string, text: ProtectedText, notes: ImportNote[]): string {
  let out = input.replace(EXTENSION, (whole, name: string, content: string, offset: number) => {
    if (name === 'comment') return text.protect('', whole);
    notes.push({
      line: text.lineAt(input, offset),
      construct: '{::nomarkdown}',
      message: 'kramdown block unwrapped; its HTML is converted like any other',
    });
    return content;
  });
  out = out.replace(SELF_CLOSING, (whole) => text.protect('', whole));
  return out.replace(ATTRIBUTE_LIST, (whole) => text.protect('', whole));
}
