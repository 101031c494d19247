// `npm run bench:sandbox`: per-interaction latency through the handler in-process, and requests per second over HTTP
// for F2 and S1 against a bare node:http server answering the same bytes. Bounded loops, loopback only.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox } from '../src/sandbox/index.ts';
import { startSandboxServer } from '../src/sandbox-server/index.ts';
import { interactionList, testPatients, type InteractionKey } from '../src/spec/index.ts';
import { addDays, ukDate } from '../src/sandbox/uk-time.ts';
import { ORIGIN, gpcRequest } from '../tests/unit/sandbox/gpc-request.ts';

const ITERATIONS = 300;
const HTTP_SECONDS = 3;
const CONCURRENCY = 16;

const today = ukDate(new Date());
const nhs = (value: string) => `identifier=https://fhir.nhs.uk/Id/nhs-number%7C${value}`;
const s1Body = {
  resourceType: 'Parameters',
  parameter: [
    {
      name: 'patientNHSNumber',
      valueIdentifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: testPatients.patient2.nhsNumber },
    },
    { name: 'includeAllergies', part: [{ name: 'includeResolvedAllergies', valueBoolean: true }] },
    { name: 'includeMedication' },
    { name: 'includeConsultations' },
    { name: 'includeProblems' },
    { name: 'includeImmunisations' },
    { name: 'includeUncategorisedData' },
    { name: 'includeInvestigations' },
    { name: 'includeReferrals' },
    { name: 'includeDiaryEntries' },
  ],
};

/** A representative read-only request per interaction (writes would change the state being measured). */
const requests: Partial<Record<InteractionKey, () => Request>> = {
  F1: () => gpcRequest('F1'),
  F2: () => gpcRequest('F2', { query: nhs(testPatients.patient2.nhsNumber) }),
  F3: () => gpcRequest('F3', { id: '2' }),
  F4: () => gpcRequest('F4', { query: 'identifier=https://fhir.nhs.uk/Id/sds-user-id%7CG13579135' }),
  F5: () => gpcRequest('F5', { id: '1' }),
  F6: () => gpcRequest('F6', { query: 'identifier=https://fhir.nhs.uk/Id/ods-organization-code%7CB82617' }),
  F7: () => gpcRequest('F7', { id: '7' }),
  F8: () => gpcRequest('F8', { id: '1' }),
  A1: () =>
    gpcRequest('A1', { query: `start=ge${today}&end=le${addDays(today, 14)}&status=free&_include=Slot:schedule` }),
  A2: () => gpcRequest('A2', { id: '1' }),
  A6: () => gpcRequest('A6', { id: '2', query: `start=ge${today}&start=le${addDays(today, 14)}` }),
  S1: () => gpcRequest('S1', { body: s1Body }),
  S3: () => gpcRequest('S3'),
  D1: () => gpcRequest('D1'),
  D2: () => gpcRequest('D2', { query: nhs(testPatients.patient2.nhsNumber) }),
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function benchInProcess(): Promise<void> {
  const sandbox = createSandbox();
  console.log(`In-process latency (${ITERATIONS} requests each, ms):`);
  console.log('  interaction  status  median     p99');
  for (const interaction of interactionList) {
    const build = requests[interaction.key];
    if (!build) continue;
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const request = build();
      const started = performance.now();
      const response = await sandbox.handle(request);
      await response.arrayBuffer();
      times.push(performance.now() - started);
      status = response.status;
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${interaction.key.padEnd(11)}  ${String(status).padEnd(6)}  ${percentile(times, 0.5).toFixed(3).padStart(6)}  ${percentile(times, 0.99).toFixed(3).padStart(6)}`,
    );
  }
}

/** Requests per second that CONCURRENCY loopback clients achieve in HTTP_SECONDS. */
async function measureRps(url: string, build: () => Request): Promise<number> {
  const deadline = performance.now() + HTTP_SECONDS * 1000;
  let count = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const request = build();
      const response = await fetch(url + request.url.slice(ORIGIN.length), {
        method: request.method,
        headers: request.headers,
        ...(request.method === 'POST' ? { body: await request.text() } : {}),
      });
      await response.arrayBuffer();
      count++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return count / HTTP_SECONDS;
}

/** A bare node:http server that answers every request with the same status, headers and bytes. */
async function startBareServer(sample: Response): Promise<{ url: string; close: () => Promise<void> }> {
  const bytes = Buffer.from(await sample.arrayBuffer());
  const headers = Object.fromEntries(sample.headers);
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(sample.status, headers);
      response.end(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function benchHttp(): Promise<void> {
  const sandboxServer = await startSandboxServer({ port: 0 });
  console.log(`\nOver HTTP (${CONCURRENCY} concurrent loopback clients, ${HTTP_SECONDS} s each):`);
  console.log('  interaction  sandbox req/s  bare node:http req/s  ratio');
  for (const key of ['F2', 'S1'] as const) {
    const build = requests[key] as () => Request;
    const sample = await createSandbox().handle(build());
    const bare = await startBareServer(sample);
    const sandboxRps = await measureRps(sandboxServer.url, build);
    const bareRps = await measureRps(bare.url, build);
    await bare.close();
    console.log(
      `  ${key.padEnd(11)}  ${sandboxRps.toFixed(0).padStart(13)}  ${bareRps.toFixed(0).padStart(20)}  ${(sandboxRps / bareRps).toFixed(2)}`,
    );
  }
  await sandboxServer.close();
}

await benchInProcess();
await benchHttp();
