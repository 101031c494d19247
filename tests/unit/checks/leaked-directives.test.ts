import { describe, expect, test } from 'vitest';
import { checkLeakedDirectives } from '../../../src/checks/leaked-directives.ts';

const pages: Record<string, string> = {
  'dist/leaked/index.html': '<div class="expressive-code"><style set:html="@layer x{}"></style><p set:text="a">',
  'dist/clean/index.html':
    '<style>@layer x{}</style><svg><use xlink:href="#i"/></svg><code>&lt;style set:html="x"&gt;</code><html xml:lang="en">',
};
const check = () => checkLeakedDirectives(Object.keys(pages), (page) => pages[page] as string);

describe('the leaked-directive check over built pages', () => {
  test('names the page and each directive written out as an attribute', () => {
    expect(check().map((p) => `${p.file}: ${p.message}`)).toEqual([
      'dist/leaked/index.html: the built HTML has an Astro directive as an attribute, <style set:html>, so what it carried was not rendered',
      'dist/leaked/index.html: the built HTML has an Astro directive as an attribute, <p set:text>, so what it carried was not rendered',
    ]);
  });

  test('passes namespaced attributes and directives shown as escaped text in a code sample', () => {
    expect(check().filter((p) => p.file === 'dist/clean/index.html')).toEqual([]);
  });
});
