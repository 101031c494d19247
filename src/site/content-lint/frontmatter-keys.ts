// src/site/content-lint/frontmatter-keys.ts: a front-matter key the schema does not know is a typo that zod would
// drop without a word (`capabilty:`), so it fails with its line and the nearest known key.
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import type { Problem } from '../../checks/problem.ts';
import { nearest } from '../did-you-mean.ts';
import { portalFrontmatter } from '../frontmatter.ts';
import type { ParsedPage } from './parse-page.ts';

type Shape = Record<string, z.ZodType>;
// Starlight's schema takes an image() helper from the content layer; a string stands in, only the keys matter.
const schema = docsSchema({ extend: portalFrontmatter })({ image: () => z.string() } as never) as unknown as {
  shape: Shape;
};
const sidebar = schema.shape.sidebar as unknown as { unwrap(): { shape: Shape } };

/** Every key a page may write: Starlight's and this portal's, with `sidebar.*` spelled out. */
export const KNOWN_FRONTMATTER_KEYS: readonly string[] = [
  ...Object.keys(schema.shape),
  ...Object.keys(sidebar.unwrap().shape).map((key) => `sidebar.${key}`),
];

export function checkFrontmatterKeys(page: ParsedPage): Problem[] {
  return page.keyLines
    .filter(({ key }) => !KNOWN_FRONTMATTER_KEYS.includes(key))
    .map(({ key, line }) => {
      const guess = nearest(key, KNOWN_FRONTMATTER_KEYS);
      return {
        file: page.file,
        line,
        message: `unknown front-matter key "${key}"${guess ? `; did you mean "${guess}"?` : ''}`,
        fix: guess
          ? `rename it to ${guess}`
          : `remove it, or use one of ${KNOWN_FRONTMATTER_KEYS.filter((known) => !known.includes('.')).join(', ')}`,
      };
    });
}
