// src/pages/[permalink].ts: serves each old `*.html` address as a redirect page to its new home.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildPermalinkMap, type Permalink } from '../site/permalink-map.ts';
import { renderRedirectPage } from '../site/redirect-page.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('docs');
  const map = buildPermalinkMap(
    entries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath,
      title: entry.data.title,
      permalink: entry.data.permalink,
      draft: entry.data.draft,
    })),
    { includeDrafts: import.meta.env.DEV },
  );
  return map.map((permalink) => ({ params: { permalink: permalink.from }, props: { permalink } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ permalink: Permalink }> = ({ props, site }) =>
  new Response(renderRedirectPage(props.permalink, site), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
