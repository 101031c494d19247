// scripts/check-content.ts (`npm run check:content`): the content checks without a build, in seconds: front-matter
// keys, links and anchors, braces in prose, <Term> and <TryIt> props. Exit status 1 when any problem is found.
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/checks/problem.ts';
import { lintContent, summarize } from '../src/site/content-lint/index.ts';
import { CONTENT_DIR } from '../src/site/config.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: CONTENT_DIR }, production: { type: 'boolean', default: true } },
});
const started = performance.now();
const problems = lintContent({ contentDir: values.content, production: values.production });
for (const problem of problems) console.log(formatProblem(problem));
console.log(`${summarize(problems)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(problems.length ? 1 : 0);
