// `npm run assure:provider -- <provider base URL> [--junit FILE]`: runs the provider checks, prints the report,
// writes JUnit XML for CI, and exits 1 when a check failed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProviderReport, runProviderChecks, toJunitXml } from '../src/assure/run.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { junit: { type: 'string' } } });
const base = positionals[0]?.replace(/\/+$/, '');
if (!base || !/^https?:\/\//.test(base)) {
  console.error('Give the provider base URL, for example: npm run assure:provider -- http://127.0.0.1:4010');
  process.exit(2);
}
const report = await runProviderChecks(base);
console.log(formatProviderReport(report));
const junit = values.junit ?? 'assure-provider.junit.xml';
writeFileSync(junit, toJunitXml(report));
console.log(`\nJUnit XML: ${junit}`);
process.exit(report.passed ? 0 : 1);
