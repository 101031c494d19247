// src/importer/links.ts: the permalink map (old `page.html` → new path) and the rewriting of links that use it.
import type { ImportNote } from './types.ts';
import type { ProtectedText } from './protected-text.ts';

/** A link to another page of the old site: `page.html`, `/page.html`, `./page.html#anchor`. */
const PAGE_LINK = /^(?:\.{0,2}\/)*([A-Za-z0-9_.-]+\.html)(#.*)?$/;

export interface LinkTargets {
  /** Old permalink → new site path. */
  permalinks: Map<string, string>;
  /** Permalinks of pages skipped as `published: false`. */
  unpublished: Set<string>;
  /** `permalinkKey` of each page's permalink and of its file name → new site path, for links that miss by case or `-`/`_`. */
  aliases?: Map<string, string>;
  /** Targets already reported as unknown, so each is reported once per run. */
  reported?: Set<string>;
}

/** The form two spellings of one page name share: `Observation_TestResult.html` and `observation-testresult.html`. */
export const permalinkKey = (name: string) => name.toLowerCase().replace(/[-_.]/g, '');

/** The new href for `href`; links that are not to an old page, or to an unknown one, stay as written. */
export function resolveHref(href: string, line: number, targets: LinkTargets, notes: ImportNote[]): string {
  const match = PAGE_LINK.exec(href.trim());
  if (!match) return href;
  const path = targets.permalinks.get(match[1]!) ?? targets.aliases?.get(permalinkKey(match[1]!));
  if (path) return path + (match[2] ?? '');
  if (targets.reported?.has(match[1]!)) return href;
  targets.reported?.add(match[1]!);
  const why = targets.unpublished.has(match[1]!) ? 'that page is not published' : 'no imported page has this permalink';
  notes.push({
    line,
    construct: `link to ${href}`,
    message: `${why}; link left as written (reported once, at its first use)`,
  });
  return href;
}

/** `[text](url "title")` and `![alt](src)` where the URL is a single token. Text may hold one level of brackets. */
const INLINE_LINK =
  /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]+)((?:\s+(?:"[^"\n]*"|'[^'\n]*'))?)\s*\)/g;
const REFERENCE = /^( {0,3}\[[^\]\n]+\]:[ \t]*)(\S+)/gm;

/**
 * Rewrites the targets of Markdown links and images with `resolveLink` / `resolveImage`; the rewritten
 * `(target)` part becomes a placeholder so later stages leave the URL alone.
 */
export function rewriteMarkdownLinks(
  input: string,
  text: ProtectedText,
  resolveLink: (href: string, line: number) => string,
  resolveImage: (src: string, line: number) => string,
): string {
  const rewriteImages = (source: string, base: number): string =>
    source.replace(INLINE_LINK, (whole, bang: string, label: string, url: string, title: string, offset: number) => {
      // An image inside a link's text (`[![icon](a.png) Name](page.html)`) is rewritten too.
      if (!bang) return whole.replace(label, rewriteImages(label, base + offset + 1));
      const src = resolveImage(text.restore(url.replace(/^<|>$/g, '')), text.lineAt(input, base + offset));
      return `![${label}]${text.protect(`(${src}${title})`, whole.slice(whole.lastIndexOf('](') + 1))}`;
    });
  const images = rewriteImages(input, 0);
  const links = images.replace(
    INLINE_LINK,
    (whole, bang: string, label: string, url: string, title: string, offset: number) => {
      if (bang) return whole;
      const href = resolveLink(text.restore(url.replace(/^<|>$/g, '')), text.lineAt(images, offset));
      return `[${label}]${text.protect(`(${href}${title})`, whole.slice(whole.lastIndexOf('](') + 1))}`;
    },
  );
  return links.replace(
    REFERENCE,
    (_whole, lead: string, url: string, offset: number) =>
      `${lead}${text.protect(resolveLink(text.restore(url), text.lineAt(links, offset)), url)}`,
  );
}
