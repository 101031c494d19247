// HTTP load through Debian's wrk (apt-get install wrk), for workloads that send one fixed request: a C client in
// its own process, so the server, not the load generator, is the bottleneck. autocannon in the bench's own Node
// process tops out near the rate a bare node:http server answers at, and a server it cannot saturate pays a wake-up
// per request, which inflates the CPU time each request is charged with.
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { assertLoopback, type LoadOptions, type LoadResult, type Step } from './load.ts';

/** The wrk on PATH, or undefined when it is not installed. */
export function findWrk(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'wrk');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** A Lua long string that no text can end early: its level has more `=` than any `]=…]` inside. */
export function luaString(text: string): string {
  const level = '='.repeat(Math.max(0, ...[...text.matchAll(/\](=*)\]/g)].map((m) => (m[1]?.length ?? 0) + 1)));
  // A newline right after the opening bracket is dropped by Lua, so one is always put there.
  return `[${level}[\n${text}]${level}]`;
}

/** The wrk script that sends `step` as it is: method, headers and body. */
export function wrkScript(step: Step): string {
  const lines = [`wrk.method = ${luaString(step.method ?? 'GET')}`];
  for (const [name, value] of Object.entries(step.headers ?? {}))
    // The spaces keep `[[` of the long string from reading as part of the index brackets.
    lines.push(`wrk.headers[ ${luaString(name)} ] = ${luaString(String(value))}`);
  if (step.body !== undefined) lines.push(`wrk.body = ${luaString(String(step.body))}`);
  return `${lines.join('\n')}\n`;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** Milliseconds from a wrk duration such as `812.00us`, `1.20ms` or `2.01s`. */
function toMs(value: string, unit: string): number {
  const scale = UNIT_MS[unit];
  if (scale === undefined) throw new Error(`wrk printed a latency in an unknown unit: ${value}${unit}.`);
  return Number(value) * scale;
}

/** What wrk printed (run with `--latency`), as a LoadResult; fails on non-2xx answers or socket errors. */
export function parseWrkOutput(output: string, seconds: number): LoadResult {
  const requests = /^\s*(\d+) requests in /m.exec(output)?.[1];
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    if (!match?.[1] || !match[2]) throw new Error(`wrk printed no ${p}% latency:\n${output}`);
    return toMs(match[1], match[2]);
  };
  if (requests === undefined) throw new Error(`wrk printed no request count:\n${output}`);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1];
  const errors = /Socket errors: (.*)/.exec(output)?.[1];
  if (non2xx || errors)
    throw new Error(
      `wrk saw ${non2xx ?? 0} answers outside 2xx${errors ? ` and socket errors (${errors})` : ''}; ` +
        'the bench must only send requests the sandbox accepts.',
    );
  const count = Number(requests);
  return { requestsPerSecond: count / seconds, p50: percentile('50'), p99: percentile('99'), requests: count };
}

/** Runs one fixed request on every connection for `seconds`, through wrk with one thread. */
export async function runWrk(wrk: string, step: Step, options: LoadOptions): Promise<LoadResult> {
  assertLoopback(options.origin);
  const dir = mkdtempSync(join(tmpdir(), 'bench-wrk-'));
  try {
    const script = join(dir, 'request.lua');
    writeFileSync(script, wrkScript(step));
    const { stdout } = await promisify(execFile)(
      wrk,
      [
        '--threads',
        '1',
        '--connections',
        String(options.connections),
        '--duration',
        `${options.seconds}s`,
        '--latency',
        '--script',
        script,
        `${options.origin}${step.path ?? '/'}`,
      ],
      { timeout: (options.seconds + 30) * 1000 },
    );
    return parseWrkOutput(stdout, options.seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
