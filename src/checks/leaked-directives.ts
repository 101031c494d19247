// Astro template directives (set:html, set:text, is:raw, …) must never reach a built page as attributes: a leaked one
// means the framework skipped the content it carried, as when Expressive Code's stylesheet was written as a
// `set:html` attribute and every code block lost its styles.
import { readFileSync } from 'node:fs';
import type { Problem } from './problem.ts';

const DIRECTIVE = /<([a-z][a-z0-9-]*)\s[^>]*?\b((?:set|is|class|client|server|define):[a-z]+)=/gi;

/** One problem per page and directive found in its HTML. */
export function checkLeakedDirectives(pages: string[], read = (page: string) => readFileSync(page, 'utf8')): Problem[] {
  return pages.flatMap((page) => {
    const seen = new Set<string>();
    for (const [, tag, directive] of read(page).matchAll(DIRECTIVE)) seen.add(`<${tag} ${directive}>`);
    return [...seen].map((found) => ({
      file: page,
      message: `the built HTML has an Astro directive as an attribute, ${found}, so what it carried was not rendered`,
      fix: 'find the Markdown/MDX plugin or component that emits it (see the comment on mdx() in astro.config.mjs)',
    }));
  });
}
