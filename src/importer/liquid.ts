// src/importer/liquid.ts: runs through a page's Liquid the way Jekyll does before Markdown: raw and comment blocks,
// highlight blocks, includes, output tags, and control flow, which runs against the site's variables (and is left
// visible, reported, when it cannot run).
import { convertInclude, type IncludeContext } from './includes.ts';
import { evaluateOutput, renderLiquid } from './liquid-engine.ts';
import { codeSpan } from './jsx.ts';
import { ImportFailure } from './types.ts';

export interface LiquidContext extends IncludeContext {
  pageTitle: string;
  /** `{% assign %}` tags met so far on the page; later logic blocks see their variables. */
  assigns: string[];
}

/** Block tags that need their end tag; Jekyll refuses a page where one is missing. */
const BLOCKS: Record<string, string> = {
  if: 'endif',
  unless: 'endunless',
  for: 'endfor',
  case: 'endcase',
  capture: 'endcapture',
  tablerow: 'endtablerow',
};
const BRANCHES = new Set(['else', 'elsif', 'when']);
/** Site variables that only add the site's base address; links become root-relative without them. */
const BASE_VARIABLES = new Set(['site.baseurl', 'site.url', 'site.github.url']);

/** Converts the Liquid in `body` (which starts on source line `firstLine`); returns text with placeholders. */
export function convertLiquid(body: string, ctx: LiquidContext, firstLine = ctx.text.firstLine): string {
  const lineOf = (index: number) => firstLine + ctx.text.countLines(body.slice(0, index));
  const open: { name: string; line: number }[] = [];
  let out = '';
  let i = 0;
  let codeEnd = -1;
  // Two code spans side by side would merge their backticks into one longer fence.
  const asCode = (source: string, start: number) => {
    const gap = start === codeEnd ? ' ' : '';
    codeEnd = start + source.length;
    return gap + ctx.text.protect(codeSpan(source), source);
  };
  while (i < body.length) {
    const start = nextTag(body, i);
    if (start === -1) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, start);
    const line = lineOf(start);
    if (body.startsWith('{{', start)) {
      const end = body.indexOf('}}', start + 2);
      if (end === -1) throw new ImportFailure(line, 'unclosed Liquid output tag: `{{` has no matching `}}`');
      const source = body.slice(start, end + 2);
      out += convertOutput(source, line, ctx) ?? asCode(source, start);
      i = end + 2;
      continue;
    }
    const end = findTagEnd(body, start + 2);
    if (end === -1) throw new ImportFailure(line, 'unclosed Liquid tag: `{%` has no matching `%}`');
    const source = body.slice(start, end + 2);
    const inner = source.slice(2, -2).replace(/^-/, '').replace(/-$/, '').trim();
    const name = inner.split(/\s+/)[0] ?? '';
    const args = inner.slice(name.length).trim();
    i = end + 2;
    if (name === 'raw' || name === 'comment' || name === 'highlight') {
      const close = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g');
      close.lastIndex = i;
      const match = close.exec(body);
      if (!match) throw new ImportFailure(line, `unclosed Liquid block: {% ${name} %} has no {% end${name} %}`);
      const content = body.slice(i, match.index);
      const whole = body.slice(start, match.index + match[0].length);
      i = match.index + match[0].length;
      if (name === 'raw') out += content;
      else if (name === 'comment') out += ctx.text.protect('', whole);
      else
        out += ctx.text.protect(
          `\n\`\`\`${args.split(/\s+/)[0] ?? ''}\n${content.replace(/^\n+|\s+$/g, '')}\n\`\`\`\n`,
          whole,
        );
      continue;
    }
    if (name === 'include') {
      const ownLine = /(^|\n)[ \t]*$/.test(body.slice(0, start)) && /^[ \t]*(\n|$)/.test(body.slice(i));
      out += convertInclude({ source, args, line, ownLine }, ctx);
      continue;
    }
    if (name === 'assign') {
      ctx.assigns.push(source);
      out += ctx.text.protect('', source);
      continue;
    }
    if (BLOCKS[name]) {
      const blockEnd = findBlockEnd(body, i, name);
      const whole = blockEnd === -1 ? '' : body.slice(start, blockEnd);
      const rendered = whole ? renderLiquid(ctx.assigns.join('') + whole, ctx.scope) : undefined;
      if (typeof rendered === 'string') {
        // Jekyll runs this when it builds; its output is the page's text from here on.
        out += convertLiquid(rendered, ctx, line);
        const lost = ctx.text.countLines(whole) - ctx.text.countLines(rendered);
        if (lost > 0) out += ctx.text.protect('', '\n'.repeat(lost));
        i = blockEnd;
        continue;
      }
      if (rendered instanceof Error)
        ctx.notes.push({
          line,
          construct: `{% ${name} %}`,
          message: `does not run against _config.yml and _data/ (${rendered.message.split('\n')[0]})`,
        });
      open.push({ name, line });
    } else if (name.startsWith('end')) {
      const top = open.pop();
      if (!top || BLOCKS[top.name] !== name) {
        throw new ImportFailure(
          line,
          `{% ${name} %} does not close ${top ? `{% ${top.name} %} from line ${top.line}` : 'any open block'}`,
        );
      }
    } else if (BRANCHES.has(name) && open.length === 0) {
      throw new ImportFailure(line, `{% ${name} %} appears outside any {% if %}, {% unless %} or {% case %} block`);
    }
    ctx.notes.push({
      line,
      construct: `{% ${name} %}`,
      message: 'Liquid logic has no MDX equivalent; left visible as code for a hand conversion',
    });
    out += asCode(source, start);
  }
  const unclosed = open.pop();
  if (unclosed)
    throw new ImportFailure(
      unclosed.line,
      `unclosed Liquid block: {% ${unclosed.name} %} has no {% ${BLOCKS[unclosed.name]} %}`,
    );
  return out;
}

function nextTag(body: string, from: number): number {
  const a = body.indexOf('{%', from);
  const b = body.indexOf('{{', from);
  if (a === -1) return b;
  if (b === -1) return a;
  return Math.min(a, b);
}

/** The index just past the end tag that closes the block tag ending at `from`, or -1 when it is never closed. */
function findBlockEnd(body: string, from: number, name: string): number {
  let depth = 1;
  for (let at = nextTag(body, from); at !== -1; at = nextTag(body, at + 2)) {
    if (body.startsWith('{{', at)) continue;
    const end = findTagEnd(body, at + 2);
    if (end === -1) return -1;
    const tag =
      body
        .slice(at + 2, end)
        .replace(/^-/, '')
        .trim()
        .split(/\s+/)[0] ?? '';
    if (tag === name) depth += 1;
    else if (tag === BLOCKS[name]) depth -= 1;
    if (depth === 0) return end + 2;
  }
  return -1;
}

/** Finds the `%}` that ends a tag, ignoring any inside quoted arguments (callout content may hold `%}`). */
function findTagEnd(body: string, from: number): number {
  let quote = '';
  for (let j = from; j < body.length - 1; j += 1) {
    const char = body[j]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '%' && body[j + 1] === '}') return j;
    else if (char === '{' && body[j + 1] === '%') return -1; // a new tag began: this one was never closed
  }
  return -1;
}

/** The replacement for a `{{ }}` tag, or undefined when it must stay visible as code. */
function convertOutput(source: string, line: number, ctx: LiquidContext): string | undefined {
  const expression = source.slice(2, -2).replace(/^-/, '').replace(/-$/, '').trim();
  if (BASE_VARIABLES.has(expression)) return ctx.text.protect('', source);
  if (expression === 'page.title') return ctx.text.protect(ctx.pageTitle, source);
  const value = evaluateOutput(expression, ctx.scope);
  if (value !== undefined) return value;
  ctx.notes.push({
    line,
    construct: source,
    message: 'Liquid output names no variable of the page, _config.yml or _data/; left visible as code',
  });
  return undefined;
}
