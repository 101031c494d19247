// src/importer/front-matter.ts: reads a Jekyll page's YAML front matter and maps it onto the portal's schema.
import { parseDocument, LineCounter } from 'yaml';
import { ImportFailure, type ImportNote } from './types.ts';
import { decodeEntities } from './entities.ts';
import type { Placement } from './sidebars.ts';

export interface JekyllPage {
  data: Record<string, unknown>;
  body: string;
  /** Source line the body starts on. */
  bodyLine: number;
}

/** Splits `---` front matter from the body; a page without front matter is a failure (Jekyll would not render it). */
export function splitFrontMatter(source: string): JekyllPage {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) throw new ImportFailure(1, 'no front matter: a Jekyll page starts with a `---` line');
  const end = text.indexOf('\n---', 3);
  const closing = end === -1 ? null : /^[ \t]*(\n|$)/.exec(text.slice(end + 4));
  if (!closing) {
    throw new ImportFailure(1, 'front matter is never closed: add a `---` line after the last field');
  }
  const yamlText = text.slice(4, end + 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const line = 1 + (lineCounter.linePos(error.pos[0]).line ?? 1);
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ImportFailure(line, `broken front matter: ${reason}`);
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new ImportFailure(2, 'front matter is not a set of fields');
  const bodyStart = end + 4 + closing[0].length;
  return {
    data: data as Record<string, unknown>,
    body: text.slice(bodyStart),
    bodyLine: 1 + countLines(text.slice(0, bodyStart)),
  };
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Jekyll fields that shape the old theme's layout only; dropping them loses nothing. */
const LAYOUT_ONLY = new Set([
  'layout',
  'search',
  'datatable',
  'folder',
  'hide_sidebar',
  'toc',
  'sidebar',
  'published',
  'output',
  'type',
  'last_updated',
  'comments',
]);

export interface MappedFrontMatter {
  fields: Record<string, unknown>;
  notes: ImportNote[];
}

/** Maps Jekyll fields to the portal's (title, description, summary, keywords, tags, permalink, sidebar, ...). */
export function mapFrontMatter(data: Record<string, unknown>, placement: Placement | undefined): MappedFrontMatter {
  const notes: ImportNote[] = [];
  const fields: Record<string, unknown> = {};
  const text = (value: unknown) =>
    value === undefined || value === null ? undefined : decodeEntities(String(value)).trim();
  const title = text(data.title);
  if (!title) throw new ImportFailure(2, 'front matter has no `title`; every portal page needs one');
  fields.title = title;
  const summary = text(data.summary);
  if (summary) {
    fields.description = plainSentence(summary);
    fields.summary = summary;
  }
  const keywords = toList(data.keywords);
  if (keywords.length) fields.keywords = keywords;
  const tags = toList(data.tags);
  if (tags.length) fields.tags = tags;
  const permalink = text(data.permalink);
  if (permalink && /^\/?[A-Za-z0-9_.-]+\.html$/.test(permalink)) fields.permalink = permalink.replace(/^\//, '');
  else if (permalink)
    notes.push({
      line: 2,
      construct: 'permalink',
      message: `permalink "${permalink}" is not a page.html name; dropped, so no redirect is served for it`,
    });
  if (placement?.capability) fields.capability = placement.capability;
  if (placement?.order !== undefined)
    fields.sidebar = placement.label ? { order: placement.order, label: placement.label } : { order: placement.order };
  if (data.toc === false) fields.tableOfContents = false;
  for (const key of Object.keys(data)) {
    if (!LAYOUT_ONLY.has(key) && !['title', 'summary', 'keywords', 'tags', 'permalink'].includes(key)) {
      notes.push({ line: 2, construct: `front matter \`${key}\``, message: 'field has no portal equivalent; dropped' });
    }
  }
  return { fields, notes };
}

function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item).trim()).filter(Boolean);
  if (typeof value === 'string')
    return value
      .split(/[,\s]+/)
      .map((item) => item.trim())
      .filter(Boolean);
  return [];
}

/** A link-preview description: the summary without Markdown emphasis or links. */
function plainSentence(summary: string): string {
  return summary
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
