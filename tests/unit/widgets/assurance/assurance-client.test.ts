// The assurance widget's calls against the in-page sandbox (wrapped with the recorder and the faults, as the page
// loads it) and against a server that is not running.
import { describe, expect, test } from 'vitest';
import { buildGpcRequest } from '../../../../src/consumer/request.ts';
import { CONSUMER_ASID } from '../../../../src/spec/headers.ts';
import { readFaults, readReport, writeFaults } from '../../../../src/widgets/assurance/assurance-client.ts';
import { onSandboxExchange, sendRequest } from '../../../../src/widgets/transport/index.ts';

const PAGE_ORIGIN = 'http://127.0.0.1:4010';
const items = new Map<string, string>();
const storage = {
  getItem: (key: string) => items.get(key) ?? null,
  setItem: (key: string, value: string) => void items.set(key, value),
};
const options = { pageOrigin: PAGE_ORIGIN, storage };
const page = { kind: 'page' } as const;
const sendMetadataRead = () =>
  sendRequest({ kind: 'browser' }, buildGpcRequest('F1', { base: PAGE_ORIGIN }), { storage });

describe('the assurance client on the in-page sandbox', () => {
  test('grades what the page sent, keeps the log in the given storage, and signals only real exchanges', async () => {
    let exchanges = 0;
    const stop = onSandboxExchange(() => exchanges++);
    await sendMetadataRead();
    const report = await readReport(page, options, CONSUMER_ASID);
    stop();
    expect(report.ok && report.value.requests).toBe(1);
    expect(report.ok && report.value.obligations.find((o) => o.id === 'trace-id')).toMatchObject({
      passed: 1,
      failed: 0,
    });
    expect(exchanges).toBe(1);
    expect(items.get('gpconnect-sandbox:assurance:v1')).toContain(CONSUMER_ASID);
  });

  test('switches a fault on for the ASID, which fails the next request once', async () => {
    expect(await writeFaults(page, options, CONSUMER_ASID, ['provider-500'])).toEqual({
      ok: true,
      value: ['provider-500'],
    });
    expect(await readFaults(page, options, CONSUMER_ASID)).toEqual({ ok: true, value: ['provider-500'] });
    const failed = await sendMetadataRead();
    expect(failed.ok && failed.response.status).toBe(500);
    expect(await readFaults(page, options, CONSUMER_ASID)).toEqual({ ok: true, value: [] });
  });

  test('refuses an ASID that is not digits before sending anything', async () => {
    expect(await readReport(page, options, '2000-0001')).toMatchObject({
      ok: false,
      message: '"2000-0001" is not an ASID.',
    });
  });

  test('passes on the sandbox refusal of an unknown scenario with its diagnostics', async () => {
    const answer = await writeFaults(page, options, CONSUMER_ASID, ['ssp-503']);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toContain('answered 400: Send {"scenarios": [...]} with any of ssp-502');
  });
});

describe('the assurance client on a server that is not running', () => {
  test('says nothing answers and gives the one-line command for that port', async () => {
    const answer = await readReport({ kind: 'server', base: '4' }, options, CONSUMER_ASID);
    expect(answer).toEqual({
      ok: false,
      message: 'No sandbox server is running at http://127.0.0.1:4.',
      advice:
        'Start it in a terminal with npm run sandbox -- --port 4 (or, without a clone, node sandbox.mjs --port 4), then refresh.',
    });
  });
});
