// src/components/internal/component-error.ts: the one way author components fail the build, naming the page and the fix.
import { ProblemError } from '../../checks/problem.ts';

interface PageLocals {
  starlightRoute?: { entry?: { filePath?: string } };
}

/** The source file of the page being rendered, or its URL when the page has no file. */
export function pageFile(locals: unknown, url: URL): string {
  return (locals as PageLocals).starlightRoute?.entry?.filePath ?? url.pathname;
}

/**
 * An error for a wrong prop: `content/x.mdx  <Term id="ASDI">: no such glossary entry; fix: …`. Astro stops the
 * build with it. A component sees only its page, not the line; `npm run check:content` (and the build's content
 * checks, which run first) report the same mistakes with the line.
 */
export function propError(file: string, component: string, prop: string, value: unknown, problem: string, fix: string) {
  // One line: Astro prints only the first line of an error that stops the build.
  return new ProblemError([{ file, message: `<${component} ${prop}=${JSON.stringify(value)}>: ${problem}`, fix }], {
    oneLine: true,
  });
}
