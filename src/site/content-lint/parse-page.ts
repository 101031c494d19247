// src/site/content-lint/parse-page.ts: one content file as the checks need it: its front matter with the line of
// each key, and its body (MDX, or Markdown for a .md file) as a syntax tree whose positions are lines of the whole file.
import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { isMap, LineCounter, parseDocument, type Scalar } from 'yaml';
import type { Root } from 'mdast';

export interface ParsedPage {
  /** The path as written in messages, relative to the project (content/x.mdx). */
  file: string;
  /** The site path the page is served at (/x/). */
  route: string;
  frontmatter: Record<string, unknown>;
  /** Each top-level key (and `sidebar.*` key) with its 1-based line. */
  keyLines: { key: string; line: number }[];
  /** The body's tree; undefined when the MDX does not parse (`syntaxError` says why). */
  tree?: Root;
  syntaxError?: { line: number; column: number; message: string };
}

/** The site path Starlight serves a content file at, from its path below the content folder. */
export function routeOf(relativePath: string): string {
  const slug = relativePath
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
  return slug ? `/${slug}/` : '/';
}

export function parsePage(file: string, relativePath: string, text = readFileSync(file, 'utf8')): ParsedPage {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const yamlText = match?.[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  // Front matter starts after the opening `---`, on line 2 of the file.
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line + 1;
  const keyLines: ParsedPage['keyLines'] = [];
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String((pair.key as Scalar).value);
      keyLines.push({ key, line: lineOf((pair.key as Scalar).range?.[0]) });
      if (key === 'sidebar' && isMap(pair.value)) {
        for (const inner of pair.value.items)
          keyLines.push({
            key: `sidebar.${String((inner.key as Scalar).value)}`,
            line: lineOf((inner.key as Scalar).range?.[0]),
          });
      }
    }
  }
  const frontmatter = (doc.toJSON() ?? {}) as Record<string, unknown>;
  const bodyStartLine = match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) : 0;
  // Blank lines in place of the front matter keep every node's line equal to the file's line.
  const body = '\n'.repeat(bodyStartLine) + text.slice(match?.[0].length ?? 0);
  const page: ParsedPage = { file, route: routeOf(relativePath), frontmatter, keyLines };
  // A .md page is plain Markdown to Astro: braces, a bare `<` and HTML comments are text there, not MDX syntax.
  const mdx = file.endsWith('.mdx');
  try {
    page.tree = fromMarkdown(body, {
      extensions: mdx ? [mdxjs(), gfm()] : [gfm()],
      mdastExtensions: mdx ? [mdxFromMarkdown(), gfmFromMarkdown()] : [gfmFromMarkdown()],
    });
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    page.syntaxError = { line: place.line ?? 1, column: place.column ?? 1, message: place.reason ?? place.message };
  }
  return page;
}
