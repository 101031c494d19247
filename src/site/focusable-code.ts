// src/site/focusable-code.ts: makes every code block's scrolling <pre> reachable by keyboard, so a reader
// who cannot use a mouse can scroll a long line into view (WCAG 2.1.1; axe's scrollable-region-focusable).
import { definePlugin } from '@astrojs/starlight/expressive-code';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function visitPre(node: HastNode, title: string) {
  if (node.type === 'element' && node.tagName === 'pre') {
    // A focusable element needs a role and a name: "group" with the block's title, not a landmark per block.
    node.properties = { ...node.properties, tabIndex: 0, role: 'group', ariaLabel: title };
    return;
  }
  node.children?.forEach((child) => visitPre(child, title));
}

export const pluginFocusableCode = () =>
  definePlugin({
    name: 'focusable-code',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const title = codeBlock.props.title || `${codeBlock.language || 'text'} code`;
        visitPre(renderData.blockAst as HastNode, title);
      },
    },
  });
