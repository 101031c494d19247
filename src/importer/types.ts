// src/importer/types.ts: the shapes every importer stage shares (notes, page outcomes, the run's options and result).
// Everything the importer reports is a build-check Problem, printed by the same formatter as the checks.
import type { Problem } from '../checks/problem.ts';

/**
 * A Problem on the page being converted, before the report adds the page's file: `line` is 1-based in the source
 * file, `construct` names what was found (a tag, an include, a link).
 */
export type ImportNote = Omit<Problem, 'file' | 'line'> & { line: number; construct: string };

/** Thrown by a stage when a page cannot be converted at all; the page is reported as failed and not written. */
export class ImportFailure extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'ImportFailure';
    this.line = line;
  }
}

export type PageOutcome =
  | { kind: 'converted'; source: string; target: string; notes: ImportNote[]; write: WriteAction; forced?: boolean }
  | { kind: 'skipped'; source: string; target?: string; reason: string }
  | { kind: 'failed'; source: string; target?: string; line: number; reason: string };

/** What happened to an output file: new, replaced, already identical, or left alone because of the dry run. */
export type WriteAction = 'created' | 'updated' | 'unchanged';

export interface ImportOptions {
  /** A Jekyll site folder, or Markdown files of one. */
  inputs: string[];
  /** Folder the MDX pages, the manifest and the sidebar summary go to. */
  out: string;
  /** Folder the built site is served from (`public/`); images are copied under `images/imported/` in it. */
  publicDir: string;
  /** The glossary file pages' <Term> ids must exist in; imported entries are appended to it. */
  glossaryFile: string;
  /** Folder the portal reads pages from; new page URLs are relative to it. */
  contentRoot: string;
  /** Where src/components lives, for the relative imports at the top of each page. */
  dryRun: boolean;
  force: boolean;
  /** Build the portal with the imported pages (in a scratch folder) before writing anything. */
  check?: boolean;
}

export interface ImportResult {
  pages: PageOutcome[];
  /** Problems that belong to no page: glossary conflicts, unreadable sidebars, missing images. */
  notes: Problem[];
  glossaryAdded: string[];
  imagesCopied: number;
  dryRun: boolean;
  /** Files written (or that would be written on a dry run), relative to the working directory. */
  written: string[];
}
