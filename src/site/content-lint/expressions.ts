// src/site/content-lint/expressions.ts: braces in prose are JavaScript to MDX, so `{first}` compiles to a lookup of
// a variable and fails at render time with "first is not defined" and no line. This names the line and the fix.
import { visit } from 'unist-util-visit';
import type { Problem } from '../../checks/problem.ts';
import type { ParsedPage } from './parse-page.ts';

/** Names the page's own import and export statements bind. */
function boundNames(page: ParsedPage): Set<string> {
  const names = new Set<string>();
  visit(page.tree!, 'mdxjsEsm', (node: { value: string }) => {
    for (const match of node.value.matchAll(
      /\b(?:import|export\s+(?:const|let|function))\s+([\s\S]*?)(?:\bfrom\b|=|\()/g,
    ))
      for (const name of match[1]!.match(/[A-Za-z_$][\w$]*/g) ?? []) if (name !== 'as') names.add(name);
  });
  return names;
}

export function checkExpressions(page: ParsedPage): Problem[] {
  if (!page.tree) return [];
  const bound = boundNames(page);
  const problems: Problem[] = [];
  const inspect = (node: { value: string; position?: { start: { line: number; column: number } } }) => {
    const first = /^\s*([A-Za-z_$][\w$]*)/.exec(node.value)?.[1];
    // Globals and literals an author writes on purpose ({true}, {Math.max(…)}) are fine; only unbound names fail.
    if (!first || bound.has(first) || first in globalThis || ['true', 'false', 'null'].includes(first)) return;
    problems.push({
      file: page.file,
      line: node.position?.start.line,
      column: node.position?.start.column,
      message: `{${node.value}} in the text is read as JavaScript, and "${first}" is not defined on this page`,
      fix: `to show the braces, write \\{${node.value}\\} or put it in backticks: \`{${node.value}}\``,
    });
  };
  visit(page.tree, 'mdxTextExpression', inspect);
  visit(page.tree, 'mdxFlowExpression', inspect);
  return problems;
}
