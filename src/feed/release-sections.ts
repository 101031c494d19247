// src/feed/release-sections.ts: the part of a release-notes page that describes one release, as HTML for the feed:
// the section under the heading its anchor names, or the page's introduction when the page holds one release.
import GithubSlugger from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { parsePage } from '../site/content-lint/parse-page.ts';

/** MDX components and imports have no HTML of their own here: a <Term> becomes its word, other elements their content. */
function plainMarkdown(tree: Root, termWord: (id: string) => string): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const id = element.attributes.find((attribute) => 'name' in attribute && attribute.name === 'id')?.value;
    const replacement: RootContent[] =
      element.name === 'Term' && element.children.length === 0 && typeof id === 'string'
        ? [{ type: 'text', value: termWord(id) }]
        : (element.children as RootContent[]);
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index];
  });
}

/** The nodes after the heading whose slug is `anchor`, up to the next heading at its level or above. */
function sectionNodes(tree: Root, anchor: string | undefined): RootContent[] {
  const slugger = new GithubSlugger();
  const start = anchor
    ? tree.children.findIndex((node) => node.type === 'heading' && slugger.slug(toString(node)) === anchor)
    : -1;
  if (anchor && start < 0) return [];
  const depth = start >= 0 ? (tree.children[start] as { depth: number }).depth : 6;
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= depth);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The section of `file` (a content file) that `anchor` names, or the text before its first heading, as HTML (links
 * stay site-relative; the feed's xml:base resolves them). Undefined when the page has no heading with that slug.
 */
export function readReleaseSection(
  file: string,
  relativePath: string,
  anchor: string | undefined,
  termWord: (id: string) => string,
): string | undefined {
  const page = parsePage(file, relativePath);
  if (!page.tree) throw new Error(`${file}:${page.syntaxError?.line}: ${page.syntaxError?.message}`);
  plainMarkdown(page.tree, termWord);
  const nodes = sectionNodes(page.tree, anchor);
  if (nodes.length === 0) return undefined;
  return toHtml(toHast({ type: 'root', children: nodes } as Nodes));
}
