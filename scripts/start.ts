// scripts/start.ts (`npm start`): builds the site, then serves it on :4321 next to the sandbox server on :4010.
import { spawnSync } from 'node:child_process';
import { preview } from 'astro';
import { startSandboxServer } from '../src/sandbox-server/index.ts';
import { SANDBOX_PORT, SITE_PORT } from '../src/site/config.ts';

const root = new URL('..', import.meta.url).pathname;
const build = spawnSync(`${root}node_modules/.bin/astro`, ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const sandbox = await startSandboxServer({ port: SANDBOX_PORT, host: '127.0.0.1', log: (line) => console.log(line) });
const site = await preview({ root, logLevel: 'warn', server: { port: SITE_PORT, host: 'localhost' } });
console.log(`\nGP Connect developer portal: http://localhost:${site.port}/`);
console.log(`Sandbox server:              ${sandbox.url}  (widgets can target it; so can curl, Postman and your code)`);
console.log('Press Ctrl+C to stop.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    Promise.all([site.stop(), sandbox.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
