// src/components/internal/request-preview.ts: the HTML of a <TryIt>'s request preview, highlighted at build time.
// Shiki's CSS-variables theme names each token's role (keyword, string, constant…) instead of a colour, and each
// role becomes a class that request-preview.css colours for the light and the dark theme. A preview is then plain
// text plus one short span per coloured token: no inline style, no span per line or per uncoloured token, which
// keeps the gallery page of every example small enough to parse, style and lay out quickly on a phone.
import { codeToTokens, createCssVariablesTheme, type ThemedToken } from 'shiki';

const VARIABLE_PREFIX = '--request-preview-';
const theme = createCssVariablesTheme({ name: 'request-preview', variablePrefix: VARIABLE_PREFIX });
const UNCOLOURED = new Set([`var(${VARIABLE_PREFIX}foreground)`, `var(${VARIABLE_PREFIX}token-punctuation)`]);
// Separators (a header's colon, JSON's colons and commas) stay in the text colour, whatever role the grammar gives
// them: a preview has a few hundred of them, each of which would otherwise be a span.
const SEPARATORS_ONLY = /^[\s\p{P}]*$/u;
const TOKEN_ROLE = new RegExp(`^var\\(${VARIABLE_PREFIX}token-([a-z-]+)\\)$`);

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The class of a token's colour role (`rp-keyword`), or undefined for the default text colour. */
function roleClass(token: ThemedToken): string | undefined {
  if (!token.color || UNCOLOURED.has(token.color) || SEPARATORS_ONLY.test(token.content)) return undefined;
  const role = TOKEN_ROLE.exec(token.color)?.[1];
  if (!role) throw new Error(`request-preview: Shiki gave the colour "${token.color}", which is no token role`);
  return `rp-${role}`;
}

/** Lines of tokens as HTML: runs of tokens with the same role share one span; lines are joined by newlines. */
export function renderTokens(lines: ThemedToken[][]): string {
  return lines
    .map((line) => {
      const runs: { role: string | undefined; text: string }[] = [];
      for (const token of line) {
        const role = roleClass(token);
        const last = runs.at(-1);
        if (last && last.role === role) last.text += token.content;
        else runs.push({ role, text: token.content });
      }
      return runs
        .map(({ role, text }) => (role ? `<span class="${role}">${escapeHtml(text)}</span>` : escapeHtml(text)))
        .join('');
    })
    .join('\n');
}

/** An HTTP request's text (request line, headers, blank line, JSON body) as highlighted HTML for a `<code>`. */
export async function highlightHttpRequest(text: string): Promise<string> {
  const { tokens } = await codeToTokens(text, { lang: 'http', theme });
  return renderTokens(tokens);
}
