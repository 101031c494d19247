import { expect, test } from 'vitest';
import { inlineStylesheet } from '../../../src/site/inline-stylesheet.ts';

const sheet = { href: '/_astro/ec.abcde.css', css: '.expressive-code{margin:0}' };

test("puts the code-block stylesheet in place of Expressive Code's link, leaving the rest byte for byte", () => {
  const html =
    '<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.abcde.css"><script type="module" src="/_astro/ec.8zarh.js"></script><figure>…</figure></div>';
  expect(inlineStylesheet(html, sheet)).toBe(
    '<div class="expressive-code"><style>.expressive-code{margin:0}</style><script type="module" src="/_astro/ec.8zarh.js"></script><figure>…</figure></div>',
  );
});

test('leaves a page without code blocks, and other stylesheets, as they were', () => {
  const html = '<p>No code here.</p><link rel="stylesheet" href="/_astro/print.css">';
  expect(inlineStylesheet(html, sheet)).toBe(html);
});

test('keeps "$" sequences in the stylesheet as written', () => {
  const css = '.a::after{content:"$&$1"}';
  expect(inlineStylesheet('<link rel="stylesheet" href="/_astro/ec.abcde.css">', { ...sheet, css })).toBe(
    `<style>${css}</style>`,
  );
});

test('refuses a link to a different code-block stylesheet, rather than ship unstyled code blocks', () => {
  expect(() => inlineStylesheet('<link rel="stylesheet" href="/_astro/ec.zzzzz.css">', sheet)).toThrow(
    'Code blocks link /_astro/ec.zzzzz.css, but the code-block stylesheet to inline is /_astro/ec.abcde.css',
  );
});
