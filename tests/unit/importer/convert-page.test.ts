import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPage } from '../../../src/importer/convert-page.ts';
import { validatePage } from '../../../src/importer/validate.ts';
import { FIXTURES, siteContext, testGlossary } from './convert-snippet.ts';

const source = readFileSync(join(FIXTURES, 'site/pages/overview/overview_constructs.md'), 'utf8');

describe('converting the every-construct fixture page', () => {
  test('produces MDX the portal accepts, importing only the components it uses', async () => {
    const page = convertPage(source, '/repo/content/imported/overview/overview-constructs.mdx', siteContext());
    expect(await validatePage(page.mdx, testGlossary)).toEqual([]);
    expect(page.mdx.match(/^import .*$/gm)).toEqual([
      "import { Callout, DecisionLabel, DeveloperJourney, Term } from '~/components';",
    ]);
  });

  test('reports every construct it could not carry over, with its source line, in line order', () => {
    const { notes } = convertPage(source, '/repo/content/imported/x.mdx', siteContext());
    expect(notes.map((note) => `${note.line} ${note.construct}`)).toEqual([
      '16 tooltip "PDS"',
      '16 tooltip "Unlisted"',
      '42 {% include badge.html %}',
      '47 <span class="label label-info">',
      '49 link to overview_missing.html',
      '49 link to overview_hidden.html',
      '57 image images/overview/missing.png',
      '62 <div onclick>',
    ]);
  });

  test('keeps no more than one blank line in a row outside code', () => {
    const { mdx } = convertPage(source, '/repo/content/imported/x.mdx', siteContext());
    expect(mdx).not.toMatch(/\n\n\n/);
  });
});
