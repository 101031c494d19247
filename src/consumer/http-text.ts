// A request written out as HTTP/1.1 text: the form the page shows before the widget hydrates.
import type { WireRequest } from './wire.ts';

export function formatHttpRequest(request: WireRequest): string {
  const head = [
    `${request.method} ${request.url} HTTP/1.1`,
    ...request.headers.map(([name, value]) => `${name}: ${value}`),
  ];
  return request.body === null ? head.join('\n') : `${head.join('\n')}\n\n${request.body}`;
}
