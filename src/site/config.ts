// src/site/config.ts: the few values that identify this deployment. Change the repository here and every
// "Edit this page" link follows.

/** Public address the site is deployed at; canonical links and the sitemap use it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://gpconnect-portal.example.org';

/** The repository that holds this site's source, for "Edit this page" links. */
export const REPOSITORY_URL = process.env.REPOSITORY_URL ?? 'https://github.com/nhs-gpconnect/developer-portal';

/** Where the content folder lives in that repository, relative to its root. */
export const EDIT_BASE = `${REPOSITORY_URL}/edit/main/`;

/**
 * The folder the docs collection reads. Tests point it at a scratch folder (for example the importer's output)
 * to build that content with this frame.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/**
 * Astro's cache for builds of another content folder (the bench, the build tests). Its content store keeps an
 * unchanged page's file path from the build that stored it, so a copy of content/ built into the shared cache left
 * the next `npm run build` with an empty sidebar: the entries still pointed at the copy.
 */
export const ASTRO_CACHE_DIR = process.env.CONTENT_DIR ? './node_modules/.astro/other-content/' : undefined;

/** Port the local sandbox server listens on by default (`SANDBOX_PORT` overrides it, e.g. for parallel test runs). */
export const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4010);

/** Port `npm start` and the browser tests serve the built site on (`SITE_PORT` overrides it). */
export const SITE_PORT = Number(process.env.SITE_PORT ?? 4321);

/** Where every site build puts the single-file sandbox server (src/site/integrations/sandbox-download.ts). */
export const SANDBOX_DOWNLOAD_PATH = '/downloads/sandbox.mjs';

/** Where the Atom feed of the release notes is served (src/pages/releases.xml.ts). */
export const RELEASE_FEED_PATH = '/releases.xml';
