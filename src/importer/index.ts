// src/importer/index.ts: one import run: read the site, convert and validate every page, then write pages, images,
// glossary, sidebar summary and manifest (or, on a dry run, only say what would be written).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep, extname } from 'node:path';
import { readSite, type SitePage } from './site.ts';
import { readJekyllGlossary, mergeGlossary } from './glossary.ts';
import { parseSidebar, summariseSidebars, type Sidebar } from './sidebars.ts';
import { splitFrontMatter, type JekyllPage } from './front-matter.ts';
import { convertPage, type SiteContext } from './convert-page.ts';
import { validatePage } from './validate.ts';
import { formatProblem, type Problem } from '../checks/problem.ts';
import { permalinkKey } from './links.ts';
import { readSiteVariables } from './site-data.ts';
import { readManifest, formatManifest, hashContent, planWrite, writeAtomic, MANIFEST_NAME } from './write.ts';
import { ImportFailure, type ImportOptions, type ImportResult, type PageOutcome } from './types.ts';

export type { ImportOptions, ImportResult } from './types.ts';
export const SIDEBAR_SUMMARY_NAME = '_sidebars.json';

export async function importJekyll(options: ImportOptions): Promise<ImportResult> {
  const site = readSite(options.inputs);
  const notes: Problem[] = [];
  const shown = (file: string) => relative(process.cwd(), file) || file;

  const glossaryText = existsSync(options.glossaryFile) ? readFileSync(options.glossaryFile, 'utf8') : undefined;
  const imported = site.glossaryFile ? readJekyllGlossary(readFileSync(site.glossaryFile, 'utf8')) : [];
  const glossary = mergeGlossary(glossaryText, imported, shown(options.glossaryFile));
  for (const { imported, existing } of glossary.conflicts) {
    notes.push({
      file: shown(site.glossaryFile ?? ''),
      line: imported.line,
      message: `"${imported.term}" is already in ${shown(options.glossaryFile)} as "${existing.id}" with another definition; kept that entry unchanged`,
    });
  }
  const sidebars: Sidebar[] = [];
  for (const file of site.sidebarFiles) {
    try {
      sidebars.push(parseSidebar(basename(file, extname(file)), readFileSync(file, 'utf8')));
    } catch (error) {
      notes.push({
        file: shown(file),
        line: 1,
        message: `sidebar not read: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }

  const dataProblems: { file: string; message: string }[] = [];
  const parsed = readPages(site.allPages.concat(site.pages));
  const targets = collectPermalinks(site.allPages, parsed, (page) => urlFor(options, page.target));
  const context: SiteContext = {
    siteRoot: site.root,
    publicDir: options.publicDir,
    glossary: glossary.entries,
    targets,
    sidebars,
    images: { copies: new Map() },
    variables: readSiteVariables(site.root, dataProblems),
  };
  for (const problem of dataProblems) notes.push({ file: shown(problem.file), line: 1, message: problem.message });
  const manifest = readManifest(options.out);
  const pages: PageOutcome[] = [];
  const written: string[] = [];
  for (const page of site.pages) {
    const source = shown(page.file);
    const outFile = join(options.out, page.target);
    const target = shown(outFile);
    const { text, page: jekyllPage } = parsed.get(page.file)!;
    if (!/^\uFEFF?---\r?\n/.test(text)) {
      pages.push({
        kind: 'skipped',
        source,
        reason: 'no front matter, so Jekyll copies it as a plain file, not a page',
      });
      continue;
    }
    const duplicate = targets.duplicates.get(page.file);
    if (duplicate) {
      pages.push({ kind: 'failed', source, target, line: 1, reason: duplicate });
      continue;
    }
    try {
      if (jekyllPage instanceof ImportFailure) throw jekyllPage;
      if (jekyllPage.data.published === false) {
        pages.push({ kind: 'skipped', source, target, reason: 'published: false' });
        continue;
      }
      const converted = convertPage(jekyllPage, outFile, context);
      const problems = await validatePage(converted.mdx, glossary.entries);
      if (problems.length) {
        const list = problems.map((problem) => formatProblem({ file: target, ...problem })).join('; ');
        pages.push({
          kind: 'failed',
          source,
          target,
          line: 1,
          reason: `converted page fails the portal's checks: ${list}`,
        });
        continue;
      }
      const plan = planWrite(outFile, converted.mdx, manifest[page.target], options.force);
      if (plan === 'edited') {
        pages.push({
          kind: 'skipped',
          source,
          target,
          reason: `${target} was edited by hand since the last import; --force overwrites it`,
        });
        continue;
      }
      const forced =
        plan === 'update' &&
        manifest[page.target] !== undefined &&
        manifest[page.target] !== hashContent(readFileSync(outFile));
      if (plan !== 'unchanged') {
        written.push(target);
        if (!options.dryRun) writeAtomic(outFile, converted.mdx);
      }
      manifest[page.target] = hashContent(converted.mdx);
      pages.push({
        kind: 'converted',
        source,
        target,
        notes: converted.notes,
        write: plan === 'create' ? 'created' : plan === 'update' ? 'updated' : 'unchanged',
        ...(forced ? { forced } : {}),
      });
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      pages.push({ kind: 'failed', source, target, line: error.line, reason: error.message });
    }
  }

  let imagesCopied = 0;
  for (const [to, from] of context.images.copies) {
    const bytes = readFileSync(from);
    if (existsSync(to) && readFileSync(to).equals(bytes)) continue;
    imagesCopied += 1;
    written.push(shown(to));
    if (!options.dryRun) writeAtomic(to, bytes);
  }
  const outputs: [string, string][] = [[join(options.out, MANIFEST_NAME), formatManifest(manifest)]];
  if (glossary.added.length) outputs.push([options.glossaryFile, glossary.text]);
  if (sidebars.length)
    outputs.push([
      join(options.out, SIDEBAR_SUMMARY_NAME),
      summariseSidebars(sidebars, (permalink) => targets.permalinks.get(permalink)),
    ]);
  for (const [file, content] of outputs) {
    const changed = !existsSync(file) || readFileSync(file, 'utf8') !== content;
    if (!changed) continue;
    written.push(shown(file));
    if (!options.dryRun) writeAtomic(file, content);
  }
  return {
    pages,
    notes,
    glossaryAdded: glossary.added.map((entry) => entry.id),
    imagesCopied,
    dryRun: options.dryRun,
    written,
  };
}

/** Each page's text and front matter, read once for the permalink map and the conversion. */
function readPages(pages: SitePage[]): Map<string, { text: string; page: JekyllPage | ImportFailure }> {
  const parsed = new Map<string, { text: string; page: JekyllPage | ImportFailure }>();
  for (const { file } of pages) {
    if (parsed.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    try {
      parsed.set(file, { text, page: splitFrontMatter(text) });
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      parsed.set(file, { text, page: error });
    }
  }
  return parsed;
}

/** Reads every page's permalink (published or not) so links can be rewritten and duplicates refused. */
function collectPermalinks(
  pages: SitePage[],
  parsed: ReturnType<typeof readPages>,
  pathFor: (page: SitePage) => string,
) {
  const permalinks = new Map<string, string>();
  const aliases = new Map<string, string>();
  const unpublished = new Set<string>();
  const duplicates = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const page of pages) {
    const entry = parsed.get(page.file)?.page;
    if (!entry || entry instanceof ImportFailure) continue; // the page itself reports its broken front matter
    const data = entry.data;
    if (typeof data.permalink !== 'string') continue;
    const permalink = data.permalink.replace(/^\//, '');
    if (data.published === false) {
      unpublished.add(permalink);
      continue;
    }
    const owner = owners.get(permalink);
    if (owner) {
      duplicates.set(
        page.file,
        `permalink ${permalink} is already claimed by ${relative(process.cwd(), owner)}; two pages cannot share one`,
      );
      continue;
    }
    owners.set(permalink, page.file);
    permalinks.set(permalink, pathFor(page));
    for (const name of [permalink, basename(page.file).replace(/\.\w+$/, '.html')])
      if (!aliases.has(permalinkKey(name))) aliases.set(permalinkKey(name), pathFor(page));
  }
  return { permalinks, aliases, unpublished, duplicates, reported: new Set<string>() };
}

/** The portal path of an output file: its place under the content folder, as Starlight routes it. */
function urlFor(options: ImportOptions, target: string): string {
  const file = join(options.out, target);
  const inRoot = relative(options.contentRoot, file);
  const path = (inRoot.startsWith('..') ? target : inRoot)
    .split(sep)
    .join('/')
    .replace(/\.mdx$/, '')
    .replace(/(^|\/)index$/, '');
  return `/${path.toLowerCase()}${path ? '/' : ''}`;
}
