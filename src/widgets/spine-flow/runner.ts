// Runs one Spine flow step: sends its (possibly edited) request text to the in-page sandbox and carries what the
// answer taught into the steps after it. The island imports this on the first run, with the sandbox behind it.
import { formatHttpRequest } from '../../consumer/http-text.ts';
import type { WireRequest } from '../../consumer/wire.ts';
import { sendRequest, type SendResult } from '../transport/index.ts';
import { buildStepRequest, readStepResponse, type StepResult } from './flow.ts';
import { parseHttpRequest, prepareForSend } from './request-text.ts';
import { sspMistakes } from './ssp-url.ts';
import { rebuildFrom, type FlowState, type StepView } from './state.ts';
import { findStep, flowSteps, type StepId } from './steps.ts';
import { findBlocker, previewSspUrl, stepIndex, type FlowValues } from './values.ts';

export { buildStepRequest };

/** Sends to the sandbox inside the page, keeping its bookings in localStorage beside the <TryIt> widgets' ones. */
export function sendToSandbox(request: WireRequest): Promise<SendResult> {
  return sendRequest(
    { kind: 'browser' },
    request,
    typeof localStorage === 'undefined' ? {} : { storage: localStorage },
  );
}

function finish(state: FlowState, step: StepId, view: StepView, values: FlowValues, now: Date): FlowState {
  const next = flowSteps[stepIndex(step) + 1];
  const updated: FlowState = { values, views: { ...state.views, [step]: view } };
  return next ? rebuildFrom(updated, next.id, now, buildStepRequest) : updated;
}

function failResult(summary: string, details: string[] = []): StepResult {
  return { state: 'failed', summary, details };
}

/** Runs one step: sends its (possibly edited) request text and reads the answer into the flow. */
export async function runStep(
  state: FlowState,
  step: StepId,
  send: (request: WireRequest) => Promise<SendResult>,
  now: () => Date,
): Promise<FlowState> {
  const view = state.views[step];
  const blocker = findBlocker(step, state.values);
  if (blocker) {
    const needed = findStep(blocker);
    const result = failResult(
      `Run step ${stepIndex(blocker) + 1} (${needed.title}) first: this step needs ${needed.purpose}.`,
    );
    return { ...state, views: { ...state.views, [step]: { ...view, status: 'failed', result } } };
  }
  if (step === 'ssp-url') {
    const { mistake } = state.values;
    const summary = `Every request to the provider now starts ${previewSspUrl(state.values, '/')}`;
    const details =
      mistake === 'none'
        ? []
        : [
            `This URL carries a deliberate mistake (${sspMistakes[mistake].label}); expect the SSP to refuse the next request.`,
          ];
    return finish(
      state,
      step,
      { ...view, status: 'done', result: { state: 'done', summary, details } },
      state.values,
      now(),
    );
  }
  const parsed = parseHttpRequest(view.text);
  if (!parsed.ok)
    return {
      ...state,
      views: { ...state.views, [step]: { ...view, status: 'failed', result: failResult(parsed.error) } },
    };
  const request = prepareForSend(parsed.request, view.shown, now());
  const sent = await send(request);
  const shownView: StepView = { text: formatHttpRequest(request), shown: request, status: 'failed' };
  if (!sent.ok) {
    return {
      ...state,
      views: {
        ...state.views,
        [step]: { ...shownView, result: failResult(sent.failure.message, [sent.failure.advice]) },
      },
    };
  }
  const read = readStepResponse(step, state.values, request, sent.response, now());
  const done = { ...shownView, status: read.result.state, result: read.result, response: sent.response } as StepView;
  // A failure also rebuilds the later steps: they lose what they had found, since the chain broke here.
  return finish(state, step, done, read.values, now());
}
