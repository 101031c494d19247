// Runs the Spine flow's steps: each step's editable request text, sending it, and carrying what the answer taught
// into the steps after it. Framework-free so the island stays a thin view and the tests can drive it directly.
import { formatHttpRequest } from '../request/http-text.ts';
import type { WireRequest, WireResponse } from '../request/wire.ts';
import type { SendResult } from '../transport/index.ts';
import {
  buildStepRequest, findBlocker, forgetAfter, previewSspUrl, readStepResponse, stepIndex, type FlowValues, type StepResult,
} from './flow.ts';
import { parseHttpRequest, prepareForSend } from './request-text.ts';
import { sspMistakes } from './ssp-url.ts';
import { findStep, flowSteps, type StepId } from './steps.ts';

export type StepStatus = 'pending' | 'running' | 'done' | 'failed';

/** What the reader sees of one step. */
export interface StepView {
  /** The request as editable HTTP text; empty while an earlier step still has to run, and for the ssp-url step. */
  text: string;
  /** The request last put on screen, built or sent; a send renews the trace id and token the reader left as shown. */
  shown?: WireRequest;
  status: StepStatus;
  result?: StepResult;
  response?: WireResponse;
}

export interface FlowState {
  values: FlowValues;
  views: Record<StepId, StepView>;
}

function buildView(step: StepId, values: FlowValues, now: Date): StepView {
  const request = buildStepRequest(step, values, now);
  return request ? { text: formatHttpRequest(request), shown: request, status: 'pending' } : { text: '', status: 'pending' };
}

/** Rebuilds the views of `from` and every step after it from the values, as unrun steps. */
export function rebuildFrom(state: FlowState, from: StepId, now: Date): FlowState {
  const views = { ...state.views };
  for (const { id } of flowSteps.slice(stepIndex(from))) views[id] = buildView(id, state.values, now);
  return { ...state, views };
}

export function createFlowState(values: FlowValues, now: Date): FlowState {
  return rebuildFrom({ values, views: {} as Record<StepId, StepView> }, flowSteps[0]!.id, now);
}

/** Changes values the reader sets directly (NHS number, SSP address, mistake): that step and the later ones start over. */
export function updateValues(state: FlowState, step: StepId, change: Partial<FlowValues>, now: Date): FlowState {
  const values = { ...forgetAfter(step, state.values), ...change };
  return rebuildFrom({ ...state, values }, step, now);
}

/** The step to run next: the first one not done, or none when the journey is complete. */
export function findNextStep(state: FlowState): StepId | undefined {
  return flowSteps.find(({ id }) => state.views[id].status !== 'done')?.id;
}

function finish(state: FlowState, step: StepId, view: StepView, values: FlowValues, now: Date): FlowState {
  const next = flowSteps[stepIndex(step) + 1];
  const updated: FlowState = { values, views: { ...state.views, [step]: view } };
  return next ? rebuildFrom(updated, next.id, now) : updated;
}

function failed(summary: string, details: string[] = []): StepResult {
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
    const result = failed(`Run step ${stepIndex(blocker) + 1} (${needed.title}) first: this step needs ${needed.purpose}.`);
    return { ...state, views: { ...state.views, [step]: { ...view, status: 'failed', result } } };
  }
  if (step === 'ssp-url') {
    const { mistake } = state.values;
    const summary = `Every request to the provider now starts ${previewSspUrl(state.values, '/')}`;
    const details = mistake === 'none' ? [] : [`This URL carries a deliberate mistake (${sspMistakes[mistake].label}); expect the SSP to refuse the next request.`];
    return finish(state, step, { ...view, status: 'done', result: { state: 'done', summary, details } }, state.values, now());
  }
  const parsed = parseHttpRequest(view.text);
  if (!parsed.ok) return { ...state, views: { ...state.views, [step]: { ...view, status: 'failed', result: failed(parsed.error) } } };
  const request = prepareForSend(parsed.request, view.shown, now());
  const sent = await send(request);
  const shownView: StepView = { text: formatHttpRequest(request), shown: request, status: 'failed' };
  if (!sent.ok) {
    return { ...state, views: { ...state.views, [step]: { ...shownView, result: failed(sent.failure.message, [sent.failure.advice]) } } };
  }
  const read = readStepResponse(step, state.values, request, sent.response, now());
  const done = { ...shownView, status: read.result.state, result: read.result, response: sent.response } as StepView;
  // A failure also rebuilds the later steps: they lose what they had found, since the chain broke here.
  return finish(state, step, done, read.values, now());
}
