// src/components/internal/direct-component-imports.ts: a Vite plugin that turns `import { TryIt, Term } from
// '~/components'` into one import per component used. Astro gives a page the styles of every component in its
// module graph, rendered or not, so a barrel import would load the try-it, SpineFlow and assurance styles (and
// Starlight's cards, tabs and file trees, through its own barrel) on every page. With direct imports a page carries
// only the styles of the components it uses. Authors keep writing the one import path.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import type { Plugin } from 'vite';

/** A barrel module: its import specifier and the file it resolves to. */
export interface Barrel {
  specifier: string;
  file: string;
}

const DEFAULT_REEXPORT = /export\s*\{\s*default\s+as\s+(\w+)\s*\}\s*from\s*['"]([^'"]+)['"]/g;
const NAMED_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*['"][^'"]+['"]$/;

/** The components a barrel re-exports as `export { default as Name } from './Name.astro'`: name → absolute path. */
export function readBarrel(file: string): Map<string, string> {
  const source = readFileSync(file, 'utf8');
  return new Map(
    [...source.matchAll(DEFAULT_REEXPORT)].map(([, name, path]) => [name!, resolve(dirname(file), path!)]),
  );
}

/**
 * The module's code with each named import from a barrel split into direct default imports, or undefined when it
 * has none. Names the barrel does not re-export as a default (say `Code` from Starlight) stay on the barrel import.
 */
export function rewriteBarrelImports(code: string, barrels: Map<string, Map<string, string>>): string | undefined {
  const [imports] = parse(code);
  let rewritten = '';
  let copiedTo = 0;
  for (const entry of imports) {
    const components = entry.n === undefined ? undefined : barrels.get(entry.n);
    const statement = code.slice(entry.ss, entry.se);
    const names = components && NAMED_IMPORT.exec(statement)?.[1];
    if (!components || names === undefined) continue;
    const direct: string[] = [];
    const kept: string[] = [];
    for (const binding of names
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [imported, local = imported] = binding.split(/\s+as\s+/) as [string, string?];
      const path = components.get(imported);
      if (path) direct.push(`import ${local} from ${JSON.stringify(path)};`);
      else kept.push(binding);
    }
    if (direct.length === 0) continue;
    if (kept.length > 0) direct.push(`import { ${kept.join(', ')} } from ${JSON.stringify(entry.n)};`);
    rewritten += code.slice(copiedTo, entry.ss) + direct.join(' ');
    // The lexer's statement end stops before a closing semicolon; the direct imports bring their own.
    copiedTo = code[entry.se] === ';' ? entry.se + 1 : entry.se;
  }
  return copiedTo === 0 ? undefined : rewritten + code.slice(copiedTo);
}

/** The plugin: rewrites compiled `.mdx` and `.astro` modules that import from one of `barrels`. */
export function directComponentImports(barrels: Barrel[]): Plugin {
  const components = new Map(barrels.map(({ specifier, file }) => [specifier, readBarrel(file)]));
  return {
    name: 'gpconnect:direct-component-imports',
    async buildStart() {
      await init;
    },
    async transform(code, id) {
      // Only the page or component module itself: its `?astro&type=style` parts import nothing.
      if (!/\.(mdx|astro)$/.test(id)) return undefined;
      await init;
      const rewritten = rewriteBarrelImports(code, components);
      return rewritten === undefined ? undefined : { code: rewritten, map: null };
    },
  };
}
