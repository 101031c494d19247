// The shape of one request as it goes over the wire: what the transport sends and what the code exporters print.

/** A fully built HTTP request: every header the consumer sends, in order, and the body text. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Array<[name: string, value: string]>;
  body: string | null;
}

/** A response as the widget keeps it: text only, so nothing from a target is ever treated as HTML. */
export interface WireResponse {
  status: number;
  statusText: string;
  headers: Array<[name: string, value: string]>;
  body: string;
  /** Milliseconds from sending to the whole body having arrived. */
  ms: number;
}

/** Looks a header up by name, ignoring case, as HTTP does. */
export function findHeader(headers: Array<[string, string]>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1];
}
