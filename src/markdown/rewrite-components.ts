// src/markdown/rewrite-components.ts: turns the HTML our components and Starlight render into the plain elements
// that have a Markdown equivalent, before hast-util-to-mdast sees the page. Working on the rendered page means the
// spec-driven tables carry exactly the rows the reader sees, including those whose props are JavaScript
// (`params={structuredParameters.filter(…)}`), without a second copy of any component's row logic.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** Elements that only exist for the browser: controls, decoration and the widgets' runtime. */
const DROPPED_TAGS = new Set(['script', 'style', 'link', 'template', 'svg', 'button', 'input', 'select', 'textarea']);
const isDropped = (node: Element) =>
  DROPPED_TAGS.has(node.tagName) || hasClass(node, 'sr-only') || node.properties.ariaHidden === 'true';

/**
 * Spans the browser shows on a line of their own (interaction notes, "sandbox's choice", a journey stage's text, a
 * link card's description), with the text that keeps them apart from what precedes them in one line of Markdown.
 */
const SEPARATED: [selector: string, separator: string][] = [
  ['[class*="__note"], [class*="__cap"], .journey__text', ' · '],
  ['.sl-link-card .description', ': '],
];

export interface RewriteContext {
  /** The page's absolute URL; pointers to a widget link back to it. */
  pageUrl: string;
}

/** A fenced code block in the shape hast-util-to-mdast reads (`pre > code.language-x`). */
const codeBlock = (text: string, language: string | undefined): Element =>
  h('pre', [h('code', { className: language ? [`language-${language}`] : [] }, text.replace(/\n$/, ''))]);

/** Expressive Code keeps the exact source in its copy button, with U+007F in place of each line break. */
function rewriteExpressiveCode(block: Element): ElementContent[] {
  const pre = select('pre', block);
  const source = select('.copy button', block)?.properties.dataCode;
  const text = typeof source === 'string' ? source.replace(/\u007f/g, '\n') : pre ? toText(pre) : '';
  const title = select('figcaption .title', block);
  const caption = title ? [h('p', [h('em', toText(title))])] : [];
  return [...caption, codeBlock(text, pre?.properties.dataLanguage as string | undefined)];
}

/** <TryIt>: the request as the page previews it, then one line saying where to send it. */
function rewriteTryIt(block: Element, context: RewriteContext): ElementContent[] {
  const pre = select('pre', block);
  const id = typeof block.properties.id === 'string' ? block.properties.id : '';
  return [
    codeBlock(pre ? toText(pre, { whitespace: 'pre' }) : '', 'http'),
    h('p', [
      'Try it: ',
      h('a', { href: `${context.pageUrl}#${id}` }, 'send, edit and explain this request'),
      ' in the page.',
    ]),
  ];
}

/** <Callout> (a Starlight aside): a blockquote that opens with its title in bold. */
function rewriteAside(aside: Element): ElementContent[] {
  const title = select('.starlight-aside__title', aside);
  const content = select('.starlight-aside__content', aside);
  const titleText = title ? toText(title).trim() : '';
  return [h('blockquote', [...(titleText ? [h('p', [h('strong', titleText)])] : []), ...(content?.children ?? [])])];
}

/** <Term>: the word itself; its definition lives in the glossary. */
const rewriteTerm = (term: Element): ElementContent[] => {
  const word = select('.term__word', term);
  return [{ type: 'text', value: word ? toText(word) : '' }];
};

/** A live widget with no request preview of its own (<SpineFlow>): a pointer to the page that runs it. */
const rewriteLiveWidget = (context: RewriteContext): ElementContent[] => [
  h('p', [
    'This step-by-step run works in the browser only: ',
    h('a', { href: context.pageUrl }, 'open the page'),
    '.',
  ]),
];

// Tested on every element of every page, so plain predicates rather than selectors, which hast-util-select parses
// again on each call.
const rules: [
  test: (node: Element) => boolean,
  rewrite: (node: Element, context: RewriteContext) => ElementContent[],
][] = [
  [(node) => hasClass(node, 'tryit'), rewriteTryIt],
  [(node) => hasClass(node, 'expressive-code'), rewriteExpressiveCode],
  [(node) => node.tagName === 'aside' && hasClass(node, 'starlight-aside'), rewriteAside],
  [(node) => hasClass(node, 'term'), rewriteTerm],
  [
    (node) => node.tagName === 'astro-island' && select('.sf-widget', node) !== undefined,
    (_node, context) => rewriteLiveWidget(context),
  ],
];

/** Rewrites `content` in place: components first (they need their buttons and spans), then browser-only parts go. */
export function rewriteComponents(content: Root | Element, context: RewriteContext): void {
  visit(content, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const rule = rules.find(([test]) => test(node));
    if (!rule) return;
    const replacement = rule[1](node, context);
    parent.children.splice(index, 1, ...(replacement as RootContent[]));
    return [SKIP, index + replacement.length];
  });
  for (const [selector, separator] of SEPARATED)
    for (const span of selectAll(selector, content)) span.children.unshift({ type: 'text', value: separator });
  visit(content, (node, index, parent) => {
    const dropped = node.type === 'comment' || (node.type === 'element' && isDropped(node));
    if (!parent || index === undefined || !dropped) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
