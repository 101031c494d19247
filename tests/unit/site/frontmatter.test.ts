import { expect, test } from 'vitest';
import { portalFrontmatter } from '../../../src/site/frontmatter.ts';

test('accepts the portal fields and normalises keywords and permalinks', () => {
  const data = portalFrontmatter.parse({
    summary: 'What the page is for.',
    keywords: 'engage, about',
    permalink: '/overview_engage.html',
    capability: 'appointments',
    version: '1.6.2-beta',
    audience: 'both',
    status: 'beta',
    defines: ['Ssp-TraceID'],
  });
  expect(data.keywords).toEqual(['engage', 'about']);
  expect(data.permalink).toBe('overview_engage.html');
});

test('reads numbers in a keyword list as words', () => {
  expect(portalFrontmatter.parse({ keywords: ['ETag', 409] }).keywords).toEqual(['ETag', '409']);
});

test.each([
  ['audience', { audience: 'everyone' }],
  ['status', { status: 'final' }],
  ['capability', { capability: 'billing' }],
  ['permalink', { permalink: 'overview/engage' }],
  ['version', { version: 'v1' }],
])('rejects an invalid %s and names the field', (field, data) => {
  const result = portalFrontmatter.safeParse(data);
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual([field]);
});
