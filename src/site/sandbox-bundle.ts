// src/site/sandbox-bundle.ts: the sandbox server as one file (`sandbox.mjs`) that runs on Node 20 or later with
// nothing installed. It bundles the server's own command line (scripts/sandbox-server.ts), so the download takes
// exactly the flags `npm run sandbox` takes.
import { build } from 'esbuild';

/** The oldest Node the download is compiled for (it uses fetch, Web streams and node:util parseArgs). */
export const SANDBOX_BUNDLE_TARGET = 'node20';

export const SANDBOX_SERVER_ENTRY = new URL('../../scripts/sandbox-server.ts', import.meta.url).pathname;

/** Writes the bundle to `outFile` and returns its size in bytes. */
export async function buildSandboxBundle(outFile: string): Promise<number> {
  const result = await build({
    entryPoints: [SANDBOX_SERVER_ENTRY],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: SANDBOX_BUNDLE_TARGET,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    banner: {
      js: [
        '#!/usr/bin/env node',
        '// GP Connect sandbox server in one file (the flags are those of `npm run sandbox`; the Sandbox page of',
        '// the GP Connect developer portal lists them). Run: node sandbox.mjs --port 4010',
      ].join('\n'),
    },
  });
  return Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
}
