import { describe, expect, test } from 'vitest';
import { validatePage } from '../../../src/importer/validate.ts';
import { testGlossary } from './convert-snippet.ts';

const page = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}\n`;

describe('validating a converted page', () => {
  test('accepts a page that will build', async () => {
    expect(
      await validatePage(page('title: T\nsidebar:\n  order: 2', 'A <Term id="API" /> page.'), testGlossary),
    ).toEqual([]);
  });

  test('requires a title and checks the portal fields, naming the line', async () => {
    expect(await validatePage(page('summary: S\nversion: one', 'Text.'), testGlossary)).toEqual([
      { line: 1, column: 1, message: expect.stringMatching(/^front matter title: /) },
      { line: 3, column: 1, message: 'front matter version: a version looks like 1.2.9 or 1.6.2-beta' },
    ]);
  });

  test('reports MDX that does not compile with its line in the file', async () => {
    expect(await validatePage(page('title: T', 'Fine.\n\nBroken {x'), testGlossary)).toEqual([
      { line: 7, column: 10, message: expect.stringMatching(/^MDX does not compile: /) },
    ]);
  });

  test('reports a Term whose id is not in the glossary', async () => {
    expect(await validatePage(page('title: T', 'See <Term id="Nope" />.'), testGlossary)).toEqual([
      { line: 5, column: 5, message: '<Term id="Nope">: no entry with this id in the glossary' },
    ]);
  });
});
