// src/importer/convert-page.ts: one Jekyll page to one MDX page, stage by stage; each stage sets its finished
// output aside so the next one cannot disturb it.
import { stringify } from 'yaml';
import { splitFrontMatter, mapFrontMatter, type JekyllPage } from './front-matter.ts';
import { placePage, type Sidebar } from './sidebars.ts';
import { ProtectedText } from './protected-text.ts';
import { convertLiquid, type LiquidContext } from './liquid.ts';
import { protectCode } from './code.ts';
import { removeKramdown } from './kramdown.ts';
import { rewriteMarkdownLinks, resolveHref, type LinkTargets } from './links.ts';
import { resolveImage, isImageFile, type ImagePlan } from './images.ts';
import { convertHtml, type HtmlContext } from './html.ts';
import { convertHtmlBlocks } from './html-blocks.ts';
import type { GlossaryEntry } from './glossary.ts';
import type { SiteVariables } from './site-data.ts';
import type { ImportNote } from './types.ts';

/** What every page of one run shares. */
export interface SiteContext {
  siteRoot: string;
  publicDir: string;
  glossary: GlossaryEntry[];
  targets: LinkTargets;
  sidebars: Sidebar[];
  images: ImagePlan;
  /** `site` for the pages' Liquid: `_config.yml` and `_data/`. */
  variables: SiteVariables;
}

export interface ConvertedPage {
  mdx: string;
  notes: ImportNote[];
  /** Output line the MDX body starts on, for mapping compiler errors back. */
  bodyLine: number;
}

const COMPONENTS = ['Callout', 'DecisionLabel', 'DeveloperJourney', 'Term'] as const;

/** Converts a page (its source, or its front matter already split off); throws ImportFailure when it cannot. */
export function convertPage(source: string | JekyllPage, targetFile: string, site: SiteContext): ConvertedPage {
  const page = typeof source === 'string' ? splitFrontMatter(source) : source;
  const title = String(page.data.title ?? '');
  const permalink = typeof page.data.permalink === 'string' ? page.data.permalink.replace(/^\//, '') : undefined;
  const placement = placePage(site.sidebars, page.data.sidebar, permalink, title);
  const { fields, notes } = mapFrontMatter(page.data, placement);
  const text = new ProtectedText(page.bodyLine);
  // A link to an image file (a thumbnail opening the full picture) needs the image copied like any other.
  const resolveLink = (href: string, line: number) =>
    isImageFile(href) ? resolveSrc(href, line) : resolveHref(href, line, site.targets, notes);
  const resolveSrc = (src: string, line: number) =>
    resolveImage(src, line, site.siteRoot, site.publicDir, site.images, notes);
  const html = { text, notes, resolveLink, resolveImage: resolveSrc };
  const liquid: LiquidContext = {
    text,
    notes,
    glossary: site.glossary,
    pageTitle: String(fields.title),
    siteRoot: site.siteRoot,
    scope: { site: site.variables, page: page.data },
    assigns: [],
    convertFragment: (source, line) => {
      // Notes from inside an included file point at the include tag, the line a person can find in the page.
      const inner: ImportNote[] = [];
      const converted = convertBody(source, line, { ...liquid, notes: inner }, { ...html, notes: inner });
      for (const note of inner) notes.push({ ...note, line });
      return converted;
    },
  };
  let body = convertBody(page.body, text.firstLine, liquid, html);
  body = collapseBlankLines(text.restore(body))
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '');
  const used = COMPONENTS.filter((name) => new RegExp(`<${name}\\b`).test(body));
  const imports = used.length ? `import { ${used.join(', ')} } from '~/components';\n\n` : '';
  const head = `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${imports}`;
  notes.sort((a, b) => a.line - b.line);
  return { mdx: `${head}${body}\n`, notes, bodyLine: head.split('\n').length };
}

/** The stages, in Jekyll's order (Liquid before Markdown), over a body or an included fragment starting on `line`. */
function convertBody(source: string, line: number, liquid: LiquidContext, html: HtmlContext): string {
  let body = convertLiquid(source, liquid, line);
  body = protectCode(body, html.text);
  body = removeKramdown(body, html.text, html.notes);
  body = rewriteMarkdownLinks(body, html.text, html.resolveLink, html.resolveImage);
  body = convertHtmlBlocks(body, html);
  return convertHtml(body, html);
}

/** Stages add blank lines around blocks; more than one in a row says nothing, except inside fenced code. */
function collapseBlankLines(mdx: string): string {
  let fence = '';
  let blank = 0;
  const kept: string[] = [];
  for (const line of mdx.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)))
      fence = fence ? '' : marker;
    blank = line.trim() === '' && !fence ? blank + 1 : 0;
    if (blank < 2) kept.push(line);
  }
  return kept.join('\n');
}
