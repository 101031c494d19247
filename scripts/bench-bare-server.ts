// The bench's baselines (spawned by `npm run bench:sandbox`, not an npm command of its own): a server that answers
// every request with bytes the sandbox gave earlier, chosen by method. Plain, it is a bare node:http server, so the
// gap to the sandbox is the sandbox's whole cost; with --through-host the same answers come from a handler behind
// the sandbox server's own host (src/sandbox-server), so the gap to that is the sandbox's GP Connect work alone.
// Usage: node scripts/bench-bare-server.ts <answers.json> [--port N] [--through-host]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { RecordedAnswer } from '../src/bench/recorded-answer.ts';
import { startSandboxServer } from '../src/sandbox-server/index.ts';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '0' }, 'through-host': { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (!positionals[0]) {
  console.error('Usage: node scripts/bench-bare-server.ts <answers.json> [--port N] [--through-host]');
  process.exit(2);
}
const recorded = JSON.parse(readFileSync(positionals[0], 'utf8')) as Record<string, RecordedAnswer>;
const answers = new Map(
  Object.entries(recorded).map(([method, answer]) => [
    method,
    { status: answer.status, headers: answer.headers, text: answer.body, bytes: Buffer.from(answer.body) },
  ]),
);
const fallback = answers.values().next().value;
if (!fallback) throw new Error(`${positionals[0]} holds no answer.`);
const answerTo = (method: string | undefined) => answers.get(method ?? '') ?? fallback;
/** Above this the replay answers with bytes: the sandbox's structured records are far longer, its other answers shorter. */
const LONG_ANSWER_BYTES = 32 * 1024;

if (values['through-host']) {
  const host = await startSandboxServer({
    port: Number(values.port),
    sandbox: {
      async handle(request) {
        // Read the body as the sandbox must, then answer as the sandbox does: a structured record (tens of KB and
        // more) as UTF-8 bytes, which the host writes far faster than a long string, and short answers as text,
        // which it writes faster than bytes.
        if (request.method !== 'GET' && request.method !== 'HEAD') await request.arrayBuffer();
        const answer = answerTo(request.method);
        const body = answer.bytes.byteLength > LONG_ANSWER_BYTES ? answer.bytes : answer.text;
        return new Response(body, { status: answer.status, headers: answer.headers });
      },
      // A replay has no state to restore.
      reset: async () => {},
    },
  });
  console.log(`replay through the sandbox host listening on ${host.url}`);
  process.on('SIGTERM', () => void host.close().then(() => process.exit(0)));
} else {
  const server = createServer((request, response) => {
    const answer = answerTo(request.method);
    // Read the body as the sandbox must, then answer.
    request.resume();
    request.on('end', () => {
      response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.bytes.byteLength });
      response.end(answer.bytes);
    });
  });
  server.listen(Number(values.port), '127.0.0.1', () => {
    console.log(`bare node:http server listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
