// src/feed/release-entries.ts: one feed entry per release of src/spec/releases.ts, with its section of the notes.
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { releases, type Release } from '../spec/releases.ts';
import { listContentPages } from '../markdown/content-pages.ts';
import { loadGlossary } from '../site/glossary.ts';
import type { FeedEntry } from './atom.ts';
import { readReleaseSection } from './release-sections.ts';

/** The day of the newest commit that touched `file` (YYYY-MM-DD), or undefined outside a git checkout. */
function lastCommitDay(file: string): string | undefined {
  const log = spawnSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' });
  return log.status === 0 && log.stdout.trim() ? log.stdout.trim() : undefined;
}

/**
 * Feed entries for `list`. A release whose notes page is not in this content folder (a build of other content, such
 * as the importer's) gets an entry without content; a notes page without the heading a release names fails.
 */
export function readReleaseEntries(contentDir: string, list: readonly Release[] = releases): FeedEntry[] {
  const files = new Map(listContentPages(contentDir).map((page) => [page.route, page.file]));
  const glossary = loadGlossary();
  const termWord = (id: string) => glossary.get(id)?.term ?? id;
  // An undated release (1.6.2-beta's note has a placeholder date) is as new as its page's last change; without
  // git history, as the newest dated release, so the feed stays the same from build to build either way.
  const newestDay = list
    .map((release) => release.date ?? '')
    .sort()
    .at(-1)!;
  return list.map((release) => {
    const [route, anchor] = release.notes.split('#') as [string, string | undefined];
    const file = files.get(route);
    if (!file) return { release, day: release.date ?? newestDay };
    const section = readReleaseSection(file, relative(contentDir, file), anchor, termWord);
    if (!section)
      throw new Error(`${file}: no heading with the anchor #${anchor} that ${release.version}'s notes point at`);
    return { release, html: section, day: release.date ?? lastCommitDay(file) ?? newestDay };
  });
}
