// src/site/last-updated.ts: "Last updated" from git for pages in content/. Starlight reads git history only
// under src/content/docs/, so this middleware supplies the date for our folder, from one `git log` per build.
import { spawnSync } from 'node:child_process';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { CONTENT_DIR } from './config.ts';

let newestCommitByFile: Map<string, Date> | undefined;

/** Newest commit date of every file under the content folder, keyed by path from the repository root. */
function readGitDates(): Map<string, Date> {
  const dates = new Map<string, Date>();
  const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--', CONTENT_DIR], {
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  if (log.status !== 0) return dates; // not a git checkout: pages simply show no date
  let current = new Date();
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) current = new Date(Number(line.slice(2)) * 1000);
    else if (line && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (route.lastUpdated || !route.entry.filePath) return;
  newestCommitByFile ??= readGitDates();
  route.lastUpdated = newestCommitByFile.get(route.entry.filePath.replace(/^\.\//, ''));
});
