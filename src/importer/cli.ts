// src/importer/cli.ts: reads the command line of `npm run import` into ImportOptions, with the defaults the
// portal's layout implies.
import { resolve, relative, join, isAbsolute } from 'node:path';
import { CONTENT_DIR } from '../site/config.ts';
import type { ImportOptions } from './types.ts';

export const USAGE = `Usage: npm run import -- <site-dir | page.md ...> [options]

  --out <dir>           where the MDX pages go (default content/imported)
  --public <dir>        where images are copied, under images/imported/ (default public)
  --glossary <file>     glossary to merge _data/glossary.yml into (default: glossary.yaml of the content
                        folder when --out is inside it, otherwise <out>/glossary.yaml)
  --content-root <dir>  folder the portal builds pages from, for new page paths (default: the content folder
                        when --out is inside it, otherwise <out>)
  --dry-run             convert and check everything, write nothing
  --check               first build the portal with the imported pages in a scratch folder; write nothing
                        if the build fails (with --dry-run: build, then write nothing either way)
  --force               overwrite pages edited by hand since the last import
`;

export function parseArguments(argv: string[]): ImportOptions | { error: string } {
  const inputs: string[] = [];
  const values: Record<string, string> = {};
  let dryRun = false;
  let force = false;
  let check = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--force') force = true;
    else if (arg === '--check') check = true;
    else if (['--out', '--public', '--glossary', '--content-root'].includes(arg)) {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value` };
      values[arg.slice(2)] = value;
      i += 1;
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else inputs.push(arg);
  }
  if (!inputs.length) return { error: 'name a Jekyll site folder or the Markdown files to import' };
  const out = resolve(values.out ?? join(CONTENT_DIR, 'imported'));
  const content = resolve(CONTENT_DIR);
  const inContent = !relative(content, out).startsWith('..') && !isAbsolute(relative(content, out));
  const contentRoot = resolve(values['content-root'] ?? (inContent ? content : out));
  return {
    inputs,
    out,
    publicDir: resolve(values.public ?? 'public'),
    glossaryFile: resolve(values.glossary ?? join(contentRoot, 'glossary.yaml')),
    contentRoot,
    dryRun,
    force,
    check,
  };
}
