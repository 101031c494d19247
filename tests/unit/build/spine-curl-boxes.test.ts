// The curl boxes of the PDS, SDS and SSP pages are run as written against the single-file sandbox (only the port
// changes), so a page cannot show a command the sandbox does not answer that way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSandboxBundle } from '../../../src/site/sandbox-bundle.ts';
import { startBundle, type RunningBundle } from '../../e2e/sandbox-bundle-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'spine-curl-'));
let server: RunningBundle;
beforeAll(async () => {
  await buildSandboxBundle(join(scratch, 'sandbox.mjs'));
  server = await startBundle(join(scratch, 'sandbox.mjs'));
}, 60_000);
afterAll(() => {
  server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const hasCurl = spawnSync('curl', ['--version']).status === 0;

/** The first curl box of the page's "In the sandbox, over HTTP" section, pointed at the test server. */
function curlBox(page: string): string {
  const text = readFileSync(`content/integration/${page}.mdx`, 'utf8');
  const section = text.slice(text.indexOf('## In the sandbox, over HTTP'));
  const command = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!command) throw new Error(`content/integration/${page}.mdx has no sh box in its sandbox section`);
  return command.replaceAll('http://127.0.0.1:4010', server.url);
}

const run = (command: string) => JSON.parse(spawnSync('sh', ['-c', command], { encoding: 'utf8' }).stdout);

test.skipIf(!hasCurl)('the PDS page’s curl box traces patient2 to practice B82617 (skipped without curl)', () => {
  const patient = run(curlBox('personal-demographics-service'));
  expect(patient.resourceType).toBe('Patient');
  expect(patient.generalPractitioner[0].identifier.value).toBe('B82617');
});

test.skipIf(!hasCurl)('the SDS page’s curl box finds the endpoint and party key', () => {
  const answer = run(curlBox('spine-directory-service'));
  expect(answer.entries[0].nhsMhsEndPoint).toBe('https://pcs.thirdparty.nhs.uk/B82617/STU3/1/gpconnect');
  expect(answer.entries[0].nhsMhsPartyKey).toBeTruthy();
});

test.skipIf(!hasCurl)('the SSP page’s curl box is refused with the VARIES_FROM_TARGETURL message it describes', () => {
  const outcome = run(curlBox('spine-secure-proxy'));
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0].details.coding[0].code).toBe('400');
  expect(outcome.issue[0].diagnostics).toMatch(/^ENDPOINT_.*_VARIES_FROM_TARGETURL_https:\/\/192\.0\.2\.10\//);
});
