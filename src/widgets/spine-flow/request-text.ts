// Reads a step's request back from the HTTP text the reader edits (the inverse of formatHttpRequest), and readies
// it for sending: a fresh Ssp-TraceID each time, and a JWT with new iat/exp unless the reader changed the token.
import { SSP_HEADERS } from '../../spec/headers.ts';
import { refreshClaimTimes } from '../../consumer/claims.ts';
import { decodeJwt, encodeJwt } from '../../consumer/jwt.ts';
import { newUuid } from '../../spec/uuid.ts';
import { TRACE_ID_PLACEHOLDER } from '../request/draft.ts';
import { findHeader, type WireRequest } from '../../consumer/wire.ts';

export type ParsedRequest = { ok: true; request: WireRequest } | { ok: false; error: string };

/** Parses `METHOD URL HTTP/1.1`, then `Name: value` lines, then a blank line and the body. */
export function parseHttpRequest(text: string): ParsedRequest {
  const normalised = text.replace(/\r\n/g, '\n').replace(/^\n+/, '');
  const split = normalised.indexOf('\n\n');
  const head = (split === -1 ? normalised : normalised.slice(0, split)).split('\n');
  const bodyText = split === -1 ? '' : normalised.slice(split + 2);
  const start = /^([A-Z]+) (\S+)(?: HTTP\/1\.1)?\s*$/.exec(head[0] ?? '');
  if (!start)
    return {
      ok: false,
      error: 'The first line must be the method and the URL, for example: GET https://host/path HTTP/1.1',
    };
  const headers: Array<[string, string]> = [];
  for (const [index, line] of head.slice(1).entries()) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { ok: false, error: `Line ${index + 2} is not a header: write it as Name: value.` };
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const body = bodyText.trim() === '' ? null : bodyText;
  return { ok: true, request: { method: start[1] as string, url: start[2] as string, headers, body } };
}

/**
 * The request to send now. `shown` is what the widget last put on screen (the built request, or the one sent last).
 * Where the reader left the trace id or the token as shown, they are renewed, as every GP Connect request needs: a
 * new Ssp-TraceID, and new iat/exp. Anything the reader typed goes exactly as written.
 */
export function prepareForSend(request: WireRequest, shown: WireRequest | undefined, now: Date): WireRequest {
  const shownTrace = shown ? findHeader(shown.headers, SSP_HEADERS.traceId) : undefined;
  const shownAuth = shown ? findHeader(shown.headers, 'Authorization') : undefined;
  const headers = request.headers.map(([name, value]): [string, string] => {
    const lower = name.toLowerCase();
    if (lower === SSP_HEADERS.traceId.toLowerCase() && (value === TRACE_ID_PLACEHOLDER || value === shownTrace))
      return [name, newUuid()];
    if (lower === 'authorization' && value === shownAuth) {
      const decoded = decodeJwt(value.replace(/^Bearer\s+/, ''));
      return decoded.ok ? [name, `Bearer ${encodeJwt(refreshClaimTimes(decoded.payload, now))}`] : [name, value];
    }
    return [name, value];
  });
  return { ...request, headers };
}
