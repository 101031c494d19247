// src/importer/site.ts: finds what an import reads: the site's root, its pages, its glossary and its sidebars.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative, basename, sep } from 'node:path';
import { ProblemError } from '../checks/problem.ts';

export interface SitePage {
  /** Absolute path of the source file. */
  file: string;
  /** Output path relative to the output folder, kebab-case, `.mdx`. */
  target: string;
}

export interface JekyllSite {
  root: string;
  /** Every page of the site (the permalink map needs them all). */
  allPages: SitePage[];
  /** The pages to convert in this run: all of them, or the files named on the command line. */
  pages: SitePage[];
  glossaryFile?: string;
  sidebarFiles: string[];
}

const SKIPPED_DIRS = new Set(['node_modules', 'vendor', '.git']);
const PAGE_FILE = /\.(md|markdown)$/i;

/** Reads a site folder, or the given Markdown files and the site around them (found by its `_config.yml` or `_data`). */
export function readSite(inputs: string[]): JekyllSite {
  const paths = inputs.map((input) => resolve(input));
  const [first] = paths;
  if (!first) throw new Error('nothing to import: name a Jekyll site folder or Markdown files');
  for (const path of paths)
    if (!existsSync(path))
      throw new ProblemError([
        { file: path, message: 'no such file or folder', fix: 'name an existing Jekyll site folder or page' },
      ]);
  const isFolder = paths.length === 1 && statSync(first).isDirectory();
  const root = isFolder ? first : (findSiteRoot(dirname(first)) ?? dirname(first));
  const allPages = listPages(root);
  const pages = isFolder
    ? allPages
    : paths.map((file) => allPages.find((page) => page.file === file) ?? { file, target: targetFor(root, file) });
  const glossaryFile = join(root, '_data', 'glossary.yml');
  const sidebarDir = join(root, '_data', 'sidebars');
  return {
    root,
    allPages,
    pages,
    ...(existsSync(glossaryFile) ? { glossaryFile } : {}),
    sidebarFiles: existsSync(sidebarDir)
      ? readdirSync(sidebarDir)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(sidebarDir, name))
      : [],
  };
}

function findSiteRoot(from: string): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, '_config.yml')) || existsSync(join(dir, '_data'))) return dir;
  }
  return undefined;
}

/** Pages are the Markdown files outside `_` folders (Jekyll's own), in a stable order. */
function listPages(root: string): SitePage[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter(
      (path) =>
        PAGE_FILE.test(path) &&
        !path.split(sep).some((part) => part.startsWith('_') || part.startsWith('.') || SKIPPED_DIRS.has(part)),
    )
    .filter((path) => !/^readme\.md$/i.test(basename(path)))
    .sort()
    .map((path) => ({ file: join(root, path), target: targetFor(root, join(root, path)) }));
}

/** `pages/overview/overview_engage.md` → `overview/overview-engage.mdx`. */
function targetFor(root: string, file: string): string {
  const path = relative(root, file)
    .split(sep)
    .filter((part) => part !== '..');
  if (path[0] === 'pages' && path.length > 1) path.shift();
  return path.map((part) => slugify(part.replace(PAGE_FILE, ''))).join('/') + '.mdx';
}

function slugify(name: string): string {
  return (
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'page'
  );
}
