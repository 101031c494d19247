// HTTP load through autocannon: a bounded run of keep-alive connections against one loopback origin, summed up as
// requests per second and latency percentiles. Any answer outside 2xx fails the run: a bench that measures error
// responses measures the wrong code path.
import autocannon from 'autocannon';
import type { WireRequest } from '../consumer/wire.ts';

export interface LoadOptions {
  /** `http://127.0.0.1:port`; nothing else is ever a target. */
  origin: string;
  seconds: number;
  connections: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  requests: number;
}

export type Step = autocannon.Request;

/** One request as autocannon sends it. */
export function toStep(request: WireRequest): Step {
  return {
    method: request.method as Step['method'],
    path: request.url,
    headers: Object.fromEntries(request.headers),
    ...(request.body !== null ? { body: request.body } : {}),
  };
}

export function assertLoopback(origin: string): void {
  const { hostname } = new URL(origin);
  if (!/^127\.\d+\.\d+\.\d+$/.test(hostname) && hostname !== '[::1]' && hostname !== 'localhost')
    throw new Error(`Load is only ever sent to this machine's loopback; ${origin} is not on it.`);
}

/** Runs `steps` in a loop on every connection for `seconds`; fails on a connection error or a non-2xx answer. */
export async function runLoad(steps: Step[], options: LoadOptions): Promise<LoadResult> {
  assertLoopback(options.origin);
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.seconds,
    requests: steps,
  });
  const failed = result.non2xx + result.errors;
  if (failed > 0) {
    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, { count }]) => `${code}×${count ?? 0}`)
      .join(', ');
    throw new Error(
      `${options.origin}: ${result.non2xx} answers outside 2xx and ${result.errors} connection errors (${codes}); ` +
        'the bench must only send requests the sandbox accepts.',
    );
  }
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result['2xx'],
  };
}
