// Loads Shiki on the first response only (dynamic import from the island), with the fine-grained core, the JSON
// grammar, two themes and the JavaScript regex engine: no WebAssembly and no other grammars in the chunk.

export type HighlightedLine = Array<{ content: string; light?: string; dark?: string }>;

let highlighter: Promise<(code: string) => HighlightedLine[]> | undefined;

/** Resolves to a function turning JSON text into lines of coloured tokens (colours as values, never HTML). */
export function loadJsonHighlighter(): Promise<(code: string) => HighlightedLine[]> {
  highlighter ??= (async () => {
    // createShikiInternal + codeToTokensWithThemes rather than createHighlighterCore: the highlighter object would
    // drag in the HTML/hast renderers (about 5 KB gzip) that a token-only view never uses.
    const [{ createShikiInternal, codeToTokensWithThemes }, { createJavaScriptRegexEngine }, json, light, dark] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
      import('shiki/langs/json.mjs'),
      import('shiki/themes/github-light.mjs'),
      import('shiki/themes/github-dark.mjs'),
    ]);
    const internal = await createShikiInternal({
      themes: [light.default, dark.default],
      langs: [json.default],
      engine: createJavaScriptRegexEngine(),
    });
    return (code: string) =>
      codeToTokensWithThemes(internal, code, { lang: 'json', themes: { light: 'github-light', dark: 'github-dark' } }).map((line) =>
        line.map((token) => ({ content: token.content, light: token.variants.light?.color, dark: token.variants.dark?.color })),
      );
  })();
  return highlighter;
}
