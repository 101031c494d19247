// Loads Shiki on the first response only (dynamic import from the island), with the fine-grained core, the JSON
// grammar, two themes and the JavaScript regex engine: no WebAssembly and no other grammars in the chunk.
import type { ThemedToken } from 'shiki/core';

export type HighlightedLine = Array<{ content: string; light?: string; dark?: string }>;

let highlighter: Promise<(code: string) => HighlightedLine[]> | undefined;

/** Resolves to a function turning JSON text into lines of coloured tokens (colours as values, never HTML). */
export function loadJsonHighlighter(): Promise<(code: string) => HighlightedLine[]> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }, json, light, dark] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
      import('shiki/langs/json.mjs'),
      import('shiki/themes/github-light.mjs'),
      import('shiki/themes/github-dark.mjs'),
    ]);
    const core = await createHighlighterCore({
      themes: [light.default, dark.default],
      langs: [json.default],
      engine: createJavaScriptRegexEngine(),
    });
    return (code: string) => {
      const { tokens } = core.codeToTokens(code, { lang: 'json', themes: { light: 'github-light', dark: 'github-dark' } });
      return tokens.map((line: ThemedToken[]) =>
        line.map((token) => ({ content: token.content, light: token.htmlStyle?.color, dark: token.htmlStyle?.['--shiki-dark'] })),
      );
    };
  })();
  return highlighter;
}
