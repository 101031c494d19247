// src/markdown-plugins/scrollable-tables.ts: wraps each Markdown table in a named, focusable region that scrolls
// sideways on a narrow screen, the way <TableScroller> does for component tables (WCAG 2.1.1).
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const textOf = (node: HastNode): string =>
  node.type === 'text' ? String((node as { value?: string }).value ?? '') : (node.children ?? []).map(textOf).join('');

/** Names the region after the table's column headings, which is what a screen reader user needs to choose it. */
function labelOf(table: HastNode): string {
  const find = (node: HastNode, tag: string): HastNode | undefined =>
    node.tagName === tag ? node : node.children?.map((child) => find(child, tag)).find(Boolean);
  const headerRow = find(table, 'tr');
  const headings = (headerRow?.children ?? []).filter((cell) => cell.tagName === 'th').map((cell) => textOf(cell).trim());
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

function wrapTables(node: HastNode) {
  node.children = node.children?.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') {
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroller'], role: 'region', tabIndex: 0, ariaLabel: labelOf(child) },
        children: [child],
      };
    }
    wrapTables(child);
    return child;
  });
}

export const rehypeScrollableTables = () => (tree: HastNode) => wrapTables(tree);
