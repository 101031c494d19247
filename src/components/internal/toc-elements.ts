// Starlight's two tables of contents (the sidebar one and the mobile drop-down) under element names of our own, so
// that ours can extend Starlight's elements (headings-toc.ts) while Starlight still defines its own names. Nothing
// else changes: the markup, scoped styles and scripts stay Starlight's.

/** Starlight's element name → ours. */
export const TOC_ELEMENTS = {
  'starlight-toc': 'page-toc',
  'mobile-starlight-toc': 'mobile-page-toc',
} as const;

type StarlightTocElement = keyof typeof TOC_ELEMENTS;

const TOC_TAG = /<(\/?)(mobile-starlight-toc|starlight-toc)(?=[\s>])/g;

/** The HTML with each table of contents' opening and closing tag renamed; everything else as it was. */
export function renameTocElements(html: string): string {
  return html.replace(
    TOC_TAG,
    (_tag, slash: string, name: string) => `<${slash}${TOC_ELEMENTS[name as StarlightTocElement]}`,
  );
}
