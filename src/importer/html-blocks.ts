// src/importer/html-blocks.ts: raw HTML blocks (tables, lists, divs, pre) parsed with parse5, the parser that follows
// the HTML standard browsers use, and written back as MDX that compiles whatever the elements hold. kramdown reads
// an HTML block up to its matching end tag, blank lines and Markdown included; MDX does not, so every element goes
// on a line of its own, and an element holding only inline content goes on one line (MDX then keeps it inline).
import { parseFragment, type DefaultTreeAdapterTypes as Html } from 'parse5';
import { findHtmlRepairs, HTML_REPAIR_FIX, VOID_ELEMENTS } from './html-repairs.ts';
import { convertAttributes, type HtmlContext } from './html.ts';
import { decisionLabel } from './labels.ts';

/** Elements that start an HTML block when a line opens with them (CommonMark's block names, plus pre). */
const BLOCK_START =
  /^([ \t]*)<(address|article|aside|blockquote|center|details|div|dl|figure|footer|h[1-6]|header|nav|ol|p|pre|section|table|ul)(?=[\s>/])/i;
/** Inline elements: a run of these and text stays on one line. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
  'var',
  'wbr',
]);

type Node = Html.ChildNode;

/** Converts every raw HTML block in `input` (code already set aside); each becomes one placeholder. */
export function convertHtmlBlocks(input: string, ctx: HtmlContext): string {
  const lines = input.split('\n');
  const out: string[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const start = BLOCK_START.exec(lines[i]!);
    if (!start) {
      out.push(lines[i]!);
      offset += lines[i]!.length + 1;
      continue;
    }
    const end = blockEnd(lines, i, start[2]!.toLowerCase());
    const source = lines.slice(i, end + 1).join('\n');
    const lineOf = (at: number) => ctx.text.lineAt(input, offset + at);
    for (const repair of findHtmlRepairs(source, lineOf))
      ctx.notes.push({
        line: lineOf(repair.offset),
        construct: 'unbalanced HTML',
        message: repair.message,
        fix: HTML_REPAIR_FIX,
      });
    const fragment = parseFragment(source, { sourceCodeLocationInfo: true });
    const writer = new BlockWriter(ctx, (at) => lineOf(at));
    const mdx = writer.flow(fragment.childNodes, start[1]!).join('\n');
    out.push(ctx.text.protect(`\n${mdx}\n`, source));
    offset += source.length + 1;
    i = end;
  }
  return out.join('\n');
}

/** The last line of the block opened on line `from`: where its element closes, or the next blank line if never. */
function blockEnd(lines: string[], from: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*?(/?)>`, 'gi');
  let depth = 0;
  for (let i = from; i < lines.length; i += 1) {
    for (const [, closing, selfClosing] of lines[i]!.matchAll(tags)) {
      if (closing) depth -= 1;
      else if (!selfClosing) depth += 1;
    }
    if (depth <= 0) return i;
  }
  const blank = lines.findIndex((line, i) => i > from && line.trim() === '');
  return blank === -1 ? lines.length - 1 : blank - 1;
}

class BlockWriter {
  readonly ctx: HtmlContext;
  readonly lineOf: (offset: number) => number;

  constructor(ctx: HtmlContext, lineOf: (offset: number) => number) {
    this.ctx = ctx;
    this.lineOf = lineOf;
  }

  /** Block content: each element and each run of inline content on lines of its own, blank lines between. */
  flow(nodes: Node[], indent: string): string[] {
    const lines: string[] = [];
    let run: Node[] = [];
    const flush = () => {
      const text = this.inlineRun(run, indent);
      if (text) lines.push(...(lines.length ? [''] : []), ...text);
      run = [];
    };
    for (const node of nodes) {
      if (this.isInline(node)) {
        run.push(node);
        continue;
      }
      flush();
      const element = this.element(node as Html.Element, indent);
      if (element.length) lines.push(...(lines.length ? [''] : []), ...element);
    }
    flush();
    return lines;
  }

  /** A run of text and inline elements; Markdown blocks in it (blank lines, lists) are kept as Markdown. */
  inlineRun(nodes: Node[], indent: string): string[] {
    if (nodes.every((node) => node.nodeName === '#text' && !(node as Html.TextNode).value.trim())) return [];
    if (nodes.some((node) => this.holdsMarkdownBlocks(node))) {
      const markdown = nodes.map((node) => this.inline(node, false)).join('');
      return dedent(markdown).map((line) => (line ? indent + line : line));
    }
    const text = nodes
      .map((node) => this.inline(node, true))
      .join('')
      .trim();
    return text ? [indent + escapeLineStart(text)] : [];
  }

  element(element: Html.Element, indent: string): string[] {
    const name = element.tagName;
    if (name === 'pre') return this.preformatted(element, indent);
    const open = `<${name}${this.attributes(element)}`;
    if (VOID_ELEMENTS.has(name)) return [`${indent}${open} />`];
    const children = childrenOf(element);
    if (children.every((child) => this.isInline(child) && !this.holdsMarkdownBlocks(child))) {
      const inner = children
        .map((child) => this.inline(child, true))
        .join('')
        .trim();
      return [`${indent}${open}>${inner}</${name}>`];
    }
    return [`${indent}${open}>`, ...this.flow(children, indent), `${indent}</${name}>`];
  }

  /** `<pre>` becomes a fenced code block, its language from a `language-*` class on it or on its `<code>`. */
  preformatted(element: Html.Element, indent: string): string[] {
    const code = childrenOf(element).find((child): child is Html.Element => child.nodeName === 'code');
    const classes = [element, code].flatMap((node) => (node ? attribute(node, 'class').split(/\s+/) : []));
    const language = classes.find((name) => /^(language|lang)-/.test(name))?.replace(/^(language|lang)-/, '') ?? '';
    const body = this.ctx.text.restore(textOf(element)).replace(/^\n/, '').replace(/\s+$/, '');
    const fence = '`'.repeat(Math.max(3, ...[...body.matchAll(/`{3,}/g)].map((run) => run[0].length + 1)));
    return [this.ctx.text.protect(`${indent}${fence}${language}\n${body}\n${indent}${fence}`)];
  }

  inline(node: Node, oneLine: boolean): string {
    if (node.nodeName === '#text') return escapeText((node as Html.TextNode).value, oneLine);
    if (node.nodeName === '#comment') return comment(node as Html.CommentNode);
    const element = node as Html.Element;
    const name = element.tagName;
    const children = childrenOf(element);
    const classes = attribute(element, 'class');
    if (name === 'span' && classes && children.every((child) => child.nodeName === '#text')) {
      const label = decisionLabel(classes, textOf(element), this.lineAt(element), this.ctx.notes);
      if (label) return label;
    }
    const open = `<${name}${this.attributes(element)}`;
    if (VOID_ELEMENTS.has(name)) return `${open} />`;
    return `${open}>${children.map((child) => this.inline(child, true)).join('')}</${name}>`;
  }

  attributes(element: Html.Element): string {
    const attributes = Object.fromEntries(element.attrs.map(({ name, value }) => [name, this.ctx.text.restore(value)]));
    return convertAttributes(element.tagName, attributes, this.lineAt(element), this.ctx);
  }

  isInline(node: Node): boolean {
    if (node.nodeName === '#text' || node.nodeName === '#comment') return true;
    const element = node as Html.Element;
    return PHRASING.has(element.tagName) && childrenOf(element).every((child) => this.isInline(child));
  }

  /** Text with a blank line or a multi-line construct (a fenced block set aside earlier) is Markdown, not prose. */
  holdsMarkdownBlocks(node: Node): boolean {
    if (node.nodeName !== '#text') return false;
    const value = (node as Html.TextNode).value;
    return /\n[ \t]*\n/.test(value.trim()) || this.ctx.text.holdsMultilineOutput(value);
  }

  lineAt(element: Html.Element): number {
    return this.lineOf(element.sourceCodeLocation?.startOffset ?? 0);
  }
}

function childrenOf(element: Html.Element): Node[] {
  return element.tagName === 'template'
    ? (element as Html.Template).content.childNodes
    : (element.childNodes as Node[]);
}

function attribute(element: Html.Element, name: string): string {
  return element.attrs.find((attr) => attr.name === name)?.value ?? '';
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as Html.TextNode).value;
  if (node.nodeName === '#comment') return '';
  return childrenOf(node as Html.Element)
    .map(textOf)
    .join('');
}

function comment(node: Html.CommentNode): string {
  return `{/* ${node.data.trim().replace(/\*\//g, '* /')} */}`;
}

/**
 * Text as MDX: the characters MDX would read as JSX or an expression are escaped, an entity the parser decoded is
 * not decoded twice, and on one line every run of white space is a space.
 */
function escapeText(value: string, oneLine: boolean): string {
  const text = oneLine ? value.replace(/\s+/g, ' ') : value;
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[{}]/g, (brace) => `\\${brace}`);
}

/** A line of prose must not start what Markdown reads as a heading, list item, quote or rule. */
function escapeLineStart(text: string): string {
  return text.replace(/^(#{1,6}(?=\s)|[>+*-](?=\s)|\d+(?=[.)]\s)|[=-]+$)/, (marker) => `\\${marker}`);
}

function dedent(text: string): string[] {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const widths = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const cut = Math.min(...widths);
  return lines.map((line) => (line.trim() ? line.slice(cut) : ''));
}
