// The Node host of the sandbox: @hono/node-server around the Web-standard handler, adding only transport concerns
// (CORS for the site's widgets, a 1 MB body limit, gzip, the public base URL, methods Fetch cannot carry, one log
// line per request). No sandbox rule lives here.
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createSandbox, SpineError, type Sandbox } from '../sandbox/index.ts';
import { urlOf } from '../sandbox/request-url.ts';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
/** Bodies above this are refused with 413 before they reach the sandbox. */
export const MAX_BODY_BYTES = 1024 * 1024;

const ALLOWED_HEADERS = [
  'Ssp-TraceID',
  'Ssp-From',
  'Ssp-To',
  'Ssp-InteractionID',
  'Authorization',
  'If-Match',
  'Prefer',
  'Content-Type',
  'Accept',
];
const EXPOSED_HEADERS_VALUE = ['ETag', 'Location', 'Content-Location', 'Last-Modified'].join(', ');

/** Methods a Fetch `Request` cannot be built with (the Fetch standard forbids them), so they never reach the sandbox. */
export const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export interface SandboxServerOptions {
  port?: number;
  host?: string;
  /** The sandbox to serve; a fresh in-memory one by default. */
  sandbox?: Sandbox | ((publicOrigin: string) => Sandbox);
  /** Where the per-request log lines go; silent when omitted. */
  log?: (line: string) => void;
  /**
   * The public base URL consumers use (`--base-url`), for Location and other absolute URLs; by default the
   * listening address. The request's Host header is never used for them.
   */
  baseUrl?: string;
}

export interface RunningSandboxServer {
  /** `http://host:port` */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
      'Access-Control-Max-Age': '600',
    },
  });
}

const tooLarge = () =>
  new SpineError(
    'BAD_REQUEST',
    `The request body is larger than ${MAX_BODY_BYTES} bytes, the sandbox server's limit.`,
    { status: 413 },
  ).toResponse();

/** One log line: when, what, the answer and how long it took. */
function logLine(
  log: ((line: string) => void) | undefined,
  request: { method: string; target: string; interaction: string | null },
  status: number,
  started: number,
): void {
  log?.(
    `${new Date().toISOString()} ${request.method} ${request.target} → ${status} ` +
      `${(performance.now() - started).toFixed(1)} ms${request.interaction ? ` [${request.interaction}]` : ''}`,
  );
}

/** The fetch function the server runs: `sandbox.handle` and its log line (nodeTransport does the rest). */
function createServerFetch(sandbox: Sandbox, log?: (line: string) => void): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = performance.now();
    const response = await sandbox.handle(request);
    if (log) {
      const url = urlOf(request);
      const interaction = request.headers.get('Ssp-InteractionID');
      logLine(
        log,
        { method: request.method, target: `${url.pathname}${url.search}`, interaction },
        response.status,
        started,
      );
    }
    return response;
  };
}

/**
 * Reads a body into memory up to MAX_BODY_BYTES (a chunked body carries no Content-Length to trust): 'too large'
 * once it is larger, the rest then being drained unread; 'lost' when the client went away before its end.
 */
function readLimitedBody(req: IncomingMessage): Promise<Buffer | 'too large' | 'lost'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: 'too large' | 'lost') => {
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      req.resume();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else stop('too large');
    };
    const onEnd = () => {
      req.off('data', onData).off('close', onClose);
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => stop('lost');
    req.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}

/**
 * The Node side of the server, before @hono/node-server turns the request into a Fetch one:
 * - CORS for the site's widgets: the preflight answer, and the headers set on every other Node response before the
 *   sandbox's own are written (set on the Fetch Response instead, they would turn its plain header record into a
 *   Headers object);
 * - 405 with an OperationOutcome for a method Fetch cannot carry;
 * - 413 for a body over the limit; a body within it is handed on as `rawBody`, which @hono/node-server reads the
 *   request body from without building Web streams (the sandbox reads each body once, whole).
 */
function nodeTransport(listener: RequestListener, log?: (line: string) => void): RequestListener {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const method = req.method ?? '';
    const isPreflight = method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!isPreflight) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS_VALUE);
    }
    let refusal = isPreflight
      ? preflight()
      : FORBIDDEN_METHODS.has(method)
        ? new SpineError('BAD_REQUEST', `The method ${method} is not served; GP Connect uses GET, POST and PUT.`, {
            status: 405,
            headers: { Allow: 'GET, POST, PUT, OPTIONS' },
          }).toResponse()
        : undefined;
    if (!refusal && method !== 'GET' && method !== 'HEAD') {
      const body =
        Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES ? 'too large' : await readLimitedBody(req);
      if (body === 'lost') return;
      if (body === 'too large') {
        res.setHeader('Connection', 'close');
        refusal = tooLarge();
      } else {
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      }
    }
    if (!refusal) return listener(req, res);
    const interaction = req.headers['ssp-interactionid'];
    const target = req.url ?? '';
    logLine(
      log,
      { method, target, interaction: typeof interaction === 'string' ? interaction : null },
      refusal.status,
      started,
    );
    res.writeHead(refusal.status, Object.fromEntries(refusal.headers));
    res.end(await refusal.text());
  };
}

/**
 * The server's fetch: gzip (hono's compress) around the transport concerns, for a request whose Accept-Encoding
 * names gzip or any encoding. Other requests skip it: passing through a Hono app turns the sandbox's lightweight
 * Response into a standard one written through a Web stream, which cost more than the sandbox's own work.
 */
function compressedFetch(fetch: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  const app = new Hono();
  app.use(compress({ encoding: 'gzip' }));
  app.all('*', (c) => fetch(c.req.raw));
  return (request) =>
    /gzip|\*/i.test(request.headers.get('Accept-Encoding') ?? '')
      ? Promise.resolve(app.fetch(request))
      : fetch(request);
}

/** The sandbox to serve: the one given, one made for the public origin, or a fresh in-memory one. */
function makeSandbox(given: SandboxServerOptions['sandbox'], publicOrigin: string): Sandbox {
  if (typeof given === 'function') return given(publicOrigin);
  return given ?? createSandbox({ publicOrigin });
}

/** Starts the server and resolves once it listens; port 0 picks a free port. */
export function startSandboxServer(options: SandboxServerOptions = {}): Promise<RunningSandboxServer> {
  const host = options.host ?? DEFAULT_HOST;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return new Promise((resolve, reject) => {
    let serverFetch: ((request: Request) => Promise<Response>) | undefined;
    const fetch = compressedFetch((request) => {
      // Made on the first request, once the port is known: the default public origin is the listening address.
      serverFetch ??= createServerFetch(
        makeSandbox(options.sandbox, options.baseUrl ?? `http://${urlHost}:${port()}`),
        options.log,
      );
      return serverFetch(request);
    });
    const port = () => (server.address() as AddressInfo).port;
    const server = serve(
      {
        fetch,
        createServer: ((serverOptions: object, listener: RequestListener) =>
          createServer(serverOptions, nodeTransport(listener, options.log))) as typeof createServer,
        port: options.port ?? DEFAULT_PORT,
        hostname: host,
        // The process's Request and Response become @hono/node-server's lightweight subclasses of Node's own: a
        // Response the sandbox builds from a string is then written to the socket as that string, without the Web
        // stream a standard one wraps it in (that conversion was the host's largest cost). They behave as the
        // standard ones for everything the sandbox does (the whole test suite runs against this server), and turn
        // into a standard object the moment code asks for more (a body stream, a clone).
        overrideGlobalObjects: true,
      },
      (info: AddressInfo) => {
        resolve({
          url: `http://${urlHost}:${info.port}`,
          port: info.port,
          host,
          close: () =>
            new Promise<void>((done) => {
              (server as Server).closeAllConnections?.();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
