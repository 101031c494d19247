// Share links: the page URL with one widget's edited request in the fragment (#tryit-<widget>=<base64url JSON>).
// The fragment never reaches a server, and opening the link restores the request in that widget.
import { interactions } from '../../spec/interactions.ts';
import { decodeBase64Url, encodeBase64Url } from '../../consumer/jwt.ts';
import type { RequestDraft } from '../request/draft.ts';

const PREFIX = 'tryit-';

/** The page URL that reopens this draft in the widget with this id. */
export function buildShareUrl(pageUrl: string, widgetId: string, draft: RequestDraft): string {
  const url = new URL(pageUrl);
  url.hash = `${PREFIX}${widgetId}=${encodeBase64Url(JSON.stringify(draft))}`;
  return url.toString();
}

/** The draft a fragment carries for this widget, or undefined when it carries none or it cannot be read. */
export function readShareFragment(hash: string, widgetId: string): RequestDraft | undefined {
  const marker = `#${PREFIX}${widgetId}=`;
  if (!hash.startsWith(marker)) return undefined;
  try {
    const draft = JSON.parse(decodeBase64Url(hash.slice(marker.length))) as RequestDraft;
    const looksRight =
      typeof draft === 'object' &&
      draft !== null &&
      Object.hasOwn(interactions, draft.interaction) &&
      typeof draft.path === 'string' &&
      typeof draft.token === 'string' &&
      Array.isArray(draft.headers) &&
      Array.isArray(draft.query);
    return looksRight ? draft : undefined;
  } catch {
    return undefined;
  }
}
