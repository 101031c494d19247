// The built site served as a static host serves it (GitHub Pages, Netlify, S3 behind a CDN): files from dist/,
// `/a/` as `/a/index.html`, text compressed. Lighthouse reads transfer sizes, so an uncompressed preview server
// would measure bytes no reader downloads. Loopback only.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

export interface StaticHost {
  origin: string;
  stop(): Promise<void>;
}

/** Serves `root` (a built site) on 127.0.0.1 at a free port. */
export async function startStaticHost(root: string): Promise<StaticHost> {
  const app = new Hono();
  app.use(compress());
  app.use(serveStatic({ root }));
  app.notFound((c) => c.text(`Not found: ${c.req.path}`, 404));
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
