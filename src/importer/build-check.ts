// src/importer/build-check.ts: `--check`: imports into a scratch copy of the content folder and builds the portal
// from it (CONTENT_DIR), so a person learns about a page that breaks the build before anything is written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, isAbsolute } from 'node:path';
import { importJekyll } from './index.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const REPOSITORY = join(import.meta.dirname, '../..');

export interface BuildCheck {
  result: ImportResult;
  built: boolean;
  /** Pages in the built site. */
  pages: number;
  seconds: number;
  /** The build's last lines when it failed: the error and the file it names. */
  log: string;
}

/** Runs the whole import into a scratch folder, then `astro build` over it; writes nothing of the user's. */
export async function checkBuild(options: ImportOptions): Promise<BuildCheck> {
  const scratch = mkdtempSync(join(tmpdir(), 'import-check-'));
  try {
    const content = join(scratch, 'content');
    if (existsSync(options.contentRoot)) cpSync(options.contentRoot, content, { recursive: true });
    const inside = (file: string) => {
      const path = relative(options.contentRoot, file);
      return path.startsWith('..') || isAbsolute(path)
        ? join(scratch, 'outside', path.replace(/^(\.\.[\\/])+/, ''))
        : join(content, path);
    };
    if (existsSync(options.glossaryFile)) cpSync(options.glossaryFile, inside(options.glossaryFile));
    const result = await importJekyll({
      ...options,
      out: inside(options.out),
      glossaryFile: inside(options.glossaryFile),
      contentRoot: content,
      publicDir: join(scratch, 'public'),
      dryRun: false,
    });
    const dist = join(scratch, 'dist');
    const started = performance.now();
    // node_modules/.bin holds the Node the project pins; astro needs it, whatever Node runs this script.
    const build = spawnSync(join(REPOSITORY, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
      cwd: REPOSITORY,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        PATH: `${join(REPOSITORY, 'node_modules/.bin')}:${process.env.PATH}`,
      },
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const log = `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    return {
      result,
      built: build.status === 0,
      pages: existsSync(dist) ? globSync(`${dist}/**/index.html`).length : 0,
      seconds: Math.round(seconds * 10) / 10,
      log: build.status === 0 ? '' : log,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
