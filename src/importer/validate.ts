// src/importer/validate.ts: the portal's content checks, run on each converted page before it is written: the
// front-matter schema, an MDX compile, and every <Term id> against the merged glossary.
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { createProcessor } from '@mdx-js/mdx';
import { portalFrontmatter } from '../site/frontmatter.ts';
import type { GlossaryEntry } from './glossary.ts';
import type { Problem } from '../checks/problem.ts';

/** The portal's own fields plus the Starlight fields the importer writes; title is required, as Starlight requires it. */
const importedFrontmatter = portalFrontmatter
  .extend({
    title: z.string().min(1),
    description: z.string().optional(),
    tableOfContents: z.literal(false).optional(),
    sidebar: z.object({ order: z.number().int(), label: z.string().optional() }).strict().optional(),
  })
  .strict();

/** One compiler for the whole run: building it costs more than compiling a page. */
const processor = createProcessor();

/** A Problem in the converted MDX file, which the caller names: line and column are the file's. */
export type ValidationProblem = Required<Pick<Problem, 'line' | 'column' | 'message'>>;

interface TreeNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { start: { line: number; column: number } };
}

/** Every problem that would stop the portal from building this page; an empty list means it will build. */
export async function validatePage(mdx: string, glossary: GlossaryEntry[]): Promise<ValidationProblem[]> {
  const end = mdx.indexOf('\n---\n', 3);
  const yamlText = mdx.slice(4, end + 1);
  const problems: ValidationProblem[] = [];
  const result = importedFrontmatter.safeParse(parse(yamlText));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const index = yamlText.split('\n').findIndex((row) => row.startsWith(`${key}:`));
      problems.push({
        line: index === -1 ? 1 : index + 2,
        column: 1,
        message: `front matter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      });
    }
  }
  // Blank lines in place of the front matter keep compiler line numbers equal to the file's.
  const body = '\n'.repeat(yamlText.split('\n').length + 1) + mdx.slice(end + 5);
  try {
    const tree = processor.parse(body) as unknown as TreeNode;
    collectTerms(tree, glossary, problems);
    await processor.run(tree as never);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    problems.push({
      line: place.line ?? 1,
      column: place.column ?? 1,
      message: `MDX does not compile: ${place.reason ?? place.message}`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function collectTerms(node: TreeNode, glossary: GlossaryEntry[], problems: ValidationProblem[]): void {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Term') {
    const id = node.attributes?.find((attribute) => attribute.name === 'id')?.value;
    if (typeof id !== 'string' || !glossary.some((entry) => entry.id === id)) {
      const at = node.position?.start ?? { line: 1, column: 1 };
      problems.push({
        line: at.line,
        column: at.column,
        message: `<Term id="${String(id)}">: no entry with this id in the glossary`,
      });
    }
  }
  for (const child of node.children ?? []) collectTerms(child, glossary, problems);
}
