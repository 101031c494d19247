// scripts/import-jekyll.ts: `npm run import -- <site-dir|files...>`: converts a Jekyll site into portal MDX and
// prints the report; with --check it first builds the portal with the imported pages in a scratch folder. Exits
// non-zero when a page failed or the check build failed.
import { parseArguments, USAGE } from '../src/importer/cli.ts';
import { importJekyll } from '../src/importer/index.ts';
import { checkBuild } from '../src/importer/build-check.ts';
import { formatReport, countOutcomes } from '../src/importer/report.ts';

const options = parseArguments(process.argv.slice(2));
if ('error' in options) {
  console.error(`import: ${options.error}\n\n${USAGE}`);
  process.exit(2);
}
try {
  if (options.check) {
    console.log('Build check: importing into a scratch copy of the content folder and building the portal...');
    const check = await checkBuild(options);
    if (!check.built || countOutcomes(check.result).failed > 0) {
      process.stdout.write(formatReport({ ...check.result, dryRun: true }));
      console.error(
        check.built
          ? '\nBuild check: pages failed to convert (above); nothing written.'
          : `\nBuild check: the portal does not build with the imported pages; nothing written.\n${check.log}`,
      );
      process.exit(1);
    }
    console.log(
      `Build check: the portal builds with the imported pages (${check.pages} pages in ${check.seconds} s).\n`,
    );
  }
  const result = await importJekyll(options);
  process.stdout.write(formatReport(result));
  process.exitCode = countOutcomes(result).failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exitCode = 1;
}
