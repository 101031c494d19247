// The bench's baseline (spawned by `npm run bench:sandbox`, not an npm command of its own): a bare node:http server
// that answers every request with bytes the sandbox gave earlier, chosen by method, so the gap to the sandbox is
// exactly the sandbox's own work. Usage: node scripts/bench-bare-server.ts <answers.json> [--port N]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { RecordedAnswer } from '../src/bench/recorded-answer.ts';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '0' } },
  allowPositionals: true,
});
if (!positionals[0]) {
  console.error('Usage: node scripts/bench-bare-server.ts <answers.json> [--port N]');
  process.exit(2);
}
const recorded = JSON.parse(readFileSync(positionals[0], 'utf8')) as Record<string, RecordedAnswer>;
const answers = new Map(
  Object.entries(recorded).map(([method, answer]) => [
    method,
    { status: answer.status, headers: answer.headers, bytes: Buffer.from(answer.body) },
  ]),
);
const fallback = answers.values().next().value;
if (!fallback) throw new Error(`${positionals[0]} holds no answer.`);

const server = createServer((request, response) => {
  const answer = answers.get(request.method ?? '') ?? fallback;
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
