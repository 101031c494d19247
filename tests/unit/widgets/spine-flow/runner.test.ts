import { describe, expect, test } from 'vitest';
import { createSandbox } from '../../../../src/sandbox/index.ts';
import type { WireRequest } from '../../../../src/consumer/wire.ts';
import type { SendResult } from '../../../../src/widgets/transport/index.ts';
import { buildStepRequest, createDefaultValues } from '../../../../src/widgets/spine-flow/flow.ts';
import { runStep } from '../../../../src/widgets/spine-flow/runner.ts';
import {
  createFlowState,
  findNextStep,
  updateValues,
  type FlowState,
} from '../../../../src/widgets/spine-flow/state.ts';
import type { StepId } from '../../../../src/widgets/spine-flow/steps.ts';

const BASE = 'http://127.0.0.1:4010';

function sender() {
  const sandbox = createSandbox();
  const sent: WireRequest[] = [];
  const send = async (request: WireRequest): Promise<SendResult> => {
    sent.push(request);
    const response = await sandbox.handle(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === null ? {} : { body: request.body }),
      }),
    );
    return {
      ok: true,
      response: {
        status: response.status,
        statusText: '',
        headers: [...response.headers],
        body: await response.text(),
        ms: 1,
      },
    };
  };
  return { send, sent };
}

const now = () => new Date();

async function runAll(state: FlowState, send: ReturnType<typeof sender>['send']): Promise<FlowState> {
  let step: StepId | undefined = findNextStep(state);
  while (step) {
    state = await runStep(state, step, send, now);
    if (state.views[step].status !== 'done') break;
    step = findNextStep(state);
  }
  return state;
}

describe('runStep', () => {
  test("shows only the PDS request at first, then each step's request once the one before has found its input", async () => {
    const { send } = sender();
    let state = createFlowState(createDefaultValues(BASE), new Date(), buildStepRequest);
    expect(state.views['pds-trace'].text).toMatch(
      /^GET http:\/\/127\.0\.0\.1:4010\/spine\/pds\/Patient\/9690937286 HTTP\/1\.1/,
    );
    expect(state.views['sds-mhs'].text).toBe('');
    state = await runStep(state, 'pds-trace', send, now);
    expect(state.views['pds-trace'].status).toBe('done');
    expect(state.views['sds-mhs'].text).toContain('nhsIDCode=B82617');
  });

  test('runs the whole journey to a 201 booking, each send with its own trace id', async () => {
    const { send, sent } = sender();
    const state = await runAll(createFlowState(createDefaultValues(BASE), new Date(), buildStepRequest), send);
    expect(state.views.book.status).toBe('done');
    expect(state.views.book.response?.status).toBe(201);
    const traces = sent.map((request) => request.headers.find(([name]) => name === 'Ssp-TraceID')?.[1]).filter(Boolean);
    expect(traces).toHaveLength(4);
    expect(new Set(traces).size).toBe(4);
  });

  test('sends the request as the reader edited it', async () => {
    const { send, sent } = sender();
    let state = createFlowState(createDefaultValues(BASE), new Date(), buildStepRequest);
    const view = state.views['pds-trace'];
    state = {
      ...state,
      views: { ...state.views, 'pds-trace': { ...view, text: view.text.replace('9690937286', '9000000084') } },
    };
    state = await runStep(state, 'pds-trace', send, now);
    expect(sent[0]?.url).toBe(`${BASE}/spine/pds/Patient/9000000084`);
    expect(state.values).toMatchObject({ nhsNumber: '9000000084', odsCode: 'T99999' });
  });

  test('refuses to run a step whose input is missing, naming the step to run first', async () => {
    const { send, sent } = sender();
    const state = await runStep(
      createFlowState(createDefaultValues(BASE), new Date(), buildStepRequest),
      'sds-as',
      send,
      now,
    );
    expect(sent).toHaveLength(0);
    expect(state.views['sds-as'].result?.summary).toBe(
      'Run step 1 (Trace the patient on PDS) first: this step needs the ODS code of the registered practice.',
    );
  });

  test('warns at the SSP URL step when a mistake is chosen, and the next request is refused by the SSP', async () => {
    const { send } = sender();
    let state = createFlowState(createDefaultValues(BASE), new Date(), buildStepRequest);
    for (const step of ['pds-trace', 'sds-mhs', 'sds-as'] as const) state = await runStep(state, step, send, now);
    state = updateValues(state, 'ssp-url', { mistake: 'explicit-port' }, new Date(), buildStepRequest);
    state = await runStep(state, 'ssp-url', send, now);
    expect(state.views['ssp-url'].result?.details[0]).toMatch(/deliberate mistake \(Explicit :443 added\)/);
    expect(state.views.metadata.text).toContain('/ssp/https://pcs.thirdparty.nhs.uk:443/B82617/');
    state = await runStep(state, 'metadata', send, now);
    expect(state.views.metadata).toMatchObject({ status: 'failed', response: { status: 400 } });
    expect(findNextStep(state)).toBe('metadata');
  });
});
