// src/site/inline-stylesheet.ts: replaces a stylesheet <link> in rendered HTML with a <style> holding the sheet.

export interface Stylesheet {
  /** The link's href, exactly as the page writes it. */
  href: string;
  css: string;
}

const EC_LINK = /<link rel="stylesheet" href="([^"]*\/ec\.[^"/]*\.css)">/g;

/**
 * Every Expressive Code stylesheet link in `html` becomes `<style>` with the sheet. A link to any other `ec.*.css`
 * means the page was rendered with a different code-block configuration than the sheet came from: an error, so
 * that no page ships unstyled code blocks.
 */
export function inlineStylesheet(html: string, sheet: Stylesheet): string {
  return html.replace(EC_LINK, (_link, href: string) => {
    if (href !== sheet.href)
      throw new Error(`Code blocks link ${href}, but the code-block stylesheet to inline is ${sheet.href}`);
    return `<style>${sheet.css}</style>`;
  });
}
