// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { ASTRO_CACHE_DIR, SITE_URL, EDIT_BASE } from './src/site/config.ts';
import { sidebar } from './src/site/sidebar.ts';
import { sandboxDownload } from './src/site/integrations/sandbox-download.ts';
import { contentChecks } from './src/site/integrations/content-checks.ts';
import { markdownPages } from './src/site/integrations/markdown-pages.ts';
import { directComponentImports } from './src/components/internal/direct-component-imports.ts';

// Shared by Starlight and the Markdown twins' /llms.txt.
const title = 'GP Connect developer portal';
const description =
  'Build GP Connect consumers and providers: the FHIR STU3 APIs, the Spine integration flow and a live sandbox.';

export default defineConfig({
  site: SITE_URL,
  ...(ASTRO_CACHE_DIR ? { cacheDir: ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  // Every stylesheet inline: a separate sheet blocks the first paint for a round trip on a new connection (about
  // 300 ms on Lighthouse's mobile profile), more than its ~16 KB gzip costs inside the HTML.
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [
      directComponentImports([
        { specifier: '~/components', file: fileURLToPath(new URL('./src/components/index.ts', import.meta.url)) },
        {
          specifier: '@astrojs/starlight/components',
          file: fileURLToPath(import.meta.resolve('@astrojs/starlight/components')),
        },
      ]),
    ],
  },
  integrations: [
    contentChecks(),
    starlight({
      title,
      description,
      // content/404.mdx is the not-found page: rendered by the docs route like any other page (to dist/404.html),
      // instead of by Starlight's own 404 route, which rendered the same entry and left the build warning that
      // the two routes clash.
      disable404Route: true,
      logo: { src: './src/assets/nhs-logo.svg', alt: 'NHS' },
      favicon: '/favicon.svg',
      editLink: { baseUrl: EDIT_BASE },
      lastUpdated: true,
      routeMiddleware: './src/site/last-updated.ts',
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      customCss: ['./src/styles/nhs-theme.css'],
      components: {
        Head: './src/overrides/Head.astro',
        Search: './src/overrides/Search.astro',
        PageTitle: './src/overrides/PageTitle.astro',
        Footer: './src/overrides/Footer.astro',
        PageSidebar: './src/overrides/PageSidebar.astro',
        MarkdownContent: './src/overrides/MarkdownContent.astro',
      },
      // Code blocks link Expressive Code's stylesheet (its default), so the content cache stays small;
      // src/overrides/MarkdownContent.astro writes it back inline, for the same reason as build.inlineStylesheets.
      pagefind: { ranking: { termFrequency: 0.4, pageLength: 0.3, termSimilarity: 1, metaWeights: { title: 4 } } },
      sidebar,
    }),
    preact(),
    // MDX as Starlight sets it up (optimized), after Starlight (its Expressive Code must come first), with <style>
    // kept out of the optimiser's static HTML: Astro's MDX turns a style's text into a set:html directive, which the
    // optimiser wrote out as an attribute, so Expressive Code's inline stylesheet never applied.
    mdx({ optimize: { ignoreElementNames: ['style'] } }),
    sandboxDownload(),
    markdownPages({ title, description }),
  ],
});
