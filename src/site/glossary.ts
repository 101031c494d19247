// src/site/glossary.ts: reads and checks content/glossary.yaml, the one source of the site's terms.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap, type YAMLMap } from 'yaml';
import { ProblemError, type Problem } from '../checks/problem.ts';
import { CONTENT_DIR } from './config.ts';

export interface GlossaryEntry {
  /** What authors write in `<Term id="…">`. */
  id: string;
  /** The term as it is shown. */
  term: string;
  /** What an abbreviation stands for. */
  expansion?: string;
  /** One or two plain sentences. */
  definition: string;
  /** A site path with more detail. */
  see?: string;
}

export const GLOSSARY_FILE = join(CONTENT_DIR, 'glossary.yaml');

/** Turns a term id into the fragment of its row on the glossary page. */
export const glossaryAnchor = (id: string) =>
  `term-${id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Parses glossary YAML text; every problem is reported with its line, and all are thrown together. */
export function parseGlossary(text: string, file = GLOSSARY_FILE): GlossaryEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problems: Problem[] = [];
  const report = (line: number, message: string, fix?: string) =>
    problems.push({ file, line, message, ...(fix ? { fix } : {}) });
  if (doc.errors.length) {
    for (const error of doc.errors) report(error.linePos?.[0]?.line ?? 1, error.message.split('\n')[0]!);
    throw new ProblemError(problems, { title: 'Invalid glossary' });
  }
  const entries: GlossaryEntry[] = [];
  if (!isSeq(doc.contents)) report(1, 'the glossary must be a YAML list of entries', 'start each entry with "- id:"');
  const seen = new Map<string, number>();
  for (const item of isSeq(doc.contents) ? doc.contents.items : []) {
    const line = lineCounter.linePos((item as YAMLMap).range?.[0] ?? 0).line;
    if (!isMap(item)) {
      report(line, 'each entry must be a mapping with id, term and definition');
      continue;
    }
    const entry = item.toJSON() as Record<string, unknown>;
    for (const field of ['id', 'term', 'definition'] as const) {
      if (typeof entry[field] !== 'string' || !(entry[field] as string).trim())
        report(line, `entry ${JSON.stringify(entry.id ?? '?')} has no ${field}`, `add a ${field}: line to it`);
    }
    for (const field of ['expansion', 'see'] as const) {
      if (entry[field] !== undefined && typeof entry[field] !== 'string') report(line, `${field} must be text`);
    }
    if (typeof entry.see === 'string' && !entry.see.startsWith('/'))
      report(
        line,
        `see must be a site path starting with /, found ${JSON.stringify(entry.see)}`,
        `write /${entry.see.replace(/^\.?\/*/, '')}`,
      );
    const id = String(entry.id ?? '');
    if (seen.has(id))
      report(
        line,
        `id ${JSON.stringify(id)} is already used on line ${seen.get(id)}`,
        `give one of them another id, or merge this entry into the one on line ${seen.get(id)}`,
      );
    seen.set(id, line);
    entries.push(entry as unknown as GlossaryEntry);
  }
  if (problems.length) throw new ProblemError(problems, { title: 'Invalid glossary' });
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

let cached: { mtimeMs: number; entries: Map<string, GlossaryEntry> } | undefined;

/** The glossary by id. Read once per build; re-read in `astro dev` when the file changes. A missing file is empty. */
export function loadGlossary(): Map<string, GlossaryEntry> {
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(GLOSSARY_FILE).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (cached?.mtimeMs !== mtimeMs) {
    const text = mtimeMs < 0 ? '[]' : readFileSync(GLOSSARY_FILE, 'utf8');
    cached = { mtimeMs, entries: new Map(parseGlossary(text).map((entry) => [entry.id, entry])) };
  }
  return cached.entries;
}
