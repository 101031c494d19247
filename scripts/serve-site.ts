// scripts/serve-site.ts: serves the built site (dist/) on 127.0.0.1, for the browser tests and `npm start`.
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { SITE_PORT } from '../src/site/config.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const server = await preview({
  root: new URL('..', import.meta.url).pathname,
  logLevel: 'warn',
  server: { port: Number(values.port ?? SITE_PORT), host: values.host ?? '127.0.0.1' },
});
console.log(`Site: http://${values.host ?? '127.0.0.1'}:${server.port}/`);

const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
