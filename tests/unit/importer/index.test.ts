import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJekyll, type ImportOptions } from '../../../src/importer/index.ts';
import { countOutcomes } from '../../../src/importer/report.ts';
import { FIXTURES } from './convert-snippet.ts';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'importer-test-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

function options(site: string, extra: Partial<ImportOptions> = {}): ImportOptions {
  const out = join(scratch, 'content');
  return {
    inputs: [join(FIXTURES, site)],
    out,
    publicDir: join(scratch, 'public'),
    glossaryFile: join(out, 'glossary.yaml'),
    contentRoot: out,
    dryRun: false,
    force: false,
    ...extra,
  };
}

/** Every file under `dir` with its bytes, to compare whole output trees. */
function snapshotTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((path) =>
    statSync(join(dir, path)).isFile(),
  );
  return Object.fromEntries(files.sort().map((path) => [path, readFileSync(join(dir, path), 'latin1')]));
}

describe('an import run', () => {
  test('converts the fixture site, skips unpublished and front-matter-less files, and writes the side files', async () => {
    const result = await importJekyll(options('site'));
    expect(countOutcomes(result)).toEqual({ converted: 2, withWarnings: 2, skipped: 2, failed: 0 });
    const out = join(scratch, 'content');
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      '.import-manifest.json',
      '_sidebars.json',
      'foundations',
      'foundations/foundations.mdx',
      'glossary.yaml',
      'overview',
      'overview/overview-constructs.mdx',
      'overview/overview-includes.mdx',
      'overview/overview-target.mdx',
    ]);
    expect(existsSync(join(scratch, 'public/images/imported/overview/flow.png'))).toBe(true);
    expect(result.pages.find((page) => page.kind === 'skipped' && page.reason === 'published: false')?.source).toMatch(
      /overview_hidden\.md$/,
    );
  });

  test('changes nothing when run twice: same bytes, same manifest, nothing written', async () => {
    await importJekyll(options('site'));
    const first = { content: snapshotTree(join(scratch, 'content')), public: snapshotTree(join(scratch, 'public')) };
    const again = await importJekyll(options('site'));
    expect({ content: snapshotTree(join(scratch, 'content')), public: snapshotTree(join(scratch, 'public')) }).toEqual(
      first,
    );
    expect(again.written).toEqual([]);
    expect(again.glossaryAdded).toEqual([]);
    expect(again.pages.every((page) => page.kind !== 'converted' || page.write === 'unchanged')).toBe(true);
  });

  test('writes nothing on a dry run but reports what it would write', async () => {
    const result = await importJekyll(options('site', { dryRun: true }));
    expect(existsSync(join(scratch, 'content'))).toBe(false);
    expect(existsSync(join(scratch, 'public'))).toBe(false);
    expect(result.written.length).toBeGreaterThan(5);
    expect(countOutcomes(result).failed).toBe(0);
  });

  test('skips a page edited by hand since its import and reports it', async () => {
    await importJekyll(options('site'));
    const page = join(scratch, 'content/overview/overview-target.mdx');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nA paragraph added by hand.\n`);
    const manifest = readFileSync(join(scratch, 'content/.import-manifest.json'), 'utf8');
    const result = await importJekyll(options('site'));
    expect(readFileSync(page, 'utf8')).toContain('A paragraph added by hand.');
    expect(
      result.pages.find((outcome) => outcome.kind === 'skipped' && outcome.reason.includes('edited by hand'))?.target,
    ).toMatch(/overview-target\.mdx$/);
    expect(readFileSync(join(scratch, 'content/.import-manifest.json'), 'utf8')).toBe(manifest);
  });

  test('overwrites a hand-edited page with --force and says so', async () => {
    await importJekyll(options('site'));
    const page = join(scratch, 'content/overview/overview-target.mdx');
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, 'edited');
    const result = await importJekyll(options('site', { force: true }));
    expect(readFileSync(page, 'utf8')).toBe(original);
    expect(result.pages.find((outcome) => outcome.kind === 'converted' && outcome.forced)?.target).toMatch(
      /overview-target\.mdx$/,
    );
  });

  test('does not overwrite a page that exists but was never written by the importer', async () => {
    const out = join(scratch, 'content');
    cpSync(join(FIXTURES, 'site/pages/overview/overview_target.md'), join(out, 'overview/overview-target.mdx'));
    const result = await importJekyll(options('site'));
    expect(
      result.pages.some((outcome) => outcome.kind === 'skipped' && outcome.reason.includes('edited by hand')),
    ).toBe(true);
  });

  test('never drops or rewrites a hand-written glossary entry, and reports the conflict', async () => {
    const out = join(scratch, 'content');
    const handWritten =
      '# Terms written for the portal.\n- id: ASID\n  term: ASID\n  expansion: Accredited System ID\n  definition: Identifies one accredited system.\n';
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'glossary.yaml'), handWritten);
    const result = await importJekyll(options('site'));
    const glossary = readFileSync(join(out, 'glossary.yaml'), 'utf8');
    expect(glossary.startsWith(handWritten)).toBe(true);
    expect(glossary.match(/id: ASID/g)).toHaveLength(1);
    expect(result.glossaryAdded).toEqual(['FHIR', 'API', 'Spine', 'PDS', 'SSP', 'direct-patient-care']);
    expect(result.notes).toEqual([
      expect.objectContaining({
        line: 8,
        message: expect.stringMatching(
          /^"ASID" is already in .* as "ASID" with another definition; kept that entry unchanged$/,
        ),
      }),
    ]);
  });

  test('reports malformed pages as failed with file and line, writes none of them, and converts the rest (unbalanced HTML is repaired)', async () => {
    const result = await importJekyll(options('malformed'));
    const failed = result.pages.flatMap((page) =>
      page.kind === 'failed' ? [[page.source.split('/').pop(), page.line]] : [],
    );
    expect(failed).toEqual([
      ['broken-front-matter.md', 4],
      ['missing-title.md', 2],
      ['unclosed-front-matter.md', 1],
      ['unclosed-if.md', 8],
      ['unclosed-liquid-tag.md', 8],
    ]);
    const written = readdirSync(join(scratch, 'content'), { recursive: true }).sort();
    expect(written).toEqual(['.import-manifest.json', 'fine.mdx', 'unbalanced-html.mdx']);
  });

  test('imports only the files named, with links resolved against the whole site', async () => {
    const result = await importJekyll({
      ...options('site'),
      inputs: [join(FIXTURES, 'site/pages/foundations/foundations.md')],
    });
    expect(result.pages).toHaveLength(1);
    expect(readFileSync(join(scratch, 'content/foundations/foundations.mdx'), 'utf8')).toContain(
      '[the constructs](/overview/overview-constructs/)',
    );
  });

  test('refuses a second page claiming the same permalink', async () => {
    const site = join(scratch, 'dupes');
    cpSync(join(FIXTURES, 'site'), site, { recursive: true });
    writeFileSync(join(site, 'pages/zz-copy.md'), '---\ntitle: Copy\npermalink: overview_target.html\n---\n\nCopy.\n');
    const result = await importJekyll({ ...options('site'), inputs: [site] });
    const failure = result.pages.find((page) => page.kind === 'failed');
    expect(failure).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^permalink overview_target.html is already claimed by/),
    });
  });

  test('fails a page whose converted MDX would not build, naming the output line', async () => {
    const site = join(scratch, 'bad-term');
    cpSync(join(FIXTURES, 'site'), site, { recursive: true });
    // An attribute name JSX cannot hold slips through conversion; the compile check catches it.
    writeFileSync(join(site, 'pages/bad.md'), '---\ntitle: Bad\n---\n\n<div 2col="x">Text.</div>\n');
    const result = await importJekyll({ ...options('site'), inputs: [join(site, 'pages/bad.md')] });
    expect(result.pages[0]).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^converted page fails the portal's checks: .*bad\.mdx:5:6  MDX does not compile/),
    });
    expect(existsSync(join(scratch, 'content/bad.mdx'))).toBe(false);
  });
});
