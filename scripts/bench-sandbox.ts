// `npm run bench:sandbox`: the sandbox's latency in-process, then its HTTP throughput under autocannon (in this
// process) against the real sandbox server process and a bare node:http process replaying the same bytes.
// Loopback only, every run bounded in time. Flags: --seconds N (per run, default 5), --connections N (default 10),
// --profile DIR (record a --cpu-prof profile of the sandbox server and print where its time goes).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summariseCpuProfile } from '../src/bench/cpu-profile.ts';
import { buildExampleRequest, listStandaloneExamples } from '../src/bench/gpc-requests.ts';
import { runLoad, type LoadResult } from '../src/bench/load.ts';
import { sandboxWorkloads } from '../src/bench/sandbox-workloads.ts';
import { startServerProcess } from '../src/bench/server-process.ts';
import { createSandbox } from '../src/sandbox/index.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    profile: { type: 'string' },
    iterations: { type: 'string', default: '300' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const iterations = Number(values.iterations);
for (const [name, value] of Object.entries({ seconds, connections, iterations }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1.`);

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

const row = (result: LoadResult) =>
  `${result.requestsPerSecond.toFixed(0).padStart(7)} ${result.p50.toFixed(1).padStart(5)} ${result.p99.toFixed(1).padStart(5)}`;

async function benchHttp(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
  const profileDir = values.profile ? join(root, values.profile) : undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  // The same command as `npm run sandbox`, in its own process.
  const sandbox = await startServerProcess('scripts/sandbox-server.ts', ['--port', '0', '--host', '127.0.0.1'], {
    cwd: root,
    nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  console.log(
    `\nOver HTTP: autocannon, ${connections} keep-alive connections, ${seconds} s per run after a 1 s warm-up`,
  );
  console.log('                 sandbox server      bare node:http');
  console.log('  workload       req/s   p50   p99   req/s   p50   p99   ratio   (p50/p99 in ms)');
  try {
    for (const workload of sandboxWorkloads) {
      // Every run starts from a reset sandbox (a run that stops mid-booking leaves its slots booked).
      const run = async (origin: string, runSeconds: number) =>
        runLoad((await workload.prepare(sandbox.origin)).steps, { origin, seconds: runSeconds, connections });
      const answersFile = join(work, `${workload.key}.json`);
      writeFileSync(answersFile, JSON.stringify((await workload.prepare(sandbox.origin)).answers));
      await run(sandbox.origin, 1);
      const sandboxResult = await run(sandbox.origin, seconds);
      const bare = await startServerProcess('scripts/bench-bare-server.ts', [answersFile], { cwd: root });
      try {
        await run(bare.origin, 1);
        const bareResult = await run(bare.origin, seconds);
        console.log(
          `  ${workload.key.padEnd(12)} ${row(sandboxResult)} ${row(bareResult)}  ${(sandboxResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2).padStart(5)}   ${workload.label}`,
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
