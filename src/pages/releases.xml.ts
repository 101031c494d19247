// src/pages/releases.xml.ts: /releases.xml (RELEASE_FEED_PATH), the Atom feed of the GP Connect release notes.
import type { APIRoute } from 'astro';
import { buildAtomFeed } from '../feed/atom.ts';
import { readReleaseEntries } from '../feed/release-entries.ts';
import { CONTENT_DIR, RELEASE_FEED_PATH, SITE_URL } from '../site/config.ts';

export const GET: APIRoute = () =>
  new Response(
    buildAtomFeed(readReleaseEntries(CONTENT_DIR), {
      siteUrl: new URL('/', SITE_URL).href,
      feedPath: RELEASE_FEED_PATH,
      historyPath: '/reference/release-history/',
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
