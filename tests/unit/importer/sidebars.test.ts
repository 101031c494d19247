import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSidebar, placePage, summariseSidebars } from '../../../src/importer/sidebars.ts';
import { FIXTURES } from './convert-snippet.ts';

const overview = parseSidebar(
  'overview_sidebar',
  readFileSync(join(FIXTURES, 'site/_data/sidebars/overview_sidebar.yml'), 'utf8'),
);
const foundations = parseSidebar(
  'foundations_sidebar',
  readFileSync(join(FIXTURES, 'site/_data/sidebars/foundations_sidebar.yml'), 'utf8'),
);

describe('sidebars', () => {
  test('become groups numbered in reading order, subfolders as their own groups', () => {
    expect(
      overview.groups.map((group) => [group.label, group.items.map((item) => `${item.order} ${item.label}`)]),
    ).toEqual([
      ['Overview', ['1 Every construct', '2 Links target']],
      ['Release notes', ['3 1.0.0']],
      ['Help', ['4 Project site']],
    ]);
    expect(overview.groups[2]?.items[0]).toEqual({
      label: 'Project site',
      externalUrl: 'https://example.org/',
      order: 4,
    });
  });

  test('give a page its order, a label when the sidebar names it differently, and the sidebar capability', () => {
    expect(placePage([overview, foundations], 'overview_sidebar', 'overview_target.html', 'Links target')).toEqual({
      order: 2,
    });
    expect(placePage([overview, foundations], 'foundations_sidebar', 'foundations.html', 'Foundations')).toEqual({
      order: 1,
      label: 'Start here',
      capability: 'foundations',
    });
    expect(placePage([overview, foundations], 'foundations_sidebar', 'unlisted.html', 'X')).toEqual({
      capability: 'foundations',
    });
    expect(placePage([overview], undefined, 'unlisted.html', 'X')).toBeUndefined();
  });

  test('are summarised with each page’s new path', () => {
    const summary = JSON.parse(
      summariseSidebars([foundations], (permalink) => (permalink === 'foundations.html' ? '/foundations/' : undefined)),
    );
    expect(summary).toEqual({
      sidebars: [
        {
          name: 'foundations_sidebar',
          capability: 'foundations',
          groups: [
            {
              label: 'Introduction',
              items: [{ label: 'Start here', permalink: 'foundations.html', order: 1, path: '/foundations/' }],
            },
          ],
        },
      ],
    });
  });
});
