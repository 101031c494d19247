// The Shiki pieces the response view needs, imported statically so the bundler keeps only these exports: the
// minimal primitive and codeToTokensWithThemes (not createHighlighterCore, whose HTML renderers a token view never
// uses), the JSON grammar, two themes and the JavaScript regex engine (no WebAssembly). highlight.ts imports
// this module with import(), so it becomes its own chunk, fetched with the first response.
import { codeToTokensWithThemes, createShikiPrimitive } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import json from 'shiki/langs/json.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

export type HighlightedLine = Array<{ content: string; light?: string; dark?: string }>;

/** Builds the highlighter: JSON text in, lines of tokens with a light and a dark colour out. */
export function createJsonHighlighter(): (code: string) => HighlightedLine[] {
  const primitive = createShikiPrimitive({
    themes: [githubLight, githubDark],
    langs: [json],
    engine: createJavaScriptRegexEngine(),
  });
  return (code) =>
    codeToTokensWithThemes(primitive, code, {
      lang: 'json',
      themes: { light: 'github-light', dark: 'github-dark' },
    }).map((line) =>
      line.map((token) => ({
        content: token.content,
        light: token.variants.light?.color,
        dark: token.variants.dark?.color,
      })),
    );
}
