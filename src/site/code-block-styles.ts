// src/site/code-block-styles.ts: Expressive Code's stylesheet written back inline, on pages rendered from content
// whose code blocks link it. The build links it (`emitExternalStylesheet`, the default) so that the content cache
// holds a one-line <link> per page instead of the same 18 KB <style>, which every page then parsed again; the page
// still gets the styles inline, for the reason astro.config.mjs gives for build.inlineStylesheets.
/// <reference path="../../node_modules/astro-expressive-code/virtual.d.ts" />
import { astroConfig, ecConfigFileOptions, ecIntegrationOptions } from 'virtual:astro-expressive-code/config';
import { createAstroRenderer, mergeEcConfigOptions } from 'virtual:astro-expressive-code/api';
import preprocessEcConfig from 'virtual:astro-expressive-code/preprocess-config';
import { inlineStylesheet, type Stylesheet } from './inline-stylesheet.ts';

let stylesheet: Promise<Stylesheet> | undefined;

/** The stylesheet Expressive Code links, from a renderer made with the same configuration as the build's. */
function codeBlockStylesheet(): Promise<Stylesheet> {
  stylesheet ??= (async () => {
    const merged = mergeEcConfigOptions(ecIntegrationOptions, ecConfigFileOptions);
    const ecConfig = (await preprocessEcConfig({ ecConfig: merged, astroConfig })) || merged;
    const { hashedStyles } = await createAstroRenderer({ astroConfig, ecConfig });
    const [route, css] = hashedStyles[0] ?? [];
    if (!route || !css) throw new Error('Expressive Code made no external stylesheet to write back inline');
    return { href: `${astroConfig.base?.replace(/\/$/, '') ?? ''}${route}`, css };
  })();
  return stylesheet;
}

/** The page's HTML with Expressive Code's stylesheet link, if it has one, replaced by the stylesheet itself. */
export async function inlineCodeBlockStyles(html: string): Promise<string> {
  return html.includes('/ec.') ? inlineStylesheet(html, await codeBlockStylesheet()) : html;
}
