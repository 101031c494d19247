// Sends a built request to the chosen target: the sandbox inside this page (default, no network), the local
// sandbox server, or any base URL the reader types. Traffic goes straight to that target; there is no proxy.
// The sandbox module is loaded with import() on the first send so it never weighs on the page's first load.
import type { Sandbox } from '../../sandbox/index.ts';
import type { WireRequest, WireResponse } from '../../consumer/wire.ts';

/** Where a request goes. 'browser' runs the sandbox in this page; 'local' is `npm run sandbox`. */
export type Target = { kind: 'browser' } | { kind: 'local' } | { kind: 'custom'; base: string };

/** The storage the in-page sandbox keeps its bookings in (the page passes localStorage). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type FailureKind = 'cors' | 'refused' | 'timeout' | 'mixed-content' | 'invalid-url';

/** Why a network call failed, in words, with what the reader can do about it. */
export interface TransportFailure {
  kind: FailureKind;
  message: string;
  advice: string;
}

export type SendResult = { ok: true; response: WireResponse } | { ok: false; failure: TransportFailure };

export interface SendOptions {
  /** Where the in-page sandbox persists state; without it the sandbox keeps state in memory. */
  storage?: KeyValueStorage;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** The in-page sandbox: faults and the consumer assurance log wrapped around it, as the local server has them. */
export interface PageSandbox extends Sandbox {
  /** Empties the assurance log of every ASID (it lives in the page's storage beside the bookings). */
  clearAssuranceLog(): void;
}

let sandbox: Promise<PageSandbox> | undefined;
const exchangeListeners = new Set<() => void>();

/** Calls `listener` after each GP Connect or Spine request the in-page sandbox has answered; returns the function that stops it. */
export function onSandboxExchange(listener: () => void): () => void {
  exchangeListeners.add(listener);
  return () => exchangeListeners.delete(listener);
}

/** Loads the in-page sandbox once; every widget on the page shares it, its store and its assurance log. */
export function loadSandbox(storage?: KeyValueStorage): Promise<PageSandbox> {
  sandbox ??= import('../../sandbox/index.ts').then((module) => {
    const inner = module.createSandbox(storage ? { store: module.createStorageStore(storage) } : {});
    const log = storage ? module.createStorageLog(storage) : module.createMemoryLog();
    const graded = module.withAssurance(module.withFaults(inner), { log });
    return {
      ...inner,
      handle: async (request) => {
        const response = await graded(request);
        // The sandbox's own routes (the report, the fault switches) are not exchanges: reading a report must not
        // trigger another read.
        if (!new URL(request.url).pathname.startsWith('/_sandbox/'))
          for (const listener of exchangeListeners) listener();
        return response;
      },
      clearAssuranceLog: () => log.clear(),
    };
  });
  return sandbox;
}

/**
 * The origin (and any path prefix) requests are built on. The in-page sandbox routes by path only, so it borrows
 * the local server's address: the URL shown and the curl copied then work against `npm run sandbox` unchanged.
 */
export function resolveTargetBase(target: Target, localSandboxUrl: string): string {
  if (target.kind === 'custom') return normaliseBase(target.base);
  return localSandboxUrl;
}

/**
 * A typed base as a URL: a bare port (4011) or host:port (localhost:4011) is a local server over plain HTTP, so a
 * sandbox started on another port needs no scheme typed; anything else is kept as typed, less trailing slashes.
 */
export function normaliseBase(typed: string): string {
  const text = typed.trim().replace(/\/+$/, '');
  if (/^\d{1,5}$/.test(text)) return `http://127.0.0.1:${text}`;
  if (/^(localhost|127\.0\.0\.1|\[::1\]):\d{1,5}$/.test(text)) return `http://${text}`;
  return text;
}

/** Sends the request and reads the whole response as text. */
export async function sendRequest(
  target: Target,
  request: WireRequest,
  options: SendOptions = {},
): Promise<SendResult> {
  const started = performance.now();
  if (target.kind === 'browser') {
    const instance = await loadSandbox(options.storage);
    return {
      ok: true,
      response: await exchangeWith((fetchRequest) => instance.handle(fetchRequest), request, started),
    };
  }
  return sendOverNetwork(request, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, started);
}

/** Restores the sandbox's seed data on the chosen target. */
export async function resetSandbox(
  target: Target,
  localSandboxUrl: string,
  options: SendOptions = {},
): Promise<SendResult> {
  if (target.kind === 'browser') {
    const started = performance.now();
    await (await loadSandbox(options.storage)).reset();
    return {
      ok: true,
      response: {
        status: 204,
        statusText: 'No Content',
        headers: [],
        body: '',
        ms: Math.round(performance.now() - started),
      },
    };
  }
  const url = `${resolveTargetBase(target, localSandboxUrl)}/_sandbox/reset`;
  return sendOverNetwork(
    { method: 'POST', url, headers: [], body: null },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    performance.now(),
  );
}

function toFetchRequest(request: WireRequest): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === null ? {} : { body: request.body }),
  });
}

/**
 * Sends a wire request to a Fetch-style handler (the page's sandbox, or one a test made) and reads the answer as the
 * widgets show it; `ms` counts from `started`.
 */
export async function exchangeWith(
  handle: (request: Request) => Promise<Response>,
  request: WireRequest,
  started = performance.now(),
): Promise<WireResponse> {
  return readResponse(await handle(toFetchRequest(request)), started);
}

async function readResponse(response: Response, started: number): Promise<WireResponse> {
  const body = await response.text();
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body,
    ms: Math.round(performance.now() - started),
  };
}

async function sendOverNetwork(request: WireRequest, timeoutMs: number, started: number): Promise<SendResult> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return {
      ok: false,
      failure: {
        kind: 'invalid-url',
        message: `"${request.url}" is not a complete URL.`,
        advice: 'Type the base URL with its scheme, for example http://127.0.0.1:4010.',
      },
    };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(toFetchRequest(request), { signal: controller.signal });
    return { ok: true, response: await readResponse(response, started) };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, failure: describeTimeout(url, timeoutMs) };
    return { ok: false, failure: await classifyFailure(url, error) };
  } finally {
    clearTimeout(timer);
  }
}

function describeTimeout(url: URL, timeoutMs: number): TransportFailure {
  return {
    kind: 'timeout',
    message: `${url.origin} did not answer within ${timeoutMs / 1000} seconds.`,
    advice:
      'Check that the server is up and not stuck, then send again. A provider behind a VPN needs the VPN connected.',
  };
}

/**
 * A browser reports CORS refusals and closed ports with the same TypeError. A second, opaque (no-cors) request
 * tells them apart: if it gets through, something answered, so it was CORS that hid the response.
 */
async function classifyFailure(url: URL, error: unknown): Promise<TransportFailure> {
  const pageProtocol = typeof location === 'undefined' ? 'http:' : location.protocol;
  if (pageProtocol === 'https:' && url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return {
      kind: 'mixed-content',
      message: `This page is served over HTTPS, so the browser blocked a plain-HTTP request to ${url.origin}.`,
      advice: 'Use an https:// address for the target, or run the site and the server locally.',
    };
  }
  const reachable = await fetch(url, { mode: 'no-cors', signal: AbortSignal.timeout(3000) }).then(
    () => true,
    () => false,
  );
  if (reachable) {
    return {
      kind: 'cors',
      message: `${url.origin} answered, but did not allow this page to read the response (CORS).`,
      advice:
        'The server must send Access-Control-Allow-Origin for this site and allow the Authorization and Ssp-* headers in its preflight answer. The local sandbox (npm run sandbox) does; otherwise copy the request as curl and run it from a terminal.',
    };
  }
  return {
    kind: 'refused',
    message: `Nothing answered at ${url.origin} (${(error as Error).message || 'connection failed'}).`,
    advice: isLoopback(url.hostname)
      ? 'Start the server first: for the local sandbox run npm run sandbox, then send again.'
      : 'Check the address and port, and that the server is running and reachable from this computer.',
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
