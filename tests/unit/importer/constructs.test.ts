// The fixture page of includes and HTML blocks (tests/fixtures/jekyll/site/pages/overview/overview_includes.md):
// everything the real specification site holds that a program can convert, in the repository's own words.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPage } from '../../../src/importer/convert-page.ts';
import { validatePage } from '../../../src/importer/validate.ts';
import { FIXTURES, siteContext, testGlossary } from './convert-snippet.ts';

const source = readFileSync(join(FIXTURES, 'site/pages/overview/overview_includes.md'), 'utf8');
const page = () => convertPage(source, '/repo/content/imported/overview/overview-includes.mdx', siteContext());

describe('the includes and HTML blocks fixture page', () => {
  test('compiles as MDX, every include converted and nothing left for a hand conversion', async () => {
    const { mdx } = page();
    expect(await validatePage(mdx, testGlossary)).toEqual([]);
    expect(mdx).not.toMatch(/\{%|Not converted by the importer/);
  });

  test('writes table cells holding Markdown and blank lines so MDX keeps the Markdown', () => {
    const { mdx } = page();
    expect(mdx).toContain(
      '<td>\nA cell written in Markdown, with **bold** text\n\n- a list item\n- another item\n</td>',
    );
    expect(mdx).toContain('<p>Second paragraph with \\{braces\\}.</p>');
  });

  test('repairs unbalanced HTML as a browser does and names each line it repaired', () => {
    const { mdx, notes } = page();
    expect(mdx).toContain('<td>A cell whose end tag has a typo./td></td>');
    expect(mdx).toContain('<a href="/overview/overview-target/">anchor never closed.</a>');
    expect(notes.map((note) => [note.line, note.construct])).toEqual([
      [37, 'unbalanced HTML'],
      [44, 'unbalanced HTML'],
    ]);
  });

  test('resolves a link whose case differs from the permalink, and an image inside a link', () => {
    const { mdx } = page();
    expect(mdx).toContain('[target](/overview/overview-target/)');
    expect(mdx).toContain('[![Flow](/images/imported/overview/flow.png) The flow](/overview/overview-target/)');
  });

  test('evaluates conditionals on site variables', () => {
    const { mdx } = page();
    expect(mdx).toContain('Shown because the site sets show_extra.');
    expect(mdx).not.toMatch(/Hidden\.|Never shown/);
  });
});
