// src/importer/includes.ts: converts one `{% include %}` tag: tooltips and callouts become components, the site's
// image and download widgets Markdown and callouts, data files code blocks, HTML fragments converted like the page;
// only an include of a file the site does not have is left visible.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { renderLiquid, type LiquidScope } from './liquid-engine.ts';
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
  /** The site folder, whose `_includes/` holds the files includes name. */
  siteRoot: string;
  /** `site` and `page` for the Liquid inside included files. */
  scope: LiquidScope;
  /** Converts an included HTML or Markdown fragment the way a page body is converted; returns placeholders. */
  convertFragment: (source: string, line: number) => string;
}

/** Code-block language for each data file an include may name. */
const LANGUAGES: Record<string, string> = {
  '.json': 'json',
  '.xml': 'xml',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.csv': 'csv',
  '.txt': 'text',
  '.http': 'http',
  '.sh': 'sh',
  '.js': 'js',
};
/** The old theme's social and layout widgets: nothing in them belongs in a portal page. */
const THEME_WIDGETS = new Set([
  'twitterfollow.html',
  'twittershare.html',
  'twittertimeline.html',
  'gitterbadge.html',
  'gitter.html',
  'tinyletter.html',
  'disqus.html',
  'feedback.html',
  'github_improve_me.html',
  'read_time.html',
  'toc.html',
]);

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
  if (name === 'image.html') return figure(params, site.ownLine);
  if (name === 'developer_journey.html')
    return ctx.text.protect(site.ownLine ? '\n<DeveloperJourney />\n' : '<DeveloperJourney />', site.source);
  if (THEME_WIDGETS.has(name)) {
    ctx.notes.push({
      line: site.line,
      construct: `{% include ${name} %}`,
      message: "the old theme's widget has no place in a portal page; dropped",
    });
    return ctx.text.protect('', site.source);
  }
  const file = join(ctx.siteRoot, '_includes', name);
  if (name && !name.includes('..') && existsSync(file)) return inlineFile(file, name, params, site, ctx);
  ctx.notes.push({
    line: site.line,
    construct: `{% include ${name} %}`,
    message: `_includes/${name} does not exist in the site; left visible for a hand conversion`,
  });
  const visible = site.ownLine ? `\n${unconvertedCallout(site.source, site.line)}\n` : codeSpan(site.source);
  return ctx.text.protect(visible, site.source);
}

/** `image.html`: a picture with an optional link and caption, written as Markdown so the image stage copies it. */
function figure(params: Record<string, string>, ownLine: boolean): string {
  const image = `![${params.alt ?? params.caption ?? ''}](images/${params.file ?? ''})`;
  const linked = params.url ? `[${image}](${params.url})` : image;
  const caption = params.caption ? `\n\n*${params.caption}*` : '';
  return ownLine ? `\n${linked}${caption}\n` : linked;
}

/** A file of `_includes/`: data as a code block, HTML or Markdown rendered with its parameters and converted. */
function inlineFile(
  file: string,
  name: string,
  params: Record<string, string>,
  site: IncludeSite,
  ctx: IncludeContext,
): string {
  const source = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  // Jekyll runs an included file through Liquid too; example files often wrap themselves in a highlight block.
  const highlight = /^\s*\{%-?\s*highlight\s+(\w+)[^%]*%\}\n?([\s\S]*?)\n?\{%-?\s*endhighlight\s*-?%\}\s*$/.exec(
    source,
  );
  const text = highlight ? highlight[2]! : source;
  const language = highlight ? highlight[1]! : LANGUAGES[extname(name).toLowerCase()];
  if (language !== undefined) {
    const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`{3,}/g)].map((run) => run[0].length + 1)));
    return ctx.text.protect(`\n\n${fence}${language}\n${text.replace(/\s+$/, '')}\n${fence}\n\n`, site.source);
  }
  const rendered = renderLiquid(text, { ...ctx.scope, include: params });
  if (rendered instanceof Error) {
    ctx.notes.push({
      line: site.line,
      construct: `{% include ${name} %}`,
      message: `_includes/${name} does not render (${rendered.message.split('\n')[0]}); left visible for a hand conversion`,
    });
    return ctx.text.protect(codeSpan(site.source), site.source);
  }
  const converted = ctx.convertFragment(rendered.trim(), site.line);
  return ctx.text.protect(site.ownLine ? `\n${converted}\n` : converted, site.source);
}
