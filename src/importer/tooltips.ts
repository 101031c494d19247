// src/importer/tooltips.ts: maps `{% include tooltip.html type="X" %}` to <Term>, keeping the text the old page showed.
import { decodeEntities } from './entities.ts';
import { findEntry, type GlossaryEntry } from './glossary.ts';
import { jsxAttribute } from './jsx.ts';

/** The <Term> for a tooltip type, or undefined when no glossary entry matches it. */
export function termFor(type: string, glossary: GlossaryEntry[]): string | undefined {
  const entry = findEntry(glossary, type);
  if (!entry) return undefined;
  const shown = decodeEntities(type).trim();
  const id = jsxAttribute('id', entry.id);
  return shown === entry.term ? `<Term ${id} />` : `<Term ${id}>${escapeText(shown)}</Term>`;
}

/** Text safe to place in MDX: the characters MDX reads as syntax are escaped. */
export function escapeText(text: string): string {
  return text.replace(/[{}<]/g, (char) => `\\${char}`);
}
