// src/checks/problem.ts: the one shape every "file:line: what is wrong" of the build, the checks, the importer, the
// components, the glossary and the permalink map takes, and the one way it is printed, so terminals and editors
// turn it into a link.

export interface Problem {
  /** A source file (content/x.mdx), or a built page when no source is known (dist/x/index.html). */
  file: string;
  line?: number;
  column?: number;
  /** What is wrong, with the value found. */
  message: string;
  /** What to change. */
  fix?: string;
}

/**
 * `file:line:col  message`, then `fix: …` on an indented line. `oneLine` keeps the fix on the same line
 * (`; fix: …`), for an error whose first line is all a tool shows (Astro stops a build with that line).
 */
export function formatProblem({ file, line, column, message, fix }: Problem, { oneLine = false } = {}): string {
  const where = `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
  const fixText = fix ? (oneLine ? `; fix: ${fix}` : `\n    fix: ${fix}`) : '';
  return `${where}  ${message}${fixText}`;
}

/** An error that reports problems: a title line, then each problem formatted; `problems` keeps them as records. */
export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], { title, oneLine = false }: { title?: string; oneLine?: boolean } = {}) {
    const lines = problems.map((problem) => formatProblem(problem, { oneLine })).join('\n');
    super(title ? `${title}:\n${lines}` : lines);
    this.name = 'ProblemError';
    this.problems = problems;
  }
}
