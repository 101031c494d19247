// src/checks/page-weight.ts: the gzip bytes of JavaScript and CSS a built page loads before any interaction.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Problem } from './problem.ts';

export const BUDGET = {
  /** A content page: every script file and inline script, before any interaction. */
  contentJs: 8 * 1024,
  contentCss: 20 * 1024,
  /** What a page with a try-it widget adds for the widget before the first send. */
  widgetJs: 35 * 1024,
};

export interface PageWeight {
  page: string;
  /** Script files in the static import graph plus inline scripts. */
  js: number;
  /** What the page's islands load before any interaction: Astro's island runtime and their component graphs. */
  islandJs: number;
  css: number;
  /** Stylesheets the page links rather than inlines: each holds back the first paint for a round trip. */
  stylesheetLinks: string[];
  html: number;
  hasIsland: boolean;
}

const gzipSize = (text: string | Buffer) => (text.length ? gzipSync(text, { level: 9 }).length : 0);

/** Static `import … from "x"` and `import "x"` of a module; dynamic `import("x")` is loaded later, so it is left out. */
const staticImports = (code: string) =>
  [...code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map((match) => (match[1] ?? match[2])!);

/** Sums the gzip size of each module reachable from `entries` through static imports, each counted once. */
function moduleGraphSize(distDir: string, entries: string[], seen: Set<string>): number {
  let total = 0;
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    total += gzipSize(code);
    for (const specifier of staticImports(code)) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        queue.push(specifier.startsWith('/') ? join(distDir, specifier) : resolve(dirname(file), specifier));
      }
    }
  }
  return total;
}

const localFile = (distDir: string, url: string | undefined) =>
  url && url.startsWith('/') && !url.startsWith('//') ? join(distDir, url.split(/[?#]/)[0]!) : undefined;

export function measurePage(distDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const root = parse(html);
  const seen = new Set<string>();
  const scripts = root.querySelectorAll('script').filter((script) => !/json/.test(script.getAttribute('type') ?? ''));
  const inlineScripts = scripts.filter((script) => !script.getAttribute('src')).map((script) => script.textContent);
  // Astro's island runtime (the astro-island element and its client:* directives) is inlined only on pages with an
  // island, so it counts as the widget's weight, not the page's.
  const isIslandRuntime = (code: string) => /astro-island|\(self\.Astro\|\|\(self\.Astro=\{\}\)\)/.test(code);
  const inline = inlineScripts.filter((code) => !isIslandRuntime(code)).join('\n');
  const islandRuntime = inlineScripts.filter(isIslandRuntime).join('\n');
  const files = scripts
    .map((script) => localFile(distDir, script.getAttribute('src')))
    .filter((file) => file !== undefined);
  const js = gzipSize(inline) + moduleGraphSize(distDir, files, seen);
  const islands = root.querySelectorAll('astro-island');
  const islandFiles = islands
    .flatMap((island) => [island.getAttribute('component-url'), island.getAttribute('renderer-url')])
    .map((url) => localFile(distDir, url))
    .filter((file) => file !== undefined);
  const islandJs = gzipSize(islandRuntime) + moduleGraphSize(distDir, islandFiles, seen);
  const styles = root
    .querySelectorAll('style')
    .map((style) => style.textContent)
    .join('\n');
  const stylesheetLinks = root
    .querySelectorAll('link[rel="stylesheet"]')
    .filter((link) => link.getAttribute('media') !== 'print')
    .map((link) => link.getAttribute('href') ?? '');
  const sheets = stylesheetLinks.map((href) => localFile(distDir, href)).filter((file) => file !== undefined);
  const css = gzipSize(styles) + sheets.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
  const page = relative(distDir, htmlFile);
  return { page, js, islandJs, css, stylesheetLinks, html: gzipSize(html), hasIsland: islands.length > 0 };
}

export function checkPageWeight(weights: PageWeight[]): Problem[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return weights.flatMap((weight): Problem[] => {
    const problems: Problem[] = [];
    const file = `dist/${weight.page}`;
    if (weight.js > BUDGET.contentJs) {
      problems.push({
        file,
        message: `loads ${kb(weight.js)} gzip of JavaScript before any interaction; the budget is ${kb(BUDGET.contentJs)}`,
        fix: 'load it on demand (dynamic import or a client:visible island), or remove it',
      });
    }
    if (weight.css > BUDGET.contentCss) {
      problems.push({
        file,
        message: `loads ${kb(weight.css)} gzip of CSS; the budget is ${kb(BUDGET.contentCss)}`,
        fix: 'move page-specific styles into the component that needs them',
      });
    }
    if (weight.stylesheetLinks.length) {
      problems.push({
        file,
        message: `links ${weight.stylesheetLinks.join(', ')} instead of inlining it, which holds back the first paint`,
        fix: 'the site inlines every stylesheet (build.inlineStylesheets in astro.config.mjs, and the code-block styles in src/overrides/MarkdownContent.astro): find what linked this one',
      });
    }
    if (weight.islandJs > BUDGET.widgetJs) {
      problems.push({
        file,
        message: `its widgets load ${kb(weight.islandJs)} gzip of JavaScript before the first send; the budget is ${kb(BUDGET.widgetJs)}`,
        fix: 'import what the first send needs (the sandbox, Shiki) dynamically',
      });
    }
    return problems;
  });
}
