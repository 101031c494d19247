// @vitest-environment node
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandboxServer, type RunningSandboxServer } from '../../../src/sandbox-server/index.ts';
import { gpcRequest, ORIGIN } from '../sandbox/gpc-request.ts';

let server: RunningSandboxServer;
const lines: string[] = [];
beforeAll(async () => {
  server = await startSandboxServer({ port: 0, log: (line) => lines.push(line) });
});
afterAll(async () => {
  await server.close();
});

/** Sends a helper-built request to the real server instead of the in-process handler. */
const send = (request: Request, init: RequestInit = {}) =>
  fetch(request.url.replace(ORIGIN, server.url), {
    method: request.method,
    headers: request.headers,
    ...(request.body ? { body: request.body, duplex: 'half' } : {}),
    ...init,
  } as RequestInit);

describe('the sandbox HTTP server', () => {
  test('answers a round trip on an ephemeral port with FHIR JSON, CORS headers and a log line', async () => {
    const response = await send(
      gpcRequest('F2', { query: 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/fhir+json;charset=utf-8');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toBe(
      'ETag, Location, Content-Location, Last-Modified',
    );
    expect((await response.json()).total).toBe(1);
    expect(lines.at(-1)).toMatch(/GET \/B82617\/STU3\/1\/gpconnect\/Patient\?identifier=.* → 200 /);
  });
  test('answers a CORS preflight allowing the GP Connect headers', async () => {
    const response = await fetch(`${server.url}/B82617/STU3/1/gpconnect/Appointment`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4321',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'ssp-traceid, authorization',
      },
    });
    expect(response.status).toBe(204);
    const allowed = response.headers.get('Access-Control-Allow-Headers') ?? '';
    for (const name of [
      'Ssp-TraceID',
      'Ssp-From',
      'Ssp-To',
      'Ssp-InteractionID',
      'Authorization',
      'If-Match',
      'Prefer',
    ])
      expect(allowed).toContain(name);
  });
  test('refuses a body over 1 MB with 413 and an OperationOutcome', async () => {
    const response = await send(gpcRequest('F9', { body: 'x'.repeat(1024 * 1024 + 1) }));
    expect(response.status).toBe(413);
    const outcome = await response.json();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0].diagnostics).toMatchInlineSnapshot(
      `"The request body is larger than 1048576 bytes, the sandbox server's limit."`,
    );
  });
  test('refuses a chunked body over 1 MB with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await send(gpcRequest('F9', { body: '{}' }), { body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });
  test('keeps serving after a client leaves half-way through sending a body', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write('POST /B82617/STU3/1/gpconnect/Patient/$gpc.registerpatient HTTP/1.1\r\n');
    socket.write('Host: 127.0.0.1\r\nContent-Length: 5000\r\n\r\n{"resourceType":');
    socket.destroy();
    await once(socket, 'close');
    const response = await send(
      gpcRequest('F2', { query: 'identifier=https://fhir.nhs.uk/Id/nhs-number%7C9690937286' }),
    );
    expect(response.status).toBe(200);
  });
  test('books through HTTP and exposes Location and ETag', async () => {
    const slots = await (
      await send(
        gpcRequest('A1', {
          query: `start=ge${new Date().toISOString().slice(0, 10)}&end=le${new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10)}&status=free&_include=Slot:schedule`,
        }),
      )
    ).json();
    const slot = slots.entry.find(
      (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Slot',
    ).resource;
    const { booking } = await import('../sandbox/provider/appointments/appointment-fixtures.ts');
    const response = await send(gpcRequest('A3', { body: booking([slot]) }));
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toContain(`${server.url}/B82617/STU3/1/gpconnect/Appointment/`);
    expect(response.headers.get('ETag')).toMatch(/^W\/"/);
  });
});
