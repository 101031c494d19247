import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { parseArguments } from '../../../src/importer/cli.ts';

describe('command line', () => {
  test('defaults to content/imported, public/ and the content folder glossary', () => {
    expect(parseArguments(['site'])).toMatchObject({
      inputs: ['site'],
      out: resolve('content/imported'),
      publicDir: resolve('public'),
      glossaryFile: resolve('content/glossary.yaml'),
      contentRoot: resolve('content'),
      dryRun: false,
      force: false,
    });
  });

  test('treats an --out outside the content folder as a content folder of its own', () => {
    expect(parseArguments(['a.md', 'b.md', '--out', '/tmp/x', '--dry-run', '--force'])).toMatchObject({
      inputs: ['a.md', 'b.md'],
      out: '/tmp/x',
      glossaryFile: '/tmp/x/glossary.yaml',
      contentRoot: '/tmp/x',
      dryRun: true,
      force: true,
    });
  });

  test('rejects unknown options, missing values and a missing site', () => {
    expect(parseArguments(['site', '--fast'])).toEqual({ error: 'unknown option --fast' });
    expect(parseArguments(['site', '--out'])).toEqual({ error: '--out needs a value' });
    expect(parseArguments([])).toEqual({ error: 'name a Jekyll site folder or the Markdown files to import' });
  });
});
