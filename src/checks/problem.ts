// src/checks/problem.ts: the one shape every build check reports, printed so terminals and editors link it.

export interface Problem {
  /** A source file (content/x.mdx) or a built page (dist/x/index.html). */
  file: string;
  line?: number;
  column?: number;
  message: string;
  fix?: string;
}

export const formatProblem = ({ file, line, column, message, fix }: Problem) =>
  `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}  ${message}${fix ? `\n    fix: ${fix}` : ''}`;
