// src/components/internal/request-preview.ts: the HTML of a <TryIt>'s request preview, highlighted at build time.
// Shiki's CSS-variables theme names each token's role (keyword, string, constant…) instead of a colour, and each
// role becomes a class (`rp-keyword`) that TryIt.astro colours for the light and the dark theme. The examples page
// holds every widget, so the markup is kept small: no inline styles, no span per line, and each part of the request
// (request line, headers, body) is one span in its most common colour, with spans only for the tokens that differ.
import { codeToTokens, createCssVariablesTheme, type ThemedToken } from 'shiki';

const VARIABLE_PREFIX = '--request-preview-';
const theme = createCssVariablesTheme({ name: 'request-preview', variablePrefix: VARIABLE_PREFIX });
const PLAIN_COLOURS = new Set([`var(${VARIABLE_PREFIX}foreground)`, `var(${VARIABLE_PREFIX}token-punctuation)`]);
const TOKEN_ROLE = new RegExp(`^var\\(${VARIABLE_PREFIX}token-([a-z-]+)\\)$`);
// Whitespace and punctuation (a header's colon, JSON's braces, colons and commas) take the colour of the part they
// are in rather than a span of their own.
const SEPARATORS_ONLY = /^[\s\p{P}]*$/u;

/** A run of text in one colour: a class such as `rp-keyword` or `rp-text`, or undefined for separators. */
interface Run {
  role: string | undefined;
  text: string;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function roleClass(token: ThemedToken): string | undefined {
  if (SEPARATORS_ONLY.test(token.content)) return undefined;
  if (!token.color || PLAIN_COLOURS.has(token.color)) return 'rp-text';
  const role = TOKEN_ROLE.exec(token.color)?.[1];
  if (!role) throw new Error(`request-preview: Shiki gave the colour "${token.color}", which is no token role`);
  return `rp-${role}`;
}

/** Tokens (or runs) as runs, neighbours of one role joined. */
function joinRuns(items: Run[]): Run[] {
  const runs: Run[] = [];
  for (const { role, text } of items) {
    const last = runs.at(-1);
    if (last && last.role === role) last.text += text;
    else runs.push({ role, text });
  }
  return runs;
}

/** The role most runs of a part have: the part's own colour, so that those runs (and its separators) need no span. */
function mostCommonRole(lines: Run[][]): string {
  const counts = new Map<string, number>();
  for (const { role } of lines.flat()) if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['rp-text', 0])[0];
}

/** Lines of one part as HTML, inside one span of the part's colour (none when that is the text colour). */
function renderPart(lines: Run[][]): string {
  const base = mostCommonRole(lines);
  const html = lines
    .map((line) =>
      joinRuns(line.map((run) => ({ role: run.role ?? base, text: run.text })))
        .map(({ role, text }) =>
          role === base ? escapeHtml(text) : `<span class="${role}">${escapeHtml(text)}</span>`,
        )
        .join(''),
    )
    .join('\n');
  return base === 'rp-text' ? html : `<span class="${base}">${html}</span>`;
}

/** An HTTP request's tokens as HTML: the request line, the headers and the body (from the blank line) as parts. */
export function renderTokens(lines: ThemedToken[][]): string {
  const runs = lines.map((line) => joinRuns(line.map((token) => ({ role: roleClass(token), text: token.content }))));
  const blank = runs.findIndex((line, index) => index > 0 && line.length === 0);
  const bodyStart = blank === -1 ? runs.length : blank;
  const parts = [runs.slice(0, 1), runs.slice(1, bodyStart), runs.slice(bodyStart)].filter((part) => part.length > 0);
  return parts.map(renderPart).join('\n');
}

/** An HTTP request's text (request line, headers, blank line, JSON body) as highlighted HTML for a `<code>`. */
export async function highlightHttpRequest(text: string): Promise<string> {
  const { tokens } = await codeToTokens(text, { lang: 'http', theme });
  return renderTokens(tokens);
}
