// src/site/integrations/sandbox-download.ts: every site build ships the single-file sandbox server at
// /downloads/sandbox.mjs, so the Sandbox and try-it pages can offer it without a clone of this repository.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { SANDBOX_DOWNLOAD_PATH } from '../config.ts';
import { buildSandboxBundle } from '../sandbox-bundle.ts';

export function sandboxDownload(): AstroIntegration {
  return {
    name: 'gpconnect:sandbox-download',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outFile = fileURLToPath(new URL(`.${SANDBOX_DOWNLOAD_PATH}`, dir));
        const bytes = await buildSandboxBundle(outFile);
        logger.info(`${SANDBOX_DOWNLOAD_PATH} (${Math.round(bytes / 1024)} KB): the sandbox server in one file`);
      },
    },
  };
}
