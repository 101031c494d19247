// src/importer/report.ts: the summary printed after every run, with `file:line` for everything a person must look at.
import { formatProblem } from '../checks/problem.ts';
import type { ImportResult, PageOutcome } from './types.ts';

type Converted = Extract<PageOutcome, { kind: 'converted' }>;

export interface ReportCounts {
  converted: number;
  withWarnings: number;
  skipped: number;
  failed: number;
}

export function countOutcomes(result: ImportResult): ReportCounts {
  const converted = result.pages.filter((page): page is Converted => page.kind === 'converted');
  return {
    converted: converted.filter((page) => page.notes.length === 0).length,
    withWarnings: converted.filter((page) => page.notes.length > 0).length,
    skipped: result.pages.filter((page) => page.kind === 'skipped').length,
    failed: result.pages.filter((page) => page.kind === 'failed').length,
  };
}

/** The report as lines of text; sections with nothing in them are left out. */
export function formatReport(result: ImportResult): string {
  const counts = countOutcomes(result);
  const lines = [
    `Jekyll import${result.dryRun ? ' (dry run: nothing written)' : ''}: ${result.pages.length} pages`,
    `  converted: ${counts.converted}, converted with warnings: ${counts.withWarnings}, skipped: ${counts.skipped}, failed: ${counts.failed}`,
  ];
  const section = (title: string, rows: string[]) => {
    if (rows.length) lines.push('', `${title} (${rows.length}):`, ...rows.map((row) => `  ${row}`));
  };
  const converted = result.pages.filter((page): page is Converted => page.kind === 'converted');
  section(
    'Converted with warnings',
    converted.flatMap((page) =>
      page.notes.map(({ construct, message, ...place }) =>
        formatProblem({ file: page.source, ...place, message: `${construct}: ${message}` }),
      ),
    ),
  );
  section(
    'Overwritten hand edits (--force)',
    converted.filter((page) => page.forced).map((page) => page.target),
  );
  section(
    'Skipped',
    result.pages.flatMap((page) => (page.kind === 'skipped' ? [`${page.source}  ${page.reason}`] : [])),
  );
  section(
    'Failed',
    result.pages.flatMap((page) =>
      page.kind === 'failed' ? [formatProblem({ file: page.source, line: page.line, message: page.reason })] : [],
    ),
  );
  section(
    'Site notes',
    result.notes.map((problem) => formatProblem(problem)),
  );
  const unchanged = converted.filter((page) => page.write === 'unchanged').length;
  lines.push(
    '',
    `Glossary entries added: ${result.glossaryAdded.length}${result.glossaryAdded.length ? ` (${result.glossaryAdded.join(', ')})` : ''}`,
    `${result.dryRun ? 'Images to copy' : 'Images copied'}: ${result.imagesCopied}`,
    `${result.dryRun ? 'Would write' : 'Wrote'} ${result.written.length} files; ${unchanged} pages already up to date`,
  );
  return `${lines.join('\n')}\n`;
}
