// The HTTP workloads of `npm run bench:sandbox`: what each connection sends in a loop, and the answers the bare
// baseline replays. Each workload starts from a freshly reset sandbox and is checked to succeed before it is timed.
import { sendRequest, resetSandbox } from '../widgets/transport/index.ts';
import type { WireRequest, WireResponse } from '../consumer/wire.ts';
import type { FreeSlot, SessionState } from '../widgets/session/state.ts';
import { buildExampleRequest, listFreeSlots, sessionAfterBooking } from './gpc-requests.ts';
import { toStep } from './load.ts';
import { recordAnswer, type RecordedAnswer } from './recorded-answer.ts';
import type autocannon from 'autocannon';

export interface PreparedWorkload {
  /** What every connection sends, in order, again and again. */
  steps: autocannon.Request[];
  /** The sandbox's answer per method, for the bare server to replay. */
  answers: Record<string, RecordedAnswer>;
}

export interface Workload {
  key: string;
  label: string;
  prepare(origin: string): Promise<PreparedWorkload>;
}

const PRACTICE = 'B82617';

async function send(origin: string, request: WireRequest, expected: number): Promise<WireResponse> {
  const result = await sendRequest({ kind: 'custom', base: origin }, { ...request, url: origin + request.url });
  if (!result.ok) throw new Error(`${request.method} ${origin}${request.url}: ${result.failure.message}`);
  if (result.response.status !== expected)
    throw new Error(
      `${request.method} ${request.url} answered ${result.response.status}, not ${expected}:\n${result.response.body.slice(0, 500)}`,
    );
  return result.response;
}

async function reset(origin: string): Promise<void> {
  const result = await resetSandbox({ kind: 'custom', base: origin }, origin);
  if (!result.ok || result.response.status >= 300) throw new Error(`POST ${origin}/_sandbox/reset failed.`);
}

/** A read: the same request on every connection, every time. */
function readWorkload(key: string, label: string, build: () => WireRequest): Workload {
  return {
    key,
    label,
    async prepare(origin) {
      await reset(origin);
      const request = build();
      const answer = await send(origin, request, 200);
      return { steps: [toStep(request)], answers: { [request.method]: recordAnswer(answer) } };
    },
  };
}

interface BookingContext {
  slot?: FreeSlot;
  session?: SessionState;
}

/**
 * Book then cancel, on every connection: each booking takes a free slot from a shared pool and its cancellation
 * gives the slot back, so the load can run for any time on the practice's few slots without a clash (409).
 */
const bookThenCancel: Workload = {
  key: 'A3+A5',
  label: 'book (A3) then cancel (A5) a free slot at ORG1',
  async prepare(origin) {
    await reset(origin);
    const now = () => new Date();
    const search = await send(origin, buildExampleRequest('A1', 'free-slots-org1', { now: now() }), 200);
    const pool = listFreeSlots(search, { practice: PRACTICE, now: now() });
    const bookRequest = (freeSlot: FreeSlot) =>
      buildExampleRequest('A3', 'book-appointment', { now: now(), session: { freeSlot } });
    const cancelRequest = (session: SessionState) =>
      buildExampleRequest('A5', 'cancel-appointment', { now: now(), session });

    const first = pool[0];
    if (!first) throw new Error(`The slot search at ${PRACTICE} found no free slot to book.`);
    const booked = await send(origin, bookRequest(first), 201);
    const session = sessionAfterBooking(booked, { practice: PRACTICE, now: now() });
    const cancelled = await send(origin, cancelRequest(session), 200);

    const wire = (response: { status: number; headers: Record<string, string | string[] | undefined> }) =>
      Object.entries(response.headers).flatMap(([name, value]): Array<[string, string]> =>
        value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
      );
    const steps: autocannon.Request[] = [
      {
        ...toStep(bookRequest(first)),
        setupRequest: (request, context: BookingContext) => {
          const slot = pool.shift();
          if (!slot) throw new Error('Every free slot is held by a connection: use fewer connections.');
          context.slot = slot;
          return { ...request, ...toStep(bookRequest(slot)) };
        },
        onResponse: (status, body, context: BookingContext, headers) => {
          const response = { status, statusText: '', headers: wire({ status, headers: headers ?? {} }), body, ms: 0 };
          context.session = sessionAfterBooking(response, { practice: PRACTICE, now: now() });
        },
      },
      {
        ...toStep(cancelRequest(session)),
        setupRequest: (request, context: BookingContext) => ({
          ...request,
          ...toStep(cancelRequest(context.session ?? {})),
        }),
        onResponse: (_status, _body, context: BookingContext) => {
          if (context.slot) pool.push(context.slot);
        },
      },
    ];
    // The sample booking was cancelled, so its slot is free again; the pool still holds it.
    return { steps, answers: { POST: recordAnswer(booked), PUT: recordAnswer(cancelled) } };
  },
};

export const sandboxWorkloads: Workload[] = [
  readWorkload('F2', 'find patient2 by NHS number', () =>
    buildExampleRequest('F2', 'find-patient2', { now: new Date() }),
  ),
  readWorkload('S1', 'structured record of patient2, every clinical area', () =>
    buildExampleRequest('S1', 'patient2-all', { now: new Date() }),
  ),
  bookThenCancel,
];
