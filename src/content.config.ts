// src/content.config.ts: the docs collection, read from the top-level content/ folder.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { portalFrontmatter } from './site/frontmatter.ts';
import { CONTENT_DIR } from './site/config.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: CONTENT_DIR }),
    // `status: draft` is Starlight's `draft: true`: left out of production pages, sidebar, search and redirects.
    schema: (context) =>
      docsSchema({ extend: portalFrontmatter })(context).transform((data) => ({
        ...data,
        draft: data.draft || data.status === 'draft',
      })),
  }),
  // The site is English only. An empty collection stops Starlight warning on every render that there is none.
  i18n: defineCollection({
    loader: { name: 'no-translations', load: async ({ store }) => void store.set({ id: 'en', data: {} }) },
    schema: i18nSchema(),
  }),
};
