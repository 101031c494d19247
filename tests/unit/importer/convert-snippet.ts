// tests/unit/importer/convert-snippet.ts: converts a Markdown snippet as a page of a small imaginary site.
import { join } from 'node:path';
import { convertPage, type SiteContext } from '../../../src/importer/convert-page.ts';
import { readSiteVariables } from '../../../src/importer/site-data.ts';
import type { GlossaryEntry } from '../../../src/importer/glossary.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/jekyll');

export const testGlossary: GlossaryEntry[] = [
  { id: 'FHIR', term: 'FHIR', definition: 'A standard for health data.' },
  { id: 'API', term: 'API', definition: 'An interface between programs.' },
  { id: 'Spine', term: 'Spine', definition: 'National NHS services.' },
];

export function siteContext(overrides: Partial<SiteContext> = {}): SiteContext {
  return {
    siteRoot: join(FIXTURES, 'site'),
    publicDir: '/tmp/never-written/public',
    glossary: testGlossary,
    targets: {
      permalinks: new Map([['overview_target.html', '/overview/overview-target/']]),
      unpublished: new Set(['overview_hidden.html']),
      aliases: new Map([['overviewtargethtml', '/overview/overview-target/']]),
    },
    sidebars: [],
    images: { copies: new Map() },
    variables: readSiteVariables(join(FIXTURES, 'site')),
    ...overrides,
  };
}

/** The MDX body (after the imports) and the notes for `body` under a minimal front matter. */
export function convertSnippet(body: string, context = siteContext()) {
  const page = convertPage(`---\ntitle: Snippet\n---\n${body}`, '/repo/content/imported/snippet.mdx', context);
  const text = page.mdx.replace(/^---\n[\s\S]*?\n---\n\n/, '').replace(/^(import .*\n)+\n/, '');
  return { ...page, body: text.trim() };
}
