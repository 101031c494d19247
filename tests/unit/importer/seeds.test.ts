// The two seed pages of the GP Connect site through a whole import run. The pages are kept outside the repository
// (SEEDS_DIR names their folder; tests/fixtures/jekyll/stage-seed-site.ts stages them), so these tests skip without.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJekyll, type ImportResult } from '../../../src/importer/index.ts';
import { countOutcomes } from '../../../src/importer/report.ts';
import { hasSeeds, NO_SEEDS, stageSeedSite } from '../../fixtures/jekyll/stage-seed-site.ts';

let scratch: string;
let result: ImportResult;
const page = (name: string) => readFileSync(join(scratch, 'content/overview', name), 'utf8');

beforeAll(async () => {
  if (!hasSeeds) return;
  scratch = mkdtempSync(join(tmpdir(), 'importer-seeds-'));
  const out = join(scratch, 'content');
  result = await importJekyll({
    inputs: [stageSeedSite()],
    out,
    publicDir: join(scratch, 'public'),
    glossaryFile: join(out, 'glossary.yaml'),
    contentRoot: out,
    dryRun: false,
    force: false,
  });
});
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

if (!hasSeeds) console.warn(NO_SEEDS);

describe.skipIf(!hasSeeds)('the seed pages', () => {
  test('convert without failures; the two social widgets are dropped with a note each', () => {
    expect(countOutcomes(result)).toMatchObject({ failed: 0, skipped: 0 });
    const notes = result.pages.flatMap((outcome) =>
      outcome.kind === 'converted' ? outcome.notes.map((note) => `${note.line} ${note.construct}`) : [],
    );
    expect(notes).toEqual(['63 {% include twitterfollow.html %}', '65 {% include gitterbadge.html %}']);
  });

  test('keep their permalinks and titles and gain a sidebar order from the overview sidebar', () => {
    expect(page('overview-intro.mdx')).toMatch(
      /^---\ntitle: Introduction\ndescription: An introduction to the GP Connect FHIR® APIs\n/,
    );
    expect(page('overview-intro.mdx')).toContain(
      'permalink: index2.html\nsidebar:\n  order: 1\ntableOfContents: false\n',
    );
    expect(page('overview-engage.mdx')).toContain('permalink: overview_engage.html\nsidebar:\n  order: 2\n');
  });

  test('turn the getting-started tooltips into Terms, FHIR&reg; included', () => {
    const mdx = page('overview-engage.mdx');
    expect(mdx).toContain(`import { DecisionLabel, Term } from '~/components';`);
    expect(mdx).toContain('GP Connect <Term id="FHIR">FHIR®</Term> <Term id="API" /> specifications');
    for (const id of ['Spine', 'PDS', 'SDS', 'SSP']) expect(mdx).toContain(`<Term id="${id}" />`);
    expect(mdx).not.toContain('tooltip.html');
  });

  test('turn the label spans into DecisionLabels', () => {
    const mdx = page('overview-engage.mdx');
    expect(mdx).toContain('\t- <DecisionLabel kind="SELECTED" /> / <DecisionLabel kind="DECISION" /> a decision');
    expect(mdx).toContain('\t- <DecisionLabel kind="ASSUMPTION" /> an assumption');
    expect(mdx).not.toContain('<span');
  });

  test('turn the important include into a Callout and drop the comment block', () => {
    const mdx = page('overview-intro.mdx');
    expect(mdx).toContain('<Callout type="important">\n\nThis site is under active development');
    expect(mdx).toContain(
      '[releases page](https://github.com/nhsconnect/gpconnect/releases) for more information.\n\n</Callout>',
    );
    expect(mdx).not.toContain('img.shields.io');
    expect(mdx).not.toContain('{:target');
  });

  test('point their .html links at the new page paths and keep external links', () => {
    const engage = page('overview-engage.mdx');
    expect(engage).toContain('[capabilities](/stubs/overview-priority-capabilities/)');
    expect(engage).toContain(
      '([Foundations](/stubs/foundations-design/), [Access Record Structured](/stubs/accessrecord-structured-design/) and [Appointment Management](/stubs/appointments-design/))',
    );
    expect(engage).toContain('(https://developer.nhs.uk/apis/spine-core-1-0/ssp_implementation_guide.html)');
    expect(page('overview-intro.mdx')).toContain('[INTEROPen](http://www.interopen.org/),');
  });

  test('copy the diagram into public/ and point the image at it', () => {
    expect(page('overview-engage.mdx')).toContain('![Img](/images/imported/overview/gp_connect_apis.png)');
    expect(result.imagesCopied).toBe(1);
  });

  test('merge their tooltip terms into the glossary', () => {
    expect(result.glossaryAdded).toEqual(['FHIR', 'API', 'Spine', 'PDS', 'SDS', 'SSP']);
  });
});
