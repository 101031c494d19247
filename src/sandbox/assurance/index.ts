// Consumer assurance: a wrapper around any sandbox handler that logs every request per consumer ASID (Ssp-From) and
// serves GET /_sandbox/assurance/{ASID}, the graded report, so the in-page sandbox and the server both have it.
import { SSP_HEADERS, findInteractionById } from '../../spec/index.ts';
import { bodyOf } from '../request-body.ts';
import { urlOf } from '../request-url.ts';
import { SpineError } from '../spine-error.ts';
import type { AssuranceLog } from './log.ts';
import { gradeConsumer } from './obligations.ts';
import { toAssuranceRecord } from './record.ts';

export const ASSURANCE_PATH = '/_sandbox/assurance/';

export interface AssuranceOptions {
  log: AssuranceLog;
  now?: () => Date;
}

/** Wraps `handle`; requests without Ssp-From and the sandbox's own control routes are not logged. */
export function withAssurance(
  handle: (request: Request) => Promise<Response>,
  options: AssuranceOptions,
): (request: Request) => Promise<Response> {
  const now = options.now ?? (() => new Date());
  return async (request) => {
    const url = urlOf(request);
    if (url.pathname.startsWith(ASSURANCE_PATH)) {
      const asid = decodeURIComponent(url.pathname.slice(ASSURANCE_PATH.length));
      if (request.method !== 'GET' || !/^\d{1,20}$/.test(asid)) {
        return new SpineError(
          'BAD_REQUEST',
          `Read a consumer's report with GET ${ASSURANCE_PATH}{ASID}, the ASID in digits.`,
        ).toResponse();
      }
      return Response.json(gradeConsumer(asid, options.log.list(asid)), { headers: { 'Cache-Control': 'no-store' } });
    }
    const asid = request.headers.get(SSP_HEADERS.from)?.trim();
    if (!asid || url.pathname.startsWith('/_sandbox/')) return handle(request);
    const arrived = now();
    // Only a structured record request's and a booking's bodies are graded; the handler reads the same bytes
    // (bodyOf reads a body once for every layer).
    const key = findInteractionById(request.headers.get(SSP_HEADERS.interactionId) ?? '')?.key;
    if (request.method === 'POST' && (key === 'S1' || key === 'A3')) {
      const response = await handle(request);
      // Decoded leniently here: the handler must still see invalid UTF-8 as sent, and refuse it.
      const body = new TextDecoder().decode(await bodyOf(request));
      options.log.append(asid, await toAssuranceRecord(request, response, arrived, body));
      return response;
    }
    const response = await handle(request);
    options.log.append(asid, await toAssuranceRecord(request, response, arrived));
    return response;
  };
}

export { gradeConsumer, obligations, type AssuranceReport, type ObligationReport } from './obligations.ts';
export { createMemoryLog, createStorageLog, type AssuranceLog } from './log.ts';
export type { AssuranceRecord } from './record.ts';
