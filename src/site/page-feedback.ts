// src/site/page-feedback.ts: the prefilled "new issue" address behind a page's "No" and "Report a problem" links.
// Feedback is only ever an issue the reader chooses to file: nothing is sent or stored by the page itself.

export interface FeedbackTarget {
  /** The repository's web address (src/site/config.ts REPOSITORY_URL). */
  repositoryUrl: string;
  /** The page's absolute URL. */
  pageUrl: string;
  pageTitle: string;
  /** The heading the reader was looking at, or the page as a whole. */
  section?: string;
}

const sectionLine = (section: string) => `Section: ${section}`;
const DEFAULT_SECTION = 'the whole page';

/**
 * The default section line as it stands in the issue address (URLSearchParams encoding), so the page script can swap
 * it for the heading the reader followed with one string replacement and no URL parsing.
 */
export const DEFAULT_SECTION_TOKEN = new URLSearchParams({ s: sectionLine(DEFAULT_SECTION) }).toString().slice(2);

/** The issue body: where the problem is, then the questions the reader answers. */
export function issueBody(target: FeedbackTarget): string {
  return [
    `Page: ${target.pageUrl}`,
    sectionLine(target.section ?? DEFAULT_SECTION),
    '',
    '### What is wrong or missing?',
    '',
    '<!-- For example: a step that does not work, an error in an example, a term that is not explained. -->',
    '',
    '### What did you expect to find?',
    '',
  ].join('\n');
}

/** GitHub's new-issue form with the title and body filled in (`/issues/new?title=…&body=…`). */
export function newIssueUrl(target: FeedbackTarget): string {
  const url = new URL(`${target.repositoryUrl.replace(/\/$/, '')}/issues/new`);
  url.searchParams.set('title', `Docs feedback: ${target.pageTitle}`);
  url.searchParams.set('body', issueBody(target));
  return url.href;
}
