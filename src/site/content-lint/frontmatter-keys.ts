// src/site/content-lint/frontmatter-keys.ts: front matter checked against the schema with the line of each key. A
// key the schema does not know is a typo that zod would drop without a word (`capabilty:`), so it fails with the
// nearest known key; a value the schema rejects fails with the line and the values allowed (Astro's own message
// names no line).
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

/** Values the schema rejects (`capability: appointment`, a missing title), each on the line of its key. */
export function checkFrontmatterValues(page: ParsedPage): Problem[] {
  const result = (schema as unknown as z.ZodType).safeParse(page.frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const key = issue.path.map(String).join('.');
    const top = String(issue.path[0] ?? '');
    const line = page.keyLines.find((entry) => entry.key === key || entry.key === top)?.line ?? 1;
    const allowed = 'values' in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined;
    const value = key
      ? JSON.stringify(issue.path.reduce<unknown>((data, part) => (data as never)?.[part], page.frontmatter))
      : '';
    return {
      file: page.file,
      line,
      message: key ? `front matter ${key}: ${value ?? 'missing'} is not accepted: ${issue.message}` : issue.message,
      ...(allowed
        ? { fix: `use one of ${allowed.join(', ')}` }
        : issue.code === 'invalid_type' && value === undefined
          ? { fix: `add ${key}: to the front matter` }
          : {}),
    };
  });
}
