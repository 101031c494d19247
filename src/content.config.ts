// src/content.config.ts: the docs collection, read from the top-level content/ folder.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { portalFrontmatter } from './site/frontmatter.ts';
import { CONTENT_DIR } from './site/config.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: CONTENT_DIR }),
    schema: docsSchema({ extend: portalFrontmatter }),
  }),
};
