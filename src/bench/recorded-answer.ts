// One answer of the sandbox as the bare baseline server replays it: status, the headers that describe the body, body.
import type { WireResponse } from '../consumer/wire.ts';

export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// Set per connection or per message by whichever server sends the bytes, so they are not replayed.
const TRANSPORT_HEADERS = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/** What the baseline replays of a response: everything but the transport headers. */
export function recordAnswer(response: Pick<WireResponse, 'status' | 'headers' | 'body'>): RecordedAnswer {
  return {
    status: response.status,
    headers: Object.fromEntries(
      response.headers
        .filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase()))
        .map(([name, value]) => [name.toLowerCase(), value]),
    ),
    body: response.body,
  };
}
