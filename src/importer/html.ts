// src/importer/html.ts: makes raw HTML and loose characters safe for MDX: tags become JSX (void elements closed,
// class → className, style strings → objects), comments become MDX comments, and stray `<`, `{` and `}` are escaped.
import { decisionLabel } from './labels.ts';
import { HTML_REPAIR_FIX, VOID_ELEMENTS } from './html-repairs.ts';
import { jsxAttribute } from './jsx.ts';
import type { ProtectedText } from './protected-text.ts';
import { ImportFailure, type ImportNote } from './types.ts';

const VOID = VOID_ELEMENTS;
/** Elements read as HTML; anything else after `<` (`<Patient>`, `<5`) is prose and gets escaped. */
const ELEMENTS = new Set([
  ...VOID,
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'blockquote',
  'button',
  'caption',
  'center',
  'cite',
  'code',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'font',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'i',
  'iframe',
  'ins',
  'kbd',
  'label',
  'li',
  'mark',
  'nav',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
  'var',
  'video',
]);
const RENAMED: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  tabindex: 'tabIndex',
};
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+|[\w.+-]+@[\w-]+\.[\w.-]+)>/y;

export interface HtmlContext {
  text: ProtectedText;
  notes: ImportNote[];
  resolveLink: (href: string, line: number) => string;
  resolveImage: (src: string, line: number) => string;
}

/**
 * Converts the inline HTML left in `input` (code and HTML blocks are already set aside). Unbalanced tags are
 * repaired as a browser would (an element still open at the end of its paragraph is closed there, a closing tag
 * with nothing to close is dropped), each with a note naming the line.
 */
export function convertHtml(input: string, ctx: HtmlContext): string {
  const open: { name: string; line: number }[] = [];
  let out = '';
  let i = 0;
  const special = /[<{}]|\n[ \t]*\n/g;
  const closeOpen = (down: number, line: number, because: string) => {
    while (open.length > down) {
      const element = open.pop()!;
      ctx.notes.push({
        line: element.line,
        construct: 'unbalanced HTML',
        message: `<${element.name}> is never closed; closed ${because} (line ${line}), as a browser does`,
        fix: HTML_REPAIR_FIX,
      });
      out += ctx.text.protect(`</${element.name}>`);
    }
  };
  while (i < input.length) {
    special.lastIndex = i;
    const next = special.exec(input);
    if (!next) {
      out += input.slice(i);
      break;
    }
    const at = next.index;
    out += input.slice(i, at);
    const line = ctx.text.lineAt(input, at);
    if (input[at] === '\n') {
      closeOpen(0, line, 'at the end of its paragraph');
      out += next[0];
      i = at + next[0].length;
      continue;
    }
    if (input[at] !== '<') {
      out += `\\${input[at]}`;
      i = at + 1;
      continue;
    }
    if (input.startsWith('<!--', at)) {
      const end = input.indexOf('-->', at + 4);
      if (end === -1) throw new ImportFailure(line, 'unclosed HTML comment: `<!--` has no matching `-->`');
      const whole = input.slice(at, end + 3);
      out += ctx.text.protect(`{/* ${ctx.text.restore(whole.slice(4, -3)).trim().replace(/\*\//g, '* /')} */}`, whole);
      i = end + 3;
      continue;
    }
    AUTOLINK.lastIndex = at;
    const link = AUTOLINK.exec(input);
    if (link) {
      const target = link[1]!;
      const href = /^[\w.+-]+@/.test(target) ? `mailto:${target}` : target;
      out += ctx.text.protect(`[${target}](${href})`, link[0]);
      i = at + link[0].length;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(input);
    const name = tag?.[2]!.toLowerCase() ?? '';
    if (!tag || !ELEMENTS.has(name)) {
      out += '&lt;';
      i = at + 1;
      continue;
    }
    i = at + tag[0].length;
    const [, closing, , rawAttributes = '', selfClosing] = tag;
    if (closing) {
      if (VOID.has(name)) {
        out += ctx.text.protect(`<${name} />`, tag[0]);
        continue;
      }
      const index = open.findLastIndex((element) => element.name === name);
      if (index === -1) {
        ctx.notes.push({
          line,
          construct: 'unbalanced HTML',
          message: `</${name}> closes no open element; dropped, as a browser does`,
          fix: HTML_REPAIR_FIX,
        });
        out += ctx.text.protect('', tag[0]);
        continue;
      }
      closeOpen(index + 1, line, `by </${name}>`);
      open.pop();
      out += ctx.text.protect(`</${name}>`, tag[0]);
      continue;
    }
    const attributes = parseAttributes(ctx.text.restore(rawAttributes));
    if (name === 'span' && typeof attributes.class === 'string') {
      const label = /^([^<]*)<\/span>/.exec(input.slice(i));
      const converted = label && decisionLabel(attributes.class, label[1]!, line, ctx.notes);
      if (label && converted) {
        out += ctx.text.protect(converted, tag[0] + label[0]);
        i += label[0].length;
        continue;
      }
    }
    const isVoid = VOID.has(name) || Boolean(selfClosing);
    if (!isVoid) open.push({ name, line });
    out += ctx.text.protect(`<${name}${convertAttributes(name, attributes, line, ctx)}${isVoid ? ' />' : '>'}`, tag[0]);
  }
  closeOpen(0, ctx.text.lineAt(input, input.length), 'at the end of the page');
  // A line opening with `import`/`export` would be read as JavaScript by MDX.
  return out.replace(/^(i)(mport\s)|^(e)(xport\s)/gm, (_, i1?: string, r1?: string, _e1?: string, r2?: string) =>
    i1 ? `&#105;${r1}` : `&#101;${r2}`,
  );
}

function parseAttributes(source: string): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const match of source.matchAll(ATTRIBUTE))
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? true;
  return attributes;
}

/** HTML attributes as JSX ones; links and image sources are rewritten to the portal's addresses. */
export function convertAttributes(
  element: string,
  attributes: Record<string, string | true>,
  line: number,
  ctx: HtmlContext,
): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'markdown') continue; // kramdown's switch; MDX reads Markdown inside elements anyway
    if (name.startsWith('on')) {
      ctx.notes.push({
        line,
        construct: `<${element} ${name}>`,
        message: 'inline script handler removed; MDX pages carry no inline scripts',
      });
      continue;
    }
    if (value === true) {
      out += ` ${RENAMED[name] ?? name}`;
    } else if (name === 'style') {
      out += styleObject(value, element, line, ctx.notes);
    } else {
      const resolved =
        name === 'href' ? ctx.resolveLink(value, line) : name === 'src' ? ctx.resolveImage(value, line) : value;
      out += ` ${jsxAttribute(RENAMED[name] ?? name, resolved)}`;
    }
  }
  return out;
}

/** `style="font-size: 12px"` → `style={{ fontSize: "12px" }}`; JSX accepts only objects there. */
function styleObject(style: string, element: string, line: number, notes: ImportNote[]): string {
  const entries: string[] = [];
  for (const declaration of style.split(';')) {
    if (!declaration.trim()) continue;
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim();
    if (colon === -1 || !/^-?[a-z-]+$/i.test(property)) {
      notes.push({ line, construct: `<${element} style>`, message: `style "${style}" could not be read; removed` });
      return '';
    }
    const key = property.startsWith('--')
      ? JSON.stringify(property)
      : property.toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    entries.push(`${key}: ${JSON.stringify(declaration.slice(colon + 1).trim())}`);
  }
  return entries.length ? ` style={{ ${entries.join(', ')} }}` : '';
}
