// Loads the JSON highlighter on the first response only: shiki-json.ts (and Shiki with it) is a separate chunk.
import type { HighlightedLine } from './shiki-json.ts';

export type { HighlightedLine };

let highlighter: Promise<(code: string) => HighlightedLine[]> | undefined;

/** Resolves to a function turning JSON text into lines of coloured tokens (colours as values, never HTML). */
export function loadJsonHighlighter(): Promise<(code: string) => HighlightedLine[]> {
  highlighter ??= import('./shiki-json.ts').then((module) => module.createJsonHighlighter());
  return highlighter;
}
