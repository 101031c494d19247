// The single-file sandbox runs on the machine's Node with nothing installed, and both journey examples complete
// against it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSandboxBundle } from '../../../src/site/sandbox-bundle.ts';
import { PYTHON, runToEnd, startBundle, SYSTEM_NODE, type RunningBundle } from '../../e2e/sandbox-bundle-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sandbox-bundle-'));
const bundle = join(scratch, 'sandbox.mjs');
let server: RunningBundle;

beforeAll(async () => {
  await buildSandboxBundle(bundle);
  server = await startBundle(bundle);
}, 60_000);
afterAll(() => {
  server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe(`sandbox.mjs under ${SYSTEM_NODE}`, () => {
  test('answers a PDS trace over HTTP from one file outside the project', async () => {
    const response = await fetch(`${server.url}/spine/pds/Patient/9690937286`);
    expect(response.status).toBe(200);
    expect((await response.json()).resourceType).toBe('Patient');
  });

  test('refuses a port that is not a number, naming the flag', async () => {
    const { status, output } = await runToEnd(SYSTEM_NODE, [bundle, '--port', 'eighty']);
    expect(status).toBe(2);
    expect(output).toContain('--port must be a whole number');
  });

  test('the Node journey traces, books, reads back and cancels an appointment', async () => {
    const { status, output } = await runToEnd(SYSTEM_NODE, [
      'public/downloads/gp-connect-journey.mjs',
      '--base-url',
      server.url,
    ]);
    expect(output).toContain('Journey complete');
    expect(output).toMatch(/PUT .*\/ssp\/https:\/\/.*\/Appointment\/\d+\n-> 200/);
    expect(status).toBe(0);
  });

  test.skipIf(!PYTHON)(
    'the Python journey does the same with urllib only (skipped when python3 is missing)',
    async () => {
      const { status, output } = await runToEnd(PYTHON!, [
        'public/downloads/gp_connect_journey.py',
        '--base-url',
        server.url,
      ]);
      expect(output).toContain('Journey complete');
      expect(status).toBe(0);
    },
  );

  test('both journeys stop with the Spine code and diagnostics when the server refuses a step', async () => {
    const node = await runToEnd(SYSTEM_NODE, [
      'public/downloads/gp-connect-journey.mjs',
      '--base-url',
      server.url,
      '--nhs-number',
      '9000000008',
    ]);
    expect(node.status).toBe(1);
    expect(node.output).toContain('The journey stopped: expected 200, got 400 INVALID_NHS_NUMBER');
    if (!PYTHON) return;
    const python = await runToEnd(PYTHON, [
      'public/downloads/gp_connect_journey.py',
      '--base-url',
      server.url,
      '--nhs-number',
      '9000000008',
    ]);
    expect(python.status).toBe(1);
    expect(python.output).toContain('The journey stopped: expected 200, got 400 INVALID_NHS_NUMBER');
  });
});
