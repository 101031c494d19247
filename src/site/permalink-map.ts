// src/site/permalink-map.ts: old `*.html` addresses → the pages that now hold them.
import { ProblemError, type Problem } from '../checks/problem.ts';

export interface PermalinkSource {
  id: string;
  filePath?: string;
  title: string;
  permalink?: string;
  /** Drafts get no redirect in production: their page is not built. */
  draft?: boolean;
}

export interface Permalink {
  /** The old address, such as `overview_engage.html`. */
  from: string;
  /** The page's path on this site, such as `/overview/getting-started/`. */
  to: string;
  title: string;
}

/** The site path Starlight gives a docs entry. */
export const pathOf = (id: string) => (id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`);

/**
 * Builds the map, failing with every page pair that claims the same permalink, or a permalink that collides with
 * a real page's address.
 */
export function buildPermalinkMap(entries: PermalinkSource[], { includeDrafts = false } = {}): Permalink[] {
  const claimed = new Map<string, PermalinkSource>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.permalink || (entry.draft && !includeDrafts)) continue;
    const earlier = claimed.get(entry.permalink);
    if (earlier) {
      problems.push({
        file: entry.filePath ?? entry.id,
        message: `permalink "${entry.permalink}" is already claimed by ${earlier.filePath ?? earlier.id}`,
        fix: 'keep the permalink on the page that replaces the old one and remove it from the other',
      });
      continue;
    }
    claimed.set(entry.permalink, entry);
  }
  if (problems.length) throw new ProblemError(problems, { title: 'Duplicate permalinks' });
  return [...claimed].map(([from, entry]) => ({ from, to: pathOf(entry.id), title: entry.title }));
}
