// `npm run bench:sandbox`: the sandbox's latency in-process, then its HTTP throughput against three server processes
// answering the same bytes: the real sandbox server, a replay behind the sandbox server's host, and a bare node:http
// server. Load comes from Debian's wrk where it is installed and the workload is one fixed request (F2, S1), and
// from autocannon in this process otherwise (A3+A5 is a sequence that reads each answer). Loopback only, every run
// bounded in time. Flags: --seconds N (per run, default 5), --warmup N (seconds of load on each server before its
// first measured run, default 3: long enough for V8 to finish optimising, whose compiler thread otherwise counts in
// the server's CPU time), --rounds N (measured runs per server, taken in turn, median kept; default 3),
// --connections N (default 10), --client auto|wrk|autocannon, --workload KEY (only that HTTP workload, repeatable:
// F2, S1, A3+A5), --iterations N (in-process requests per example, default 300), --profile DIR (record a --cpu-prof
// profile of the sandbox server and print where its time goes). The server keeps its state in a throwaway SQLite
// file, so the bench never touches .sandbox/.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summariseCpuProfile } from '../src/bench/cpu-profile.ts';
import { buildExampleRequest, listStandaloneExamples } from '../src/bench/gpc-requests.ts';
import { runLoad, type LoadResult } from '../src/bench/load.ts';
import { findWrk, runWrk } from '../src/bench/wrk-load.ts';
import { sandboxWorkloads, type PreparedWorkload } from '../src/bench/sandbox-workloads.ts';
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
    rounds: { type: 'string', default: '3' },
    client: { type: 'string', default: 'auto' },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const iterations = Number(values.iterations);
const rounds = Number(values.rounds);
for (const [name, value] of Object.entries({ seconds, warmup, connections, iterations, rounds }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1.`);
if (!['auto', 'wrk', 'autocannon'].includes(values.client))
  throw new Error(`--client must be auto, wrk or autocannon; received ${JSON.stringify(values.client)}.`);
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

/** The run whose req/s is the median of the rounds, with the median CPU time beside it. */
function median(results: Measured[]): Measured {
  const middle = <T>(items: T[], by: (item: T) => number) =>
    [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)]!;
  const cpu = results.some((r) => r.cpuMicroseconds === undefined)
    ? undefined
    : middle(results, (r) => r.cpuMicroseconds!).cpuMicroseconds;
  return { ...middle(results, (r) => r.requestsPerSecond), cpuMicroseconds: cpu };
}

const ratio = (sandbox: number | undefined, bare: number | undefined) =>
  (sandbox === undefined || bare === undefined ? '–' : (sandbox / bare).toFixed(2)).padStart(5);

/** The one request a workload sends, when it is fixed (wrk can send it); undefined for a sequence. */
const fixedRequest = (steps: PreparedWorkload['steps']) =>
  steps.length === 1 && !steps[0]?.setupRequest && !steps[0]?.onResponse ? steps[0] : undefined;

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
  const wrk = values.client === 'autocannon' ? undefined : findWrk();
  if (values.client === 'wrk' && !wrk) throw new Error('--client wrk: wrk is not on PATH (apt-get install wrk).');
  console.log(
    `\nOver HTTP: ${connections} keep-alive connections, ${seconds} s per run after a ${warmup} s warm-up, median of ` +
      `${rounds} rounds taken in turn; load from ${wrk ? 'wrk (one fixed request) or autocannon (a sequence)' : 'autocannon (wrk is not installed: apt-get install wrk)'}.\n` +
      "CPU is the server process's CPU time per request (µs), steadier than req/s on a loaded machine. " +
      '"host" replays the same answers from a handler behind the sandbox server\'s own host, so host/sandbox is the\n' +
      "share left to the sandbox's GP Connect work once the host's own cost is taken out.",
  );
  console.log(
    '                 sandbox server            host, replaying           bare node:http            bare/sandbox  host/sandbox',
  );
  console.log(
    '  workload       req/s   p50   p99   CPU   req/s   p50   p99   CPU   req/s   p50   p99   CPU   req/s  CPU⁻¹   req/s  CPU⁻¹  client',
  );
  try {
    for (const workload of workloads) {
      const first = await workload.prepare(sandbox.origin);
      const client = wrk && fixedRequest(first.steps) ? 'wrk' : 'autocannon';
      // Every run starts from a reset sandbox (a run that stops mid-booking leaves its slots booked).
      const run = (runSeconds: number) => async (origin: string) => {
        const { steps } = await workload.prepare(sandbox.origin);
        const step = wrk && fixedRequest(steps);
        return step
          ? runWrk(wrk, step, { origin, seconds: runSeconds, connections })
          : runLoad(steps, { origin, seconds: runSeconds, connections });
      };
      const answersFile = join(work, `${workload.key}.json`);
      writeFileSync(answersFile, JSON.stringify(first.answers));
      const host = await startServerProcess('scripts/bench-bare-server.ts', [answersFile, '--through-host'], {
        cwd: root,
      });
      const bare = await startServerProcess('scripts/bench-bare-server.ts', [answersFile], { cwd: root });
      try {
        const servers = [sandbox, host, bare];
        for (const server of servers) await run(warmup)(server.origin);
        const results: Measured[][] = servers.map(() => []);
        for (let round = 0; round < rounds; round++)
          for (const [index, server] of servers.entries()) results[index]!.push(await measure(server, run(seconds)));
        const [sandboxResult, hostResult, bareResult] = results.map(median) as [Measured, Measured, Measured];
        console.log(
          `  ${workload.key.padEnd(12)} ${row(sandboxResult)} ${row(hostResult)} ${row(bareResult)}  ` +
            `${ratio(sandboxResult.requestsPerSecond, bareResult.requestsPerSecond)}  ` +
            `${ratio(bareResult.cpuMicroseconds, sandboxResult.cpuMicroseconds)}   ` +
            `${ratio(sandboxResult.requestsPerSecond, hostResult.requestsPerSecond)}  ` +
            `${ratio(hostResult.cpuMicroseconds, sandboxResult.cpuMicroseconds)}  ${client.padEnd(10)}  ${workload.label}`,
        );
      } finally {
        await Promise.all([host.stop(), bare.stop()]);
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
