// src/importer/includes.ts: converts one `{% include %}` tag: tooltips, callouts, and (visibly) anything else.
import { calloutTag } from './callouts.ts';
import { termFor, escapeText } from './tooltips.ts';
import { codeSpan, unconvertedCallout } from './jsx.ts';
import type { GlossaryEntry } from './glossary.ts';
import type { ProtectedText } from './protected-text.ts';
import type { ImportNote } from './types.ts';
import { decodeEntities } from './entities.ts';

export interface IncludeSite {
  /** The whole tag as written, `{% include ... %}`. */
  source: string;
  /** What follows the word `include`. */
  args: string;
  line: number;
  /** The tag has a line to itself, so a block (a Callout) may replace it. */
  ownLine: boolean;
}

export interface IncludeContext {
  text: ProtectedText;
  notes: ImportNote[];
  glossary: GlossaryEntry[];
}

/** Parses `name key="value" key='value' key=variable`. */
export function parseInclude(args: string): { name: string; params: Record<string, string> } {
  const name = args.trim().split(/\s+/)[0] ?? '';
  const params: Record<string, string> = {};
  for (const match of args
    .slice(args.indexOf(name) + name.length)
    .matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
    params[match[1]!] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return { name, params };
}

/** Returns the replacement text for an include (with placeholders for finished MDX). */
export function convertInclude(site: IncludeSite, ctx: IncludeContext): string {
  const { name, params } = parseInclude(site.args);
  if (name === 'tooltip.html' && params.type) {
    const term = termFor(params.type, ctx.glossary);
    if (term) return ctx.text.protect(term, site.source);
    ctx.notes.push({
      line: site.line,
      construct: `tooltip "${params.type}"`,
      message: 'no glossary entry has this term; kept as plain text',
    });
    return ctx.text.protect(escapeText(decodeEntities(params.type)), site.source);
  }
  const open = calloutTag(name, params);
  if (open && params.content !== undefined) {
    const lead = site.ownLine ? '\n' : '\n\n';
    const contentLines = params.content.split('\n').length - 1;
    const rest = site.source.split('\n').length - 1 - contentLines;
    return `${ctx.text.protect(`${lead}${open}\n\n`)}${params.content.trim()}${ctx.text.protect(`\n\n</Callout>${lead}`, '\n'.repeat(Math.max(0, rest)))}`;
  }
  ctx.notes.push({
    line: site.line,
    construct: `{% include ${name} %}`,
    message: 'include has no portal equivalent; left visible for a hand conversion',
  });
  const visible = site.ownLine ? `\n${unconvertedCallout(site.source, site.line)}\n` : codeSpan(site.source);
  return ctx.text.protect(visible, site.source);
}
