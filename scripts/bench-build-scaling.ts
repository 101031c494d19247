// scripts/bench-build-scaling.ts (`npm run bench:build-scaling`): only the build-scaling part of `npm run bench`,
// the portal against stock Starlight. `--pages N` (default 1000) generated pages, `--rounds R` (default 3) builds of
// each of the four trees, in turn; medians. Prints wall and CPU time per added page: on a loaded machine compare the
// CPU figures.
import { parseArgs } from 'node:util';
import { describeScaling, measureBuildScaling } from '../src/bench/build-scaling.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' } },
});
const pages = Number(values.pages);
const rounds = Number(values.rounds);
if (!Number.isInteger(pages) || pages < 1)
  throw new Error(`--pages takes a whole number from 1; got "${values.pages}".`);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds takes a whole number from 1; got "${values.rounds}".`);
const root = new URL('..', import.meta.url).pathname;
for (const line of describeScaling(measureBuildScaling(root, pages, rounds), pages, rounds)) console.log(line);
