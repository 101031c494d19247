// scripts/build-sandbox-bundle.ts (`npm run build:sandbox -- [--out file]`): writes the single-file sandbox server
// without building the site (the site build writes the same file to dist/downloads/sandbox.mjs).
import { parseArgs } from 'node:util';
import { buildSandboxBundle } from '../src/site/sandbox-bundle.ts';

const { out } = parseArgs({ options: { out: { type: 'string', default: 'dist/downloads/sandbox.mjs' } } }).values;
const bytes = await buildSandboxBundle(out);
console.log(`${out}: ${Math.round(bytes / 1024)} KB. Run it with: node ${out} --port 4010`);
