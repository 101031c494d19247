import { describe, expect, test } from 'vitest';
import { countOutcomes, formatReport } from '../../../src/importer/report.ts';
import type { ImportResult } from '../../../src/importer/types.ts';

const result: ImportResult = {
  pages: [
    { kind: 'converted', source: 'pages/a.md', target: 'out/a.mdx', notes: [], write: 'created' },
    {
      kind: 'converted',
      source: 'pages/b.md',
      target: 'out/b.mdx',
      notes: [{ line: 12, construct: '{% if %}', message: 'left visible' }],
      write: 'unchanged',
    },
    { kind: 'converted', source: 'pages/c.md', target: 'out/c.mdx', notes: [], write: 'updated', forced: true },
    { kind: 'skipped', source: 'pages/d.md', reason: 'published: false' },
    { kind: 'failed', source: 'pages/e.md', line: 3, reason: 'unclosed Liquid tag' },
  ],
  notes: [{ file: '_data/glossary.yml', line: 7, message: '"ASID" is already in the glossary' }],
  glossaryAdded: ['API'],
  imagesCopied: 2,
  dryRun: false,
  written: ['out/a.mdx', 'out/c.mdx'],
};

describe('the report', () => {
  test('counts each outcome', () => {
    expect(countOutcomes(result)).toEqual({ converted: 2, withWarnings: 1, skipped: 1, failed: 1 });
  });

  test('lists warnings, skips and failures with file:line', () => {
    expect(formatReport(result)).toMatchInlineSnapshot(`
      "Jekyll import: 5 pages
        converted: 2, converted with warnings: 1, skipped: 1, failed: 1

      Converted with warnings (1):
        pages/b.md:12  {% if %}: left visible

      Overwritten hand edits (--force) (1):
        out/c.mdx

      Skipped (1):
        pages/d.md  published: false

      Failed (1):
        pages/e.md:3  unclosed Liquid tag

      Site notes (1):
        _data/glossary.yml:7  "ASID" is already in the glossary

      Glossary entries added: 1 (API)
      Images copied: 2
      Wrote 2 files; 1 pages already up to date
      "
    `);
  });

  test('says when nothing was written because of a dry run', () => {
    expect(formatReport({ ...result, dryRun: true })).toMatch(
      /^Jekyll import \(dry run: nothing written\): 5 pages\n[\s\S]*\nWould write 2 files;/,
    );
  });
});
