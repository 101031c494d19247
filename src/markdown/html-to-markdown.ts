// src/markdown/html-to-markdown.ts: one built page's article as GitHub-flavoured Markdown, headed by its title and
// description from the MDX front matter.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { rewriteComponents } from './rewrite-components.ts';

/** Where Starlight puts the rendered MDX body; the title, breadcrumbs and page chrome sit outside it. */
const CONTENT_SELECTOR = '.sl-markdown-content';

/**
 * Elements that are for the browser only, cut out whole: no `</style>` or `</script>` can occur inside one, and an
 * SVG nested in an SVG (never rendered here) would only leave a stray end tag, which the parser ignores.
 */
const BROWSER_ONLY_TEXT = /<(style|script|svg)\b[^>]*>[\s\S]*?<\/\1>/g;

export interface MarkdownPage {
  title: string;
  description?: string;
  /** Absolute URL of the HTML page. */
  url: string;
}

export class MissingContentError extends Error {
  constructor(url: string) {
    super(`${url}: the built page has no ${CONTENT_SELECTOR} element, so there is no article to convert`);
    this.name = 'MissingContentError';
  }
}

/** The article of a built page as Markdown, without the title. */
export function articleToMarkdown(html: string, pageUrl: string): string {
  // Parsing from the article's opening tag skips the head and the navigation, half of a typical page's bytes; the
  // styles and scripts would be dropped after parsing, and the code-block stylesheet alone is 18 KB of each page.
  const start = html.lastIndexOf('<div', html.indexOf('class="sl-markdown-content"'));
  const article = (start < 0 ? html : html.slice(start)).replace(BROWSER_ONLY_TEXT, '');
  const content = select(CONTENT_SELECTOR, fromHtml(article, { fragment: true }));
  if (!content) throw new MissingContentError(pageUrl);
  rewriteComponents(content, { pageUrl });
  const root: Root = { type: 'root', children: content.children };
  return toMarkdown(toMdast(root), {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    fences: true,
    rule: '-',
  }).trim();
}

/** The whole Markdown document of a page: title, description, the source page's address, then the article. */
export function pageToMarkdown(html: string, page: MarkdownPage): string {
  const head = [`# ${page.title}`, ...(page.description ? [`> ${page.description}`] : []), `Source: <${page.url}>`];
  const article = articleToMarkdown(html, page.url);
  return `${[...head, ...(article ? [article] : [])].join('\n\n')}\n`;
}
