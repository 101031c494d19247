// src/checks/import-cycles.ts: the import graph of a source folder and the cycles in it. A cycle means two modules
// each need the other, so neither can be read, tested or moved alone (the capability list once caused one).
// The TypeScript compiler reads the imports and resolves them the way `astro check` does (tsconfig paths, `.ts`
// extensions, index files); `.astro` files contribute the imports of their frontmatter.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|astro)$/;

/** The compiler options of the project's tsconfig.json, which resolution needs for the `~/` alias. */
function readCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const { config } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(tsconfigPath)).options;
}

/** The script part of a file: all of a `.ts`/`.tsx` file, the frontmatter between the `---` fences of `.astro`. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/** Resolves one import to a source file, or undefined for a package or a non-source asset. */
function resolveImport(specifier: string, from: string, options: ts.CompilerOptions): string | undefined {
  if (specifier.endsWith('.astro')) return resolveAstroImport(specifier, from, options);
  const resolved = ts.resolveModuleName(specifier, from, options, ts.sys).resolvedModule;
  if (!resolved || resolved.isExternalLibraryImport) return undefined;
  return SOURCE.test(resolved.resolvedFileName) ? resolve(resolved.resolvedFileName) : undefined;
}

/** The compiler knows nothing of `.astro` modules: a relative one is a path, an aliased one goes through `paths`. */
function resolveAstroImport(specifier: string, from: string, options: ts.CompilerOptions): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  // parseJsonConfigFileContent records the folder `paths` are relative to as pathsBasePath.
  const base = String(options.pathsBasePath ?? '.');
  for (const [pattern, [target] = []] of Object.entries(options.paths ?? {})) {
    const prefix = pattern.replace(/\*$/, '');
    if (target && pattern.endsWith('*') && specifier.startsWith(prefix))
      return resolve(base, target.replace('*', specifier.slice(prefix.length)));
  }
  return undefined;
}

/**
 * Each source file below `root` with the project files it imports (static, dynamic and type-only imports alike),
 * as paths relative to the working directory.
 */
export function readImportGraph(root: string, tsconfigPath = 'tsconfig.json'): Map<string, string[]> {
  const options = readCompilerOptions(resolve(tsconfigPath));
  const files = ts.sys.readDirectory(root, ['.ts', '.tsx', '.astro']).map((file) => resolve(file));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(scriptOf(file), true, true);
    const targets = importedFiles
      .map(({ fileName }) => resolveImport(fileName, file, options))
      .filter((target): target is string => target !== undefined)
      .map((target) => relative(process.cwd(), target));
    graph.set(relative(process.cwd(), file), [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle, each once, as the list of files around it (`a → b → a` is `[a, b]`). Tarjan's strongly connected
 * components: a component of more than one file, or a file importing itself, holds at least one cycle; the cycle
 * reported is a shortest path back to its first file, enough to say which import to cut.
 */
export function findImportCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) components.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return components.map((component) => shortestCycle(graph, component[0]!, new Set(component)));
}

/** A shortest path from `start` back to itself inside one component (breadth first). */
function shortestCycle(graph: Map<string, string[]>, start: string, within: Set<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!within.has(next)) continue;
      if (next === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start];
}
