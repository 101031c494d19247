import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { portalFrontmatter } from '../../../src/site/frontmatter.ts';
import { sidebar } from '../../../src/site/sidebar.ts';
import {
  capabilities,
  CAPABILITY_KEYS,
  DOCUMENTED_CAPABILITY_KEYS,
  documentedCapabilities,
} from '../../../src/spec/capabilities.ts';

test('lists the served capabilities first and Access Record HTML as documented only', () => {
  expect(DOCUMENTED_CAPABILITY_KEYS).toEqual([...CAPABILITY_KEYS, 'html']);
  expect(Object.keys(capabilities)).not.toContain('html');
});

test('gives every documented capability a content folder', () => {
  for (const { docsDirectory } of Object.values(documentedCapabilities))
    expect(existsSync(`content/${docsDirectory}`), docsDirectory).toBe(true);
});

test('builds a sidebar group per capability with its version, and its status unless live', () => {
  const badges = Object.fromEntries(sidebar.map((group) => [group.label, group.badge?.text]));
  expect(badges).toMatchObject({
    Foundations: '1.2.9',
    'Appointment Management': '1.2.9',
    'Access Record Structured': '1.6.2 beta',
    'Access Document': '1.6.2 beta',
    'Access Record HTML': '0.7.4 legacy',
  });
});

test('accepts every documented capability in front matter and names them all when one is misspelt', () => {
  for (const key of DOCUMENTED_CAPABILITY_KEYS)
    expect(portalFrontmatter.parse({ capability: key }).capability).toBe(key);
  const result = portalFrontmatter.safeParse({ capability: 'appointment' });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toContain('"html"');
});
