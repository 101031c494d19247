// @vitest-environment node
// Runs each "Copy as" sample with its real toolchain against the sandbox server on a free loopback port, and checks
// the status the program prints is the one the example promises. Toolchains this machine lacks are skipped by name;
// PowerShell, which Debian does not package, is then at least parsed with its tree-sitter grammar.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Language, Parser } from 'web-tree-sitter';
import { startSandboxServer, type RunningSandboxServer } from '../../../../src/sandbox-server/index.ts';
import { exportRequest, type CodeLanguage } from '../../../../src/widgets/code-export/index.ts';
import { findExample } from '../../../../src/widgets/examples/index.ts';
import { buildWireRequest, createDraft } from '../../../../src/widgets/request/draft.ts';
import type { InteractionKey } from '../../../../src/spec/interactions.ts';

interface Toolchain {
  language: CodeLanguage;
  file: string;
  /** The command and its arguments, given the sample's path. */
  run: (path: string) => [string, string[]];
  /** A command that succeeds only when the toolchain (and any library the sample needs) is installed. */
  probe: [string, string[]];
}

const toolchains: Toolchain[] = [
  { language: 'node', file: 'request.mjs', run: (p) => [process.execPath, [p]], probe: [process.execPath, ['-v']] },
  {
    language: 'python',
    file: 'request.py',
    run: (p) => ['python3', [p]],
    probe: ['python3', ['-c', 'import requests']],
  },
  { language: 'java', file: 'Request.java', run: (p) => ['java', [p]], probe: ['java', ['-version']] },
  { language: 'go', file: 'request.go', run: (p) => ['go', ['run', p]], probe: ['go', ['version']] },
  { language: 'php', file: 'request.php', run: (p) => ['php', [p]], probe: ['php', ['-r', 'curl_version();']] },
  { language: 'ruby', file: 'request.rb', run: (p) => ['ruby', [p]], probe: ['ruby', ['-v']] },
  {
    language: 'powershell',
    file: 'request.ps1',
    run: (p) => ['pwsh', ['-NoProfile', '-File', p]],
    probe: ['pwsh', ['-v']],
  },
  { language: 'curl', file: 'request.sh', run: (p) => ['sh', [p]], probe: ['curl', ['--version']] },
];

// Asynchronous, so the server in this same process can answer while the sample runs.
const run = promisify(execFile);

const isInstalled = ([command, args]: [string, string[]]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** A GET, a POST with a FHIR body, and an error the provider answers with an OperationOutcome. */
const samples: Array<[InteractionKey, string]> = [
  ['F2', 'find-patient2'],
  ['S1', 'patient2-allergies'],
  ['F2', 'find-bad-check-digit'],
];

let server: RunningSandboxServer;
let folder: string;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  folder = mkdtempSync(join(tmpdir(), 'gpc-samples-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe.each(toolchains)('the $language sample', (toolchain) => {
  const installed = isInstalled(toolchain.probe);
  if (!installed) console.warn(`Skipping the ${toolchain.language} samples: ${toolchain.probe[0]} is not installed.`);
  test.skipIf(!installed).each(samples)(
    'gets the status its example promises for %s %s',
    async (interaction, name) => {
      const draft = createDraft(interaction, name, { now: new Date(), session: {} });
      const request = buildWireRequest(draft, { base: server.url, now: new Date() });
      const path = join(folder, toolchain.language, toolchain.file);
      mkdirSync(join(folder, toolchain.language), { recursive: true });
      writeFileSync(path, exportRequest(toolchain.language, request, ['a note the language must treat as a comment']));
      const [command, args] = toolchain.run(path);
      const { stdout: output } = await run(command, args, { encoding: 'utf8', timeout: 60_000 });
      const status = /\b([1-5]\d\d)\b/.exec(output)?.[1];
      expect(Number(status)).toBe(findExample(interaction, name)!.expect.status);
    },
    60_000,
  );
});

/** A PowerShell parser from the grammar's WebAssembly build (no native add-on, no pwsh). */
async function powershellParser(): Promise<Parser> {
  await Parser.init();
  const grammar = createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}

describe.skipIf(isInstalled(['pwsh', ['-v']]))('the powershell sample, without pwsh', () => {
  test.each(samples)('parses as PowerShell for %s %s', async (interaction, name) => {
    const parser = await powershellParser();
    const draft = createDraft(interaction, name, { now: new Date(), session: {} });
    const request = buildWireRequest(draft, { base: 'http://127.0.0.1:4010', now: new Date() });
    const tree = parser.parse(exportRequest('powershell', request, ['a note the language must treat as a comment']));
    expect(tree?.rootNode.hasError).toBe(false);
  });
  test('the parser does find a syntax error', async () => {
    const tree = (await powershellParser()).parse('$headers = @{ "Accept" = "application/fhir+json"\n)}}(');
    expect(tree?.rootNode.hasError).toBe(true);
  });
});
