import { describe, expect, it } from 'vitest';
import { renameTocElements } from '../../../../src/components/internal/toc-elements.ts';

describe('renameTocElements', () => {
  it('renames the opening and closing tags of both tables of contents and nothing else', () => {
    const html =
      '<div class="lg:sl-hidden"><mobile-starlight-toc data-min-h="2" class="astro-x"><nav></nav></mobile-starlight-toc></div>' +
      '<starlight-toc data-min-h="2"><nav><p>starlight-toc is an element</p></nav></starlight-toc>';
    expect(renameTocElements(html)).toBe(
      '<div class="lg:sl-hidden"><mobile-page-toc data-min-h="2" class="astro-x"><nav></nav></mobile-page-toc></div>' +
        '<page-toc data-min-h="2"><nav><p>starlight-toc is an element</p></nav></page-toc>',
    );
  });

  it('leaves elements whose names only begin like a table of contents', () => {
    const html = '<starlight-toc-extra></starlight-toc-extra>';
    expect(renameTocElements(html)).toBe(html);
  });
});
