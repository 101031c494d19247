import { describe, expect, test } from 'vitest';
import { resolveHref } from '../../../src/importer/links.ts';
import { convertSnippet, siteContext } from './convert-snippet.ts';
import type { ImportNote } from '../../../src/importer/types.ts';

const targets = siteContext().targets;

describe('links to old permalinks', () => {
  test.each([
    ['overview_target.html', '/overview/overview-target/'],
    ['/overview_target.html', '/overview/overview-target/'],
    ['./overview_target.html#details', '/overview/overview-target/#details'],
    ['https://example.org/overview_target.html', 'https://example.org/overview_target.html'],
    ['mailto://team@example.org', 'mailto://team@example.org'],
    ['#local', '#local'],
  ])('rewrite %s to %s', (href, expected) => {
    const notes: ImportNote[] = [];
    expect(resolveHref(href, 1, targets, notes)).toBe(expected);
    expect(notes).toEqual([]);
  });

  test('report an unknown target and leave the link as written', () => {
    const notes: ImportNote[] = [];
    expect(resolveHref('nowhere.html', 9, targets, notes)).toBe('nowhere.html');
    expect(notes).toEqual([
      {
        line: 9,
        construct: 'link to nowhere.html',
        message: 'no imported page has this permalink; link left as written (reported once, at its first use)',
      },
    ]);
  });

  test('say so when the target page is unpublished', () => {
    const notes: ImportNote[] = [];
    resolveHref('overview_hidden.html', 3, targets, notes);
    expect(notes[0]?.message).toMatch(/^that page is not published/);
  });

  test('rewrite Markdown links, reference definitions and HTML anchors in a page', () => {
    const { body } = convertSnippet(
      '[a](overview_target.html "Title") [b][r] <a href="overview_target.html">c</a>\n\n[r]: /overview_target.html',
    );
    expect(body).toBe(
      '[a](/overview/overview-target/ "Title") [b][r] <a href="/overview/overview-target/">c</a>\n\n[r]: /overview/overview-target/',
    );
  });

  test('leave links inside code alone', () => {
    expect(convertSnippet('`[a](overview_target.html)`').body).toBe('`[a](overview_target.html)`');
  });
});
