// src/site/frontmatter.ts: the fields this portal adds to Starlight's front matter. The content collection and
// the Jekyll importer both validate against it, so an imported page fails the same way a hand-written one would.
import { z } from 'astro/zod';
import { DOCUMENTED_CAPABILITY_KEYS } from '../spec/capabilities.ts';

export const portalFrontmatter = z.object({
  /** One sentence that says what the page is for; shown under the title and used for link previews. */
  summary: z.string().min(1).optional(),
  /** Search words that do not appear in the text, such as old names and abbreviations. */
  keywords: z
    .union([z.string(), z.array(z.union([z.string(), z.number()]))])
    // YAML reads `keywords: [409, ETag]` as a number and a string; both are just words here.
    .transform((value) => (typeof value === 'string' ? value.split(',').map((word) => word.trim()) : value.map(String)))
    .optional(),
  /** Topic tags carried over from the specification site (for example `getting_started`). */
  tags: z.array(z.string()).optional(),
  /**
   * The page's address on the old Jekyll site, such as `overview_engage.html`. The build serves a redirect there,
   * so old links keep working; two pages may not claim the same permalink.
   */
  permalink: z
    .string()
    .regex(/^\/?[A-Za-z0-9_.-]+\.html$/, 'a permalink is a file name ending in .html, for example overview_engage.html')
    .transform((value) => value.replace(/^\//, ''))
    .optional(),
  /** The capability the page belongs to (a key of src/spec/capabilities.ts); search results can be filtered by it. */
  capability: z.enum(DOCUMENTED_CAPABILITY_KEYS).optional(),
  /** The specification version the page describes, for example `1.2.9` or `1.6.2`. */
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(-[a-z]+)?$/, 'a version looks like 1.2.9 or 1.6.2-beta')
    .optional(),
  /** Who the page is written for. */
  audience: z.enum(['consumer', 'provider', 'both']).optional(),
  /** Maturity of what the page describes. `draft` pages (like `draft: true`) are left out of production builds:
   * no page, sidebar entry, redirect or search entry; `astro dev` still shows them.
   */
  status: z.enum(['draft', 'beta', 'live', 'deprecated']).optional(),
  /**
   * Identifiers this page is the definition of (a header, an error code, an operation, a test NHS number). They
   * are shown under the title and weighted in search, so searching one lands here first.
   */
  defines: z.array(z.string().min(1)).optional(),
});

export type PortalFrontmatter = z.infer<typeof portalFrontmatter>;
