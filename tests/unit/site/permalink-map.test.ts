import { expect, test } from 'vitest';
import { buildPermalinkMap, pathOf } from '../../../src/site/permalink-map.ts';
import { renderRedirectPage } from '../../../src/site/redirect-page.ts';

test('maps each old address to the page that claims it', () => {
  const map = buildPermalinkMap([
    { id: 'overview/getting-started', title: 'Getting started', permalink: 'overview_engage.html' },
    { id: 'overview/capabilities', title: 'Capabilities' },
  ]);
  expect(map).toEqual([{ from: 'overview_engage.html', to: '/overview/getting-started/', title: 'Getting started' }]);
});

test('fails when two pages claim one permalink, naming both files', () => {
  expect(() =>
    buildPermalinkMap([
      { id: 'a', filePath: 'content/a.mdx', title: 'A', permalink: 'x.html' },
      { id: 'b', filePath: 'content/b.mdx', title: 'B', permalink: 'x.html' },
    ]),
  ).toThrowErrorMatchingInlineSnapshot(`
    [ProblemError: Duplicate permalinks:
    content/b.mdx  permalink "x.html" is already claimed by content/a.mdx
        fix: keep the permalink on the page that replaces the old one and remove it from the other]
  `);
});

test('gives the home page the root path', () => {
  expect(pathOf('index')).toBe('/');
  expect(pathOf('guidance/jwt')).toBe('/guidance/jwt/');
});

test('the redirect page has a canonical link, a meta refresh and a visible link, all escaped', () => {
  const html = renderRedirectPage(
    { from: 'a.html', to: '/guidance/jwt/', title: 'The JWT & <claims>' },
    new URL('https://portal.example/'),
  );
  expect(html).toContain('<link rel="canonical" href="https://portal.example/guidance/jwt/">');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/guidance/jwt/">');
  expect(html).toContain('<a href="/guidance/jwt/">The JWT &amp; &lt;claims&gt;</a>');
});

test('a draft page gets no redirect unless drafts are shown (astro dev)', () => {
  const entries = [{ id: 'overview/plan', title: 'Plan', permalink: 'old_plan.html', draft: true }];
  expect(buildPermalinkMap(entries)).toEqual([]);
  expect(buildPermalinkMap(entries, { includeDrafts: true })).toEqual([
    { from: 'old_plan.html', to: '/overview/plan/', title: 'Plan' },
  ]);
});
