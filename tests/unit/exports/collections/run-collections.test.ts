// @vitest-environment node
// Runs each capability's Postman collection with newman and its Bruno collection with the Bruno CLI against a real
// sandbox server, and checks that every request gets the status (and Spine code) its named example promises.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import newman, { type NewmanRunOptions, type NewmanRunSummary } from 'newman';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandboxServer, type RunningSandboxServer } from '../../../../src/sandbox-server/index.ts';
import { capabilities, type CapabilityKey } from '../../../../src/spec/capabilities.ts';
import { buildBrunoCollection, BRUNO_ENVIRONMENT } from '../../../../src/exports/collections/bruno.ts';
import { buildPostmanCollection, buildPostmanEnvironment } from '../../../../src/exports/collections/postman.ts';
import { buildRequestTemplates } from '../../../../src/exports/collections/template.ts';

const CAPABILITIES: CapabilityKey[] = ['foundations', 'appointments', 'structured', 'documents'];
const BRU = new URL('../../../../node_modules/@usebruno/cli/bin/bru.js', import.meta.url).pathname;
const run = promisify(execFile);

/** What each request promised, in run order: `status` or `status CODE`. */
const promised = (capability: CapabilityKey) =>
  buildRequestTemplates(capability).map(({ expect: e }) => `${e.status}${e.code ? ` ${e.code}` : ''}`);

const spineCode = (body: string): string | undefined => {
  try {
    return JSON.parse(body)?.issue?.[0]?.details?.coding?.[0]?.code;
  } catch {
    return undefined;
  }
};
const answered = (status: number, body: string, code: boolean) =>
  `${status}${code ? ` ${spineCode(body) ?? '(no Spine code)'}` : ''}`;

let scratch: string;
const servers: RunningSandboxServer[] = [];
/** A fresh sandbox per run, so one collection's bookings and registrations never meet another's. */
const freshSandbox = async () => {
  const server = await startSandboxServer({ port: 0 });
  servers.push(server);
  return server.url;
};
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gpc-collections-'));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(scratch, { recursive: true, force: true });
});

describe('the Postman collections under newman', () => {
  test.each(CAPABILITIES)('every %s request gets the answer its example promises', async (capability) => {
    const environment = buildPostmanEnvironment();
    environment.values = [{ ...environment.values[0]!, value: await freshSandbox() }];
    // newman's types describe the SDK's in-memory collection; newman reads the v2.1 file format as well.
    const summary = await new Promise<NewmanRunSummary>((resolve, reject) =>
      newman.run(
        {
          collection: buildPostmanCollection(
            capability,
            buildRequestTemplates(capability),
          ) as NewmanRunOptions['collection'],
          environment,
          reporters: [],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    const expected = promised(capability);
    const got = summary.run.executions.map((execution, index) =>
      answered(
        execution.response?.code ?? 0,
        execution.response?.stream?.toString() ?? '',
        expected[index]!.includes(' '),
      ),
    );
    expect(got).toEqual(expected);
    expect(summary.run.failures.map((failure) => `${failure.source?.name}: ${failure.error.message}`)).toEqual([]);
  });
});

interface BrunoResult {
  path: string;
  response: { status: number; data: unknown };
  testResults: Array<{ description: string; status: string }>;
}

/** Runs the one Bruno collection (a folder per capability) once, with `bru run -r`, and reads its JSON report. */
async function runBruno(): Promise<BrunoResult[]> {
  const folder = join(scratch, 'bruno');
  const files = buildBrunoCollection(CAPABILITIES.map((key) => [key, buildRequestTemplates(key)]));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const report = join(folder, 'report.json');
  const args = ['run', '-r', '--env', BRUNO_ENVIRONMENT, '--env-var', `baseUrl=${await freshSandbox()}`];
  // The developer sandbox runs the same scripts as the default safe one (checked by hand), in a tenth of the time.
  await run(process.execPath, [BRU, ...args, '--sandbox', 'developer', '--reporter-json', report], {
    cwd: folder,
  }).catch((error: { stdout?: string }) => {
    // A failing test makes the CLI exit non-zero; the report still says which request failed and why.
    if (!String(error.stdout ?? '').includes('Wrote json results')) throw error;
  });
  const [iteration] = JSON.parse(readFileSync(report, 'utf8')) as Array<{ results: BrunoResult[] }>;
  return iteration?.results ?? [];
}

describe('the Bruno collection under the Bruno CLI', () => {
  let results: Promise<BrunoResult[]> | undefined;

  test.each(CAPABILITIES)('every %s request gets the answer its example promises', async (capability) => {
    results ??= runBruno();
    const folder = `${CAPABILITIES.indexOf(capability) + 1} ${capabilities[capability].name}/`;
    const mine = (await results).filter((result) => result.path.startsWith(folder));
    const expected = promised(capability);
    const got = mine.map((r, index) =>
      answered(r.response.status, JSON.stringify(r.response.data), expected[index]!.includes(' ')),
    );
    expect(got).toEqual(expected);
    expect(mine.flatMap((r) => r.testResults.filter((t) => t.status !== 'pass').map((t) => t.description))).toEqual([]);
  });
});
