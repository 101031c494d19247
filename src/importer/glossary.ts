// src/importer/glossary.ts: turns `_data/glossary.yml` into portal glossary entries and appends the new ones to the
// portal's glossary file, leaving every hand-written entry exactly as it was.
import { parseDocument, stringify, LineCounter, isMap, isSeq, isScalar, type Node } from 'yaml';
import { parseGlossary, type GlossaryEntry } from '../site/glossary.ts';
import { decodeEntities } from './entities.ts';

export type { GlossaryEntry };

export interface SourcedEntry extends GlossaryEntry {
  /** Line in `_data/glossary.yml`. */
  line: number;
}

/** Compares term names the way a reader would: case, spacing, punctuation and ®/™/© do not count. */
export function normaliseTermKey(name: string): string {
  return decodeEntities(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The name without trademark signs, for example `FHIR&reg;` → `FHIR`. */
export function stripMarks(name: string): string {
  return decodeEntities(name).replace(/[®™©]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the old site's glossary in the shapes it has had: `key: "definition"`, `key: { term, definition }`, and
 * `glossary: [{ title, value }]`.
 */
export function readJekyllGlossary(text: string): SourcedEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: Node | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const entries: SourcedEntry[] = [];
  const add = (key: string, value: unknown, line: number) => {
    const fields =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : { definition: value };
    const definition = stripHtml(String(fields.definition ?? fields.value ?? fields.description ?? ''));
    if (!key || !definition) return;
    entries.push({ ...entryFor(String(fields.term ?? fields.title ?? key), definition), line });
  };
  let root = doc.contents;
  if (isMap(root) && root.items.length === 1 && isScalar(root.items[0]?.key) && isSeq(root.items[0]?.value)) {
    root = root.items[0].value;
  }
  if (isSeq(root)) {
    for (const item of root.items) {
      const value = (item as Node).toJSON() as Record<string, unknown>;
      add(String(value.title ?? value.term ?? value.id ?? ''), value, lineOf(item as Node));
    }
  } else if (isMap(root)) {
    for (const pair of root.items)
      add(String((pair.key as Node).toJSON()), (pair.value as Node | null)?.toJSON(), lineOf(pair.key as Node));
  }
  return entries;
}

function stripHtml(text: string): string {
  return decodeEntities(text.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Chooses id, term and expansion: `pds` defined as "Personal Demographic Service" is the acronym PDS. */
function entryFor(name: string, definition: string): GlossaryEntry {
  const plain = stripMarks(name);
  const words = definition
    .replace(/[^A-Za-z ]/g, ' ')
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word));
  const isAcronym =
    /^[a-z]{2,6}$/i.test(plain) &&
    words
      .map((word) => word[0])
      .join('')
      .toLowerCase() === plain.toLowerCase();
  if (isAcronym) return { id: plain.toUpperCase(), term: plain.toUpperCase(), expansion: definition, definition };
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(plain)) {
    const term = plain.replace(/_/g, ' ');
    return { id: plain.replace(/_/g, '-'), term: term[0]!.toUpperCase() + term.slice(1), definition };
  }
  return { id: plain, term: plain, definition };
}

export interface GlossaryConflict {
  imported: SourcedEntry;
  existing: GlossaryEntry;
}

export interface MergedGlossary {
  entries: GlossaryEntry[];
  added: GlossaryEntry[];
  conflicts: GlossaryConflict[];
  /** The new file: the old text unchanged, with the added entries appended. */
  text: string;
}

/**
 * Merges imported entries into the portal glossary (read with the portal's own parser, so a broken file stops the
 * run); an entry for a term already there is never added again.
 */
export function mergeGlossary(
  existingText: string | undefined,
  imported: SourcedEntry[],
  file: string,
): MergedGlossary {
  const entries = existingText?.trim() ? parseGlossary(existingText, file) : [];
  const added: GlossaryEntry[] = [];
  const conflicts: GlossaryConflict[] = [];
  for (const entry of imported) {
    const existing = findEntry(entries, entry.id) ?? findEntry(entries, entry.term);
    if (existing) {
      if (normaliseTermKey(existing.definition) !== normaliseTermKey(entry.definition))
        conflicts.push({ imported: entry, existing });
      continue;
    }
    const { line: _line, ...clean } = entry;
    entries.push(clean);
    added.push(clean);
  }
  let text = existingText ?? '';
  if (added.length) {
    if (text && !text.endsWith('\n')) text += '\n';
    text += stringify(added, { lineWidth: 0 });
  }
  return { entries, added, conflicts, text };
}

/** The glossary entry a tooltip type names, matched on id or term. */
export function findEntry(entries: GlossaryEntry[], name: string): GlossaryEntry | undefined {
  const key = normaliseTermKey(stripMarks(name));
  return entries.find((entry) => normaliseTermKey(entry.id) === key || normaliseTermKey(entry.term) === key);
}
