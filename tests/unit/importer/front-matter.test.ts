import { describe, expect, test } from 'vitest';
import { mapFrontMatter, splitFrontMatter } from '../../../src/importer/front-matter.ts';

describe('front matter', () => {
  test('splits fields from the body and knows the line the body starts on', () => {
    const page = splitFrontMatter('---\ntitle: T\ntags: [a, b]\n---\n\nBody\n');
    expect(page).toEqual({ data: { title: 'T', tags: ['a', 'b'] }, body: '\nBody\n', bodyLine: 5 });
  });

  test('reports broken YAML with the file line where the parser stopped', () => {
    expect(() => splitFrontMatter('---\ntitle: T\nkeywords: [a, b\npermalink: x.html\n---\n')).toThrow(
      expect.objectContaining({ line: 4, message: expect.stringMatching(/^broken front matter: /) }),
    );
  });

  test('reports front matter that is never closed', () => {
    expect(() => splitFrontMatter('---\ntitle: T\n\nBody')).toThrow(
      'front matter is never closed: add a `---` line after the last field',
    );
  });

  test('maps the Jekyll fields onto the portal schema', () => {
    const data = {
      title: 'Getting started',
      keywords: 'engage, about',
      tags: ['getting_started'],
      sidebar: 'overview_sidebar',
      permalink: '/overview_engage.html',
      toc: false,
      summary: 'Start *here* with [GP Connect](x.html) &amp; more',
      layout: 'page',
    };
    expect(mapFrontMatter(data, { order: 3, label: 'Start', capability: 'foundations' })).toEqual({
      fields: {
        title: 'Getting started',
        description: 'Start here with GP Connect & more',
        summary: 'Start *here* with [GP Connect](x.html) & more',
        keywords: ['engage', 'about'],
        tags: ['getting_started'],
        permalink: 'overview_engage.html',
        capability: 'foundations',
        sidebar: { order: 3, label: 'Start' },
        tableOfContents: false,
      },
      notes: [],
    });
  });

  test('decodes entities in the title', () => {
    expect(mapFrontMatter({ title: 'FHIR&reg; resources' }, undefined).fields.title).toBe('FHIR® resources');
  });

  test('notes fields it cannot carry over and permalinks that are not page names', () => {
    const { fields, notes } = mapFrontMatter({ title: 'T', permalink: '/docs/', author: 'x' }, undefined);
    expect(fields.permalink).toBeUndefined();
    expect(notes.map((note) => note.construct)).toEqual(['permalink', 'front matter `author`']);
  });

  test('fails a page with no title', () => {
    expect(() => mapFrontMatter({ permalink: 'x.html' }, undefined)).toThrow(
      'front matter has no `title`; every portal page needs one',
    );
  });
});
