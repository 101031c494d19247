// Test helpers: a sandbox server with assurance and faults wrapped around it, and a consumer that sends
// consumer-core requests to it under an ASID of its choosing.
import { buildGpcRequest, type GpcRequestOptions } from '../../../src/consumer/request.ts';
import type { WireRequest } from '../../../src/consumer/wire.ts';
import type { InteractionKey } from '../../../src/spec/index.ts';
import {
  createMemoryLog,
  createSandbox,
  withAssurance,
  withFaults,
  type AssuranceReport,
} from '../../../src/sandbox/index.ts';
import { startSandboxServer } from '../../../src/sandbox-server/index.ts';

export async function startAssuredServer(delayMs = 50) {
  const sandbox = createSandbox();
  const handle = withAssurance(withFaults(sandbox, { delayMs }), { log: createMemoryLog() });
  return startSandboxServer({ port: 0, sandbox: { ...sandbox, handle } });
}

export function consumerAt(url: string, asid: string) {
  const send = (wire: WireRequest) =>
    fetch(wire.url, {
      method: wire.method,
      headers: wire.headers.map(([name, value]): [string, string] => [name, name === 'Ssp-From' ? asid : value]),
      ...(wire.body === null ? {} : { body: wire.body }),
    });
  return {
    build: (key: InteractionKey, options: Omit<GpcRequestOptions, 'base'> = {}) =>
      buildGpcRequest(key, { base: url, ...options }),
    send,
    request: (key: InteractionKey, options: Omit<GpcRequestOptions, 'base'> = {}) =>
      send(buildGpcRequest(key, { base: url, ...options })),
    faults: (scenarios: string[]) =>
      fetch(`${url}/_sandbox/faults`, {
        method: 'POST',
        headers: { 'Ssp-From': asid, 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenarios }),
      }),
    report: async () => (await (await fetch(`${url}/_sandbox/assurance/${asid}`)).json()) as AssuranceReport,
  };
}

/** The obligation's passed and failed counts, by id. */
export const countsOf = (report: AssuranceReport) =>
  Object.fromEntries(report.obligations.map((o) => [o.id, [o.passed, o.failed]]));
