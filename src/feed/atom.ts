// src/feed/atom.ts: the release notes as an Atom 1.0 feed (RFC 4287). Ids are the notes' addresses and dates come
// from src/spec/releases.ts, so two builds of the same sources write the same feed.
import type { Release } from '../spec/releases.ts';

export interface FeedEntry {
  release: Release;
  /** The release's section of its notes page, as HTML. */
  html?: string;
  /** The day to give as `updated` (YYYY-MM-DD): the release date, or for an undated release its page's last change. */
  day: string;
}

export interface FeedOptions {
  /** Absolute site root, ending in `/`; also the feed's xml:base, so the entries' relative links resolve. */
  siteUrl: string;
  /** Site path of the feed itself and of the page it mirrors. */
  feedPath: string;
  historyPath: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const timestamp = (day: string) => `${day}T00:00:00Z`;

/** "GP Connect 1.2.9"; the Access Document releases already carry their capability's name. */
export const entryTitle = (release: Release) =>
  /^\d/.test(release.version) ? `GP Connect ${release.version}` : release.version;

function entryXml(entry: FeedEntry, siteUrl: string): string {
  const url = new URL(entry.release.notes.replace(/^\//, ''), siteUrl).href;
  return [
    '  <entry>',
    `    <id>${escapeXml(url)}</id>`,
    `    <title>${escapeXml(entryTitle(entry.release))}</title>`,
    `    <updated>${timestamp(entry.day)}</updated>`,
    ...(entry.release.date ? [`    <published>${timestamp(entry.release.date)}</published>`] : []),
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    `    <summary>${escapeXml(`Changes to ${entry.release.scope}.`)}</summary>`,
    ...(entry.html ? [`    <content type="html">${escapeXml(entry.html)}</content>`] : []),
    '  </entry>',
  ].join('\n');
}

/** The feed, newest release first. */
export function buildAtomFeed(entries: readonly FeedEntry[], options: FeedOptions): string {
  if (entries.length === 0) throw new Error('the release feed has no entries: src/spec/releases.ts lists no release');
  const sorted = [...entries].sort(
    (a, b) => b.day.localeCompare(a.day) || a.release.version.localeCompare(b.release.version),
  );
  const feedUrl = new URL(options.feedPath.replace(/^\//, ''), options.siteUrl).href;
  const historyUrl = new URL(options.historyPath.replace(/^\//, ''), options.siteUrl).href;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${escapeXml(options.siteUrl)}">`,
    `  <id>${escapeXml(feedUrl)}</id>`,
    '  <title>GP Connect release notes</title>',
    '  <subtitle>Every GP Connect specification release, with what it changed.</subtitle>',
    `  <updated>${timestamp(sorted[0]!.day)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(historyUrl)}"/>`,
    '  <author><name>GP Connect developer portal</name></author>',
    ...sorted.map((entry) => entryXml(entry, options.siteUrl)),
    '</feed>',
    '',
  ].join('\n');
}
