// scripts/check-site.ts (`npm run check:site`): the checks over the built site and the content, after `npm run build`.
import { existsSync, globSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLeakedDirectives } from '../src/checks/leaked-directives.ts';
import { checkLinks } from '../src/checks/links.ts';
import { checkPageWeight, measurePage } from '../src/checks/page-weight.ts';
import { checkIdentifiers, checkReferencePages, readContentFile } from '../src/checks/content-accuracy.ts';
import { formatProblem, type Problem } from '../src/checks/problem.ts';
import { checkSpecFacts } from '../src/checks/spec-facts.ts';
import { CONTENT_DIR } from '../src/site/config.ts';
import { GLOSSARY_FILE, parseGlossary } from '../src/site/glossary.ts';

const DIST = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } }).values.dist;
if (!existsSync(`${DIST}/index.html`)) {
  console.error(`${DIST}/ has no built site: run \`npm run build\` first.`);
  process.exit(1);
}

const pages = globSync(`${DIST}/**/*.html`);
const contentFiles = globSync('content/**/*.{md,mdx}').map(readContentFile);
const sections: [string, () => Promise<Problem[]> | Problem[]][] = [
  [
    'Links',
    async () => {
      const { checked, problems } = await checkLinks(DIST, { contentDir: CONTENT_DIR });
      // A crawl that reaches almost nothing proves nothing: fail rather than pass vacuously.
      const contentPages = pages.filter((page) => page.endsWith('/index.html')).length;
      if (checked < contentPages) {
        return [
          {
            file: DIST,
            message: `the link crawl reached only ${checked} addresses for ${contentPages} pages`,
            fix: 'check that linkinator serves the built site and the skip rule keeps its own origin',
          },
          ...problems,
        ];
      }
      return problems;
    },
  ],
  ['Astro directives left in the HTML', () => checkLeakedDirectives(pages)],
  ['Page weight', () => checkPageWeight(pages.map((page) => measurePage(DIST, page)))],
  ['Content accuracy', () => [...contentFiles.flatMap(checkIdentifiers), ...checkReferencePages(contentFiles)]],
  [
    'Facts written once (src/spec)',
    () => {
      const glossary = parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8'));
      return checkSpecFacts(contentFiles, { ids: new Set(glossary.map((entry) => entry.id)) });
    },
  ],
];

let failed = 0;
for (const [name, run] of sections) {
  const problems = await run();
  failed += problems.length;
  console.log(`${problems.length ? '✗' : '✓'} ${name}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}`);
  for (const problem of problems) console.log(`  ${formatProblem(problem).replace(/\n/g, '\n  ')}`);
}
console.log(`checked ${pages.length} built pages and ${contentFiles.length} content files`);
process.exit(failed ? 1 : 0);
