// `npm run bench:sandbox`: the sandbox's latency in-process, then its HTTP throughput under autocannon (in this
// process) against the real sandbox server process and a bare node:http process replaying the same bytes.
// Loopback only, every run bounded in time. Flags: --seconds N (per run, default 5), --warmup N (seconds of load
// before each measured run, default 3: long enough for V8 to finish optimising the sandbox's code, whose compiler
// thread otherwise counts in the server's CPU time), --connections N (default 10),
// --workload KEY (only that HTTP workload, repeatable: F2, S1, A3+A5), --iterations N (in-process requests per
// example, default 300), --profile DIR (record a --cpu-prof profile of the sandbox server and print where its time
// goes). The server keeps its state in a throwaway SQLite file, so the bench never touches .sandbox/.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summariseCpuProfile } from '../src/bench/cpu-profile.ts';
import { buildExampleRequest, listStandaloneExamples } from '../src/bench/gpc-requests.ts';
import { runLoad, type LoadResult } from '../src/bench/load.ts';
import { sandboxWorkloads } from '../src/bench/sandbox-workloads.ts';
import { startServerProcess, type ServerProcess } from '../src/bench/server-process.ts';
import { createSandbox } from '../src/sandbox/index.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    profile: { type: 'string' },
    iterations: { type: 'string', default: '300' },
    workload: { type: 'string', multiple: true },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const iterations = Number(values.iterations);
for (const [name, value] of Object.entries({ seconds, warmup, connections, iterations }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1.`);
const unknownWorkloads = (values.workload ?? []).filter((key) => !sandboxWorkloads.some((w) => w.key === key));
if (unknownWorkloads.length > 0)
  throw new Error(
    `--workload ${unknownWorkloads.join(', ')} is not one of ${sandboxWorkloads.map((w) => w.key).join(', ')}.`,
  );
const workloads = values.workload ? sandboxWorkloads.filter((w) => values.workload?.includes(w.key)) : sandboxWorkloads;

const root = new URL('..', import.meta.url).pathname;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function benchInProcess(): Promise<void> {
  const sandbox = createSandbox();
  console.log(`In-process latency through handle() (${iterations} requests each, ms):`);
  console.log('  interaction  example                     status  median     p99');
  for (const { interaction, example } of listStandaloneExamples()) {
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < iterations; i++) {
      const wire = buildExampleRequest(interaction, example, { now: new Date() });
      const request = new Request(`http://sandbox.test${wire.url}`, {
        method: wire.method,
        headers: wire.headers,
        ...(wire.body === null ? {} : { body: wire.body }),
      });
      const started = performance.now();
      const response = await sandbox.handle(request);
      await response.arrayBuffer();
      times.push(performance.now() - started);
      status = response.status;
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${interaction.padEnd(11)}  ${example.padEnd(26)}  ${String(status).padEnd(6)}  ${percentile(times, 0.5).toFixed(3).padStart(6)}  ${percentile(times, 0.99).toFixed(3).padStart(6)}`,
    );
  }
}

interface Measured extends LoadResult {
  /** Server CPU time per answered request, in µs; undefined where the platform has no /proc. */
  cpuMicroseconds: number | undefined;
}

const row = (result: Measured) =>
  `${result.requestsPerSecond.toFixed(0).padStart(7)} ${result.p50.toFixed(1).padStart(5)} ${result.p99.toFixed(1).padStart(5)} ${(result.cpuMicroseconds?.toFixed(0) ?? '–').padStart(5)}`;

/** The server's CPU time over one bounded run, per answered request. */
async function measure(server: ServerProcess, run: (origin: string) => Promise<LoadResult>): Promise<Measured> {
  const before = server.cpuSeconds();
  const result = await run(server.origin);
  const after = server.cpuSeconds();
  const cpuMicroseconds =
    before === undefined || after === undefined ? undefined : ((after - before) * 1e6) / result.requests;
  return { ...result, cpuMicroseconds };
}

const ratio = (sandbox: number | undefined, bare: number | undefined) =>
  (sandbox === undefined || bare === undefined ? '–' : (sandbox / bare).toFixed(2)).padStart(5);

async function benchHttp(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
  const profileDir = values.profile ? join(root, values.profile) : undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  // The same command as `npm run sandbox`, in its own process, with its state in a file as by default.
  const sandbox = await startServerProcess(
    'scripts/sandbox-server.ts',
    ['--port', '0', '--host', '127.0.0.1', '--data', join(work, 'state.sqlite')],
    { cwd: root, nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
  );
  console.log(
    `\nOver HTTP: autocannon, ${connections} keep-alive connections, ${seconds} s per run after a ${warmup} s warm-up; ` +
      "CPU is the server process's CPU time per request (µs), steadier than req/s on a loaded machine",
  );
  console.log('                 sandbox server            bare node:http            ratio');
  console.log('  workload       req/s   p50   p99   CPU   req/s   p50   p99   CPU   req/s  CPU⁻¹');
  try {
    for (const workload of workloads) {
      // Every run starts from a reset sandbox (a run that stops mid-booking leaves its slots booked).
      const run = (runSeconds: number) => async (origin: string) =>
        runLoad((await workload.prepare(sandbox.origin)).steps, { origin, seconds: runSeconds, connections });
      const answersFile = join(work, `${workload.key}.json`);
      writeFileSync(answersFile, JSON.stringify((await workload.prepare(sandbox.origin)).answers));
      await run(warmup)(sandbox.origin);
      const sandboxResult = await measure(sandbox, run(seconds));
      const bare = await startServerProcess('scripts/bench-bare-server.ts', [answersFile], { cwd: root });
      try {
        await run(warmup)(bare.origin);
        const bareResult = await measure(bare, run(seconds));
        console.log(
          `  ${workload.key.padEnd(12)} ${row(sandboxResult)} ${row(bareResult)}  ` +
            `${ratio(sandboxResult.requestsPerSecond, bareResult.requestsPerSecond)}  ` +
            `${ratio(bareResult.cpuMicroseconds, sandboxResult.cpuMicroseconds)}   ${workload.label}`,
        );
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await sandbox.stop();
    rmSync(work, { recursive: true, force: true });
  }
  if (profileDir) {
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`The sandbox server wrote no .cpuprofile into ${profileDir}.`);
    console.log(`\nCPU profile of the sandbox server over every run: ${join(values.profile!, file)}`);
    console.log(summariseCpuProfile(join(profileDir, file), { root, top: 25 }));
  }
}

await benchInProcess();
await benchHttp();
