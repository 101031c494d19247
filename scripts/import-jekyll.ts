// scripts/import-jekyll.ts: `npm run import -- <site-dir|files...>`: converts a Jekyll site into portal MDX and
// prints the report; exits non-zero only when a page failed.
import { parseArguments, USAGE } from '../src/importer/cli.ts';
import { importJekyll } from '../src/importer/index.ts';
import { formatReport, countOutcomes } from '../src/importer/report.ts';

const options = parseArguments(process.argv.slice(2));
if ('error' in options) {
  console.error(`import: ${options.error}\n\n${USAGE}`);
  process.exit(2);
}
try {
  const result = await importJekyll(options);
  process.stdout.write(formatReport(result));
  process.exitCode = countOutcomes(result).failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exitCode = 1;
}
