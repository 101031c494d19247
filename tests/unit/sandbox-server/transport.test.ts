// @vitest-environment node
// Transport concerns of the Node host: methods Fetch cannot carry, gzip, and absolute URLs that ignore Host.
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Slot } from 'fhir/r3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandboxServer, type RunningSandboxServer } from '../../../src/sandbox-server/index.ts';
import { gpcRequest, ORIGIN } from '../sandbox/gpc-request.ts';
import { booking, freeSlots } from '../sandbox/provider/appointments/appointment-fixtures.ts';
import type { Sandbox } from '../../../src/sandbox/index.ts';

let server: RunningSandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request, so that the method and Host header are exactly what a hostile client sends. */
function raw(method: string, request: Request, body?: string): Promise<RawAnswer> {
  const url = new URL(request.url.replace(ORIGIN, server.url));
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method, headers: Object.fromEntries(request.headers), setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the sandbox server transport', () => {
  test('answers TRACE with 405 and an OperationOutcome instead of an empty 500', async () => {
    const answer = await raw('TRACE', gpcRequest('F3', { id: '2', headers: { Host: '127.0.0.1' } }));
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toContain('GET');
    const outcome = JSON.parse(answer.body.toString('utf8'));
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0].diagnostics).toContain('TRACE');
  });
  test('gzips a response when Accept-Encoding allows it', async () => {
    const answer = await raw(
      'GET',
      gpcRequest('F1', { headers: { 'Accept-Encoding': 'gzip', Host: new URL(server.url).host } }),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(answer.body).toString('utf8')).resourceType).toBe('CapabilityStatement');
  });
  test('does not gzip when the client does not ask', async () => {
    const answer = await raw('GET', gpcRequest('F1', { headers: { Host: new URL(server.url).host } }));
    expect(answer.headers['content-encoding']).toBeUndefined();
  });
  test('builds Location from its own listening address, not from a Host header', async () => {
    const overHttp = {
      handle: (r: Request) => fetch(r.url.replace(ORIGIN, server.url), { headers: r.headers }),
    } as unknown as Sandbox;
    const [slot] = await freeSlots(overHttp);
    const body = JSON.stringify(booking([slot as Slot]));
    const answer = await raw('POST', gpcRequest('A3', { body, headers: { Host: 'evil.example' } }), body);
    expect(answer.status).toBe(201);
    expect(String(answer.headers.location)).toMatch(new RegExp(`^${server.url}/B82617/STU3/1/gpconnect/Appointment/`));
  });
});
