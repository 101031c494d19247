// "Copy as": prints a built request in any of the languages, with notes (when its token expires, what an earlier
// request filled in) as comments above the code, so the copy explains itself wherever it is pasted.
import type { WireRequest } from '../../consumer/wire.ts';
import { codeLanguages, type CodeLanguage } from './labels.ts';
import { toCSharp, toCurl, toFetch, toGo, toJava, toNode, toPhp, toPowerShell, toPython, toRuby } from './languages.ts';

export { codeLanguages, type CodeLanguage };
export { toCSharp, toCurl, toFetch, toGo, toJava, toNode, toPhp, toPowerShell, toPython, toRuby };

/** The exporter for each language. */
export const exporters: Record<CodeLanguage, (request: WireRequest) => string> = {
  curl: toCurl,
  fetch: toFetch,
  node: toNode,
  csharp: toCSharp,
  python: toPython,
  java: toJava,
  go: toGo,
  php: toPhp,
  ruby: toRuby,
  powershell: toPowerShell,
};

/** The request as code in `language`, each note a comment line above it (after `<?php` in PHP). */
export function exportRequest(language: CodeLanguage, request: WireRequest, notes: string[] = []): string {
  const code = exporters[language](request);
  if (notes.length === 0) return code;
  const header = notes.map((note) => `${codeLanguages[language].comment} ${note}`).join('\n');
  return code.startsWith('<?php\n') ? `<?php\n${header}\n${code.slice('<?php\n'.length)}` : `${header}\n${code}`;
}
