// `npm run sandbox`: serves the GP Connect sandbox on http://127.0.0.1:4010 (flags: --port N, --host H,
// --base-url U, --data FILE (default .sandbox/state.sqlite), --memory for a throwaway run, --report to print each
// consumer's assurance summary on exit).
import { parseArgs } from 'node:util';
import {
  capabilities,
  practiceList,
  serviceRootPath,
  testPatientList,
  type RoutingSegment,
} from '../src/spec/index.ts';
import { DEFAULT_HOST, DEFAULT_PORT, startSandboxServer } from '../src/sandbox-server/index.ts';
import { createLineLog } from '../src/sandbox-server/line-log.ts';
import { DEFAULT_DATA_FILE, isSqliteAvailable, openSqliteState } from '../src/sandbox-server/sqlite-store.ts';
import {
  createMemoryLog,
  createMemoryStore,
  createSandbox,
  gradeConsumer,
  withAssurance,
  withFaults,
} from '../src/sandbox/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'base-url': { type: 'string' },
    data: { type: 'string' },
    memory: { type: 'boolean' },
    report: { type: 'boolean' },
  },
});
const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535; received ${JSON.stringify(values.port)}.`);
  process.exit(2);
}

const baseUrl = values['base-url'];
if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
  console.error(
    `--base-url must be an absolute URL such as https://sandbox.example.nhs.uk; received ${JSON.stringify(baseUrl)}.`,
  );
  process.exit(2);
}
const inMemory = values.memory || !isSqliteAvailable;
const dataFile = inMemory ? ':memory:' : (values.data ?? DEFAULT_DATA_FILE);
const state = isSqliteAvailable ? openSqliteState(dataFile) : { store: createMemoryStore() };
const assuranceLog = 'assuranceLog' in state ? state.assuranceLog : createMemoryLog();
const requestLog = createLineLog(process.stdout);
const server = await startSandboxServer({
  port,
  host: values.host ?? DEFAULT_HOST,
  sandbox: (publicOrigin) => {
    const sandbox = createSandbox({ store: state.store, publicOrigin: baseUrl ?? publicOrigin });
    return { ...sandbox, handle: withAssurance(withFaults(sandbox), { log: assuranceLog }) };
  },
  log: requestLog,
});
const segments = [...new Set(Object.values(capabilities).map((c) => c.routingSegment))] as RoutingSegment[];

console.log(`GP Connect sandbox listening on ${server.url}`);
console.log(
  `State: ${values.memory ? 'in memory (--memory)' : inMemory ? 'in memory (this Node has no node:sqlite; use Node 22.5+ to keep it in a file)' : dataFile}\n`,
);
console.log('Practices (service root URLs):');
for (const practice of practiceList) {
  console.log(`  ${practice.odsCode} ${practice.name} (${practice.actor}), ASID ${practice.asid}`);
  for (const segment of segments) console.log(`    ${server.url}${serviceRootPath(practice.odsCode, segment)}`);
}
console.log('\nTest patients:');
for (const patient of testPatientList) {
  console.log(
    `  ${patient.key.padEnd(22)} ${patient.nhsNumber}  ${patient.practice ?? '—'.padEnd(6)}  ${patient.role}`,
  );
}
console.log(
  `\nAlso: ${server.url}/ssp/https://..., ${server.url}/spine/pds/Patient/{nhsNumber}, ` +
    `${server.url}/spine/sds/search?filter=..., POST ${server.url}/_sandbox/reset\n`,
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    requestLog.flush();
    console.log(`\n${signal} received: closing the sandbox server.`);
    if (values.report) printAssuranceSummary();
    server.close().then(
      () => {
        if ('close' in state) state.close();
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}

function printAssuranceSummary(): void {
  for (const asid of assuranceLog.asids()) {
    const report = gradeConsumer(asid, assuranceLog.list(asid));
    console.log(
      `\nConsumer ASID ${asid}: ${report.requests} requests, ${report.passed ? 'every obligation met' : 'obligations failed'}`,
    );
    for (const o of report.obligations.filter((o) => o.passed + o.failed > 0)) {
      console.log(`  ${o.failed ? '✗' : '✓'} ${o.title}: ${o.passed} passed, ${o.failed} failed  ${o.spec}`);
      for (const f of o.failures.slice(0, 3)) console.log(`      #${f.seq} ${f.method} ${f.path}: ${f.problem}`);
    }
  }
}
