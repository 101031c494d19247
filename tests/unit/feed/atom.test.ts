// The release notes feed: well-formed XML, the elements Atom 1.0 (RFC 4287) requires, and the same bytes every build.
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { buildAtomFeed, entryTitle } from '../../../src/feed/atom.ts';
import { readReleaseEntries } from '../../../src/feed/release-entries.ts';
import { releases } from '../../../src/spec/releases.ts';

const options = {
  siteUrl: 'https://portal.example/',
  feedPath: '/releases.xml',
  historyPath: '/reference/release-history/',
};
const entries = readReleaseEntries('content');
const xml = buildAtomFeed(entries, options);
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
const feed = parsed.feed;
const feedEntries: Record<string, unknown>[] = feed.entry;
// RFC 3339 date-time, as Atom's Date constructs require.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the release feed', () => {
  test('is well-formed, namespace-correct XML in the Atom namespace', () => {
    // saxes is a strict parser: it throws at the first well-formedness or namespace error.
    expect(() => new SaxesParser({ xmlns: true }).write(xml).close()).not.toThrow();
    expect(() => new SaxesParser({ xmlns: true }).write('<feed><entry></feed>').close()).toThrow();
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  test('has the feed-level id, title, updated, author and self link', () => {
    expect(feed.id).toBe('https://portal.example/releases.xml');
    expect(feed.title).toMatch(/\w/);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toMatch(/\w/);
    const links = [feed.link].flat() as Record<string, string>[];
    expect(links.find((link) => link['@rel'] === 'self')?.['@href']).toBe(feed.id);
    expect(links.find((link) => link['@rel'] === 'alternate')?.['@href']).toBe(
      'https://portal.example/reference/release-history/',
    );
  });

  test('has one entry per release, each with a unique id, a title, an RFC 3339 updated date and a link', () => {
    expect(feedEntries).toHaveLength(releases.length);
    expect(new Set(feedEntries.map((entry) => entry.id)).size).toBe(releases.length);
    for (const entry of feedEntries) {
      expect(String(entry.id)).toMatch(/^https:\/\/portal\.example\/reference\/release-notes-/);
      expect(entry.title).toMatch(/\w/);
      expect(entry.updated).toMatch(RFC3339);
      expect((entry.link as Record<string, string>)['@href']).toBe(entry.id);
    }
    expect(feedEntries.map((entry) => entry.title)).toEqual(expect.arrayContaining(releases.map(entryTitle)));
  });

  test('lists the newest release first and dates the feed by it', () => {
    const days = feedEntries.map((entry) => String(entry.updated));
    expect(days).toEqual([...days].sort().reverse());
    expect(feed.updated).toBe(days[0]);
  });

  test('dates each dated release by its release date', () => {
    const byTitle = new Map(feedEntries.map((entry) => [entry.title, entry]));
    for (const release of releases.filter((candidate) => candidate.date))
      expect(byTitle.get(entryTitle(release))?.updated).toBe(`${release.date}T00:00:00Z`);
  });

  test('carries each release’s section of its notes page as HTML content', () => {
    for (const entry of feedEntries)
      expect((entry.content as Record<string, string>)['#text'], String(entry.id)).toMatch(/<p>/);
    const byTitle = new Map(feedEntries.map((entry) => [entry.title, entry]));
    const section = byTitle.get('GP Connect 1.2.0')?.content as Record<string, string>;
    expect(section['@type']).toBe('html');
    expect(section['#text']).toContain('Released 3 August 2018.');
    expect(section['#text']).not.toMatch(/<h2/); // stops at the next release's heading
  });

  test('is the same, byte for byte, when built again', () => {
    expect(buildAtomFeed(readReleaseEntries('content'), options)).toBe(xml);
  });

  test('gives a release whose notes page is not in the content folder an entry without content', () => {
    const [entry] = readReleaseEntries('content', [{ ...releases[0]!, notes: '/elsewhere/notes/' }]);
    expect(entry).toEqual({ release: { ...releases[0]!, notes: '/elsewhere/notes/' }, day: releases[0]!.date });
  });

  test('names the release whose notes heading is missing', () => {
    const broken = [{ ...releases[0]!, notes: '/reference/release-notes-0-5-to-1-1/#999' }];
    expect(() => readReleaseEntries('content', broken)).toThrow(
      'content/reference/release-notes-0-5-to-1-1.mdx: no heading with the anchor #999 that 0.5.0’s notes point at'.replace(
        '’',
        "'",
      ),
    );
  });
});
