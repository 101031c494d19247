import { describe, expect, test } from 'vitest';
import type { WireRequest } from '../../../src/consumer/wire.ts';
import { runProviderChecks, toJunitXml } from '../../../src/assure/run.ts';
import { createSandbox } from '../../../src/sandbox/index.ts';

const BASE = 'http://sandbox.test';
const sendTo =
  (handle: (request: Request) => Promise<Response>) =>
  (r: WireRequest): Promise<Response> =>
    handle(new Request(r.url, { method: r.method, headers: r.headers, ...(r.body === null ? {} : { body: r.body }) }));

describe('the provider runner', () => {
  test('passes every check against the sandbox', async () => {
    const report = await runProviderChecks(BASE, sendTo(createSandbox().handle));
    expect(report.obligations.filter((o) => o.failed > 0)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(toJunitXml(report)).toMatch(/tests="\d+" failures="0"/);
  });
  test('fails, naming the header, against a sandbox that drops Cache-Control', async () => {
    const sandbox = createSandbox();
    const broken = async (request: Request) => {
      const response = await sandbox.handle(request);
      const headers = new Headers(response.headers);
      headers.delete('Cache-Control');
      return new Response(response.body, { status: response.status, headers });
    };
    const report = await runProviderChecks(BASE, sendTo(broken));
    expect(report.passed).toBe(false);
    expect(report.obligations.find((o) => o.id === 'metadata')?.failures[0]?.problem).toBe(
      'F1: Cache-Control is null, expected no-store.',
    );
    expect(toJunitXml(report)).toContain('<failure message="F1: Cache-Control is null, expected no-store.">');
  });
});
