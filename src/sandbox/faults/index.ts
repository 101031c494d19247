// Fault injection: a wrapper around any sandbox handler that, for one consumer ASID (Ssp-From), answers the way a
// failing SSP or provider would, so a consumer can prove it copes. POST /_sandbox/faults switches scenarios on.
import type { Bundle } from 'fhir/r3';
import { SSP_HEADERS, findInteractionById, type InteractionKey } from '../../spec/index.ts';
import { buildOperationOutcome } from '../spine-error.ts';
import { SpineError } from '../spine-error.ts';
import { urlOf } from '../request-url.ts';
import { SSP_PREFIX } from '../spine/ssp.ts';
import { fhirResponse } from '../respond.ts';
import type { ConfigurableSandbox } from '../sandbox-types.ts';
import type { QueryArea } from '../provider/structured/query.ts';
import { addEveryWarning, addSwitchedOffList, findFirstRequestedArea, switchAreaOff } from './structured-record.ts';

export const FAULTS_PATH = '/_sandbox/faults';
/** Set on every answer a fault produced, so the assurance log can tell a fault from a real refusal. */
export const FAULT_HEADER = 'X-Sandbox-Fault';

export interface FaultScenario {
  title: string;
  /** True when the fault fires on the next matching request only (a retry then succeeds). */
  once: boolean;
  /** What the consumer must do, in a sentence. */
  consumerDuty: string;
  /** The obligation of the assurance report that grades the consumer's next requests, when requests can show it. */
  gradedBy?: string;
}

export const faultScenarios = {
  'ssp-502': {
    title: 'The SSP cannot reach the provider (502)',
    once: true,
    consumerDuty: 'Retry later with a new Ssp-TraceID.',
    gradedBy: 'retry-after-transient',
  },
  'ssp-timeout': {
    title: 'The SSP times out',
    once: true,
    consumerDuty: 'Stop waiting, then retry with a new Ssp-TraceID.',
    gradedBy: 'retry-after-transient',
  },
  'provider-500': {
    title: 'The provider fails (500 INTERNAL_SERVER_ERROR)',
    once: true,
    consumerDuty: 'Retry with a new Ssp-TraceID; do not resend the same trace.',
    gradedBy: 'retry-after-transient',
  },
  'provider-slow': {
    title: 'The provider answers slowly',
    once: false,
    consumerDuty: 'Keep the user informed and time out gracefully.',
  },
  'asid-check-failed': {
    title: 'The SSP refuses the sender ASID (403 ASID_CHECK_FAILED)',
    once: false,
    consumerDuty: 'Stop sending this interaction and fix the ASID registration; retrying does not help.',
  },
  'slot-taken': {
    title: 'A slot is taken between search and booking (409 DUPLICATE_REJECTED)',
    once: true,
    consumerDuty: 'Search for free slots again before booking another.',
    gradedBy: 'search-after-slot-taken',
  },
  'stale-etag': {
    title: 'The appointment changed since it was read (409 on amend or cancel)',
    once: true,
    consumerDuty: 'Read the appointment again and send its new ETag in If-Match.',
    gradedBy: 're-read-after-conflict',
  },
  'area-off': {
    title: 'The first clinical area a structured record asks for is switched off at the practice',
    once: false,
    consumerDuty:
      'Show the rest of the record and tell the user that this area was not returned (the NOT_IMPLEMENTED warning names it); never present it as "nothing recorded".',
  },
  'every-warning': {
    title: 'Every List of a structured record carries every List warning code',
    once: false,
    consumerDuty:
      "Show each List's warnings with their notes beside its items: confidential items withheld, a record still in transit, items awaiting filing.",
  },
} as const satisfies Record<string, FaultScenario>;
export type FaultKey = keyof typeof faultScenarios;
const isFaultKey = (key: string): key is FaultKey => Object.hasOwn(faultScenarios, key);

export interface FaultOptions {
  /** How long a slow provider or a timing-out SSP holds the answer, in ms; tests shorten it. */
  delayMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const keyOf = (request: Request): InteractionKey | undefined =>
  findInteractionById(request.headers.get(SSP_HEADERS.interactionId) ?? '')?.key;

function sspOutcome(status: 502 | 504, diagnostics: string): Response {
  return fhirResponse(
    buildOperationOutcome([{ severity: 'error', code: status === 502 ? 'transient' : 'timeout', diagnostics }]),
    { status },
  );
}

// The fault of each answer marked with FAULT_HEADER, for the assurance log: reading the header back from every
// answer would turn the Node host's plain header record into a Headers object, which it then writes more slowly.
const faultOfAnswer = new WeakMap<Response, FaultKey>();

const marked = (response: Response, fault: FaultKey): Response => {
  const headers = new Headers(response.headers);
  headers.set(FAULT_HEADER, fault);
  const answer = new Response(response.body, { status: response.status, headers });
  faultOfAnswer.set(answer, fault);
  return answer;
};

/** The fault scenario that produced `response` (the value of its FAULT_HEADER), if withFaults marked it. */
export const faultOf = (response: Response): FaultKey | undefined => faultOfAnswer.get(response);

type Handler = (request: Request) => Promise<Response>;

/** A JSON Bundle answer changed by `change`; any other answer (an error, XML) is passed on unchanged. */
async function rewriteBundle(response: Response, change: (bundle: Bundle) => Bundle): Promise<Response> {
  if (!response.ok || !/json/.test(response.headers.get('Content-Type') ?? '')) return response;
  const bundle = (await response.json()) as Bundle;
  return new Response(JSON.stringify(change(bundle)), { status: response.status, headers: response.headers });
}

/** Wraps the sandbox's handler with the fault scenarios each ASID switched on. */
export function withFaults(
  sandbox: Pick<ConfigurableSandbox, 'handle' | 'withEnablement'>,
  options: FaultOptions = {},
): Handler {
  const { handle } = sandbox;
  const delayMs = options.delayMs ?? 15_000;
  const active = new Map<string, Set<FaultKey>>();
  const areaOffHandlers = new Map<QueryArea, Handler>();
  const withAreaOff = (area: QueryArea): Handler => {
    let handler = areaOffHandlers.get(area);
    if (!handler) areaOffHandlers.set(area, (handler = sandbox.withEnablement(switchAreaOff(area))));
    return handler;
  };

  async function control(request: Request, asid: string): Promise<Response> {
    if (!asid)
      throw new SpineError(
        'BAD_REQUEST',
        `Send Ssp-From with your ASID to ${FAULTS_PATH}: faults apply to that consumer only.`,
      );
    if (request.method === 'POST') {
      const body = (await request.json().catch(() => undefined)) as { scenarios?: unknown } | undefined;
      const list = Array.isArray(body?.scenarios) ? (body.scenarios as unknown[]) : undefined;
      const unknown = list?.filter((s) => typeof s !== 'string' || !isFaultKey(s));
      if (!list || (unknown && unknown.length > 0)) {
        throw new SpineError(
          'BAD_REQUEST',
          `Send {"scenarios": [...]} with any of ${Object.keys(faultScenarios).join(', ')}; received ${JSON.stringify(unknown ?? body).slice(0, 200)}.`,
        );
      }
      active.set(asid, new Set(list as FaultKey[]));
    } else if (request.method !== 'GET') {
      throw new SpineError('BAD_REQUEST', `Read faults with GET ${FAULTS_PATH} and set them with POST.`);
    }
    return Response.json({ asid, scenarios: [...(active.get(asid) ?? [])] });
  }

  /** The scenario that applies to this request, if any. */
  function pick(request: Request, on: Set<FaultKey>): FaultKey | undefined {
    const viaSsp = urlOf(request).pathname.startsWith(SSP_PREFIX);
    const key = keyOf(request);
    const order: Array<[FaultKey, boolean]> = [
      ['asid-check-failed', viaSsp],
      ['ssp-502', viaSsp],
      ['ssp-timeout', viaSsp],
      ['provider-500', key !== undefined],
      ['slot-taken', key === 'A3'],
      ['stale-etag', key === 'A4' || key === 'A5'],
      ['area-off', key === 'S1'],
      ['every-warning', key === 'S1'],
      ['provider-slow', key !== undefined],
    ];
    return order.find(([fault, applies]) => applies && on.has(fault))?.[0];
  }

  return async (request) => {
    const asid = request.headers.get(SSP_HEADERS.from)?.trim() ?? '';
    try {
      if (urlOf(request).pathname === FAULTS_PATH) return await control(request, asid);
      const on = active.get(asid);
      const fault = on && pick(request, on);
      if (!on || !fault) return await handle(request);
      if (faultScenarios[fault].once) on.delete(fault);
      const target = urlOf(request).pathname.slice(SSP_PREFIX.length);
      switch (fault) {
        case 'ssp-502':
          return marked(sspOutcome(502, `ERROR_COMMUNICATING_TO_ENDPOINT_URL_${target}`), fault);
        case 'ssp-timeout':
          await sleep(delayMs);
          return marked(sspOutcome(504, `No answer from ${target} within ${delayMs} ms.`), fault);
        case 'asid-check-failed':
          return marked(
            new SpineError('ASID_CHECK_FAILED', `ASID_CHECK_FAILED_MESSAGESENDER_${asid}`).toResponse(),
            fault,
          );
        case 'provider-500':
          return marked(
            new SpineError('INTERNAL_SERVER_ERROR', 'Injected fault: the provider failed.').toResponse(),
            fault,
          );
        case 'slot-taken':
          return marked(
            new SpineError(
              'DUPLICATE_REJECTED',
              'Injected fault: another consumer booked that slot after your search.',
            ).toResponse(),
            fault,
          );
        case 'stale-etag':
          return marked(
            new SpineError(
              'FHIR_CONSTRAINT_VIOLATION',
              'Injected fault: the appointment has a newer version than your If-Match.',
            ).toResponse(),
            fault,
          );
        case 'provider-slow':
          await sleep(delayMs);
          return marked(await handle(request), fault);
        case 'area-off': {
          const area = await findFirstRequestedArea(request);
          if (!area) return await handle(request);
          const answer = await withAreaOff(area)(request);
          return marked(await rewriteBundle(answer, (bundle) => addSwitchedOffList(bundle, area)), fault);
        }
        case 'every-warning':
          return marked(await rewriteBundle(await handle(request), addEveryWarning), fault);
      }
    } catch (error) {
      if (error instanceof SpineError) return error.toResponse();
      throw error;
    }
  };
}
