// What the <SpineFlow> island shows of each step, and how changes to the values rebuild the steps after them.
// Light on purpose: the island renders from it before its first run loads the request builders and the sandbox.
import { formatHttpRequest } from '../../consumer/http-text.ts';
import type { WireRequest, WireResponse } from '../../consumer/wire.ts';
import type { StepResult } from './flow.ts';
import { flowSteps, type StepId } from './steps.ts';
import { forgetAfter, stepIndex, type FlowValues } from './values.ts';

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

/** Builds a step's request from the values, or undefined while it is blocked (or sends nothing). */
export type BuildRequest = (step: StepId, values: FlowValues, now: Date) => WireRequest | undefined;

function buildView(step: StepId, values: FlowValues, now: Date, build: BuildRequest): StepView {
  const request = build(step, values, now);
  return request
    ? { text: formatHttpRequest(request), shown: request, status: 'pending' }
    : { text: '', status: 'pending' };
}

/** Rebuilds the views of `from` and every step after it from the values, as unrun steps. */
export function rebuildFrom(state: FlowState, from: StepId, now: Date, build: BuildRequest): FlowState {
  const views = { ...state.views };
  for (const { id } of flowSteps.slice(stepIndex(from))) views[id] = buildView(id, state.values, now, build);
  return { ...state, views };
}

export function createFlowState(values: FlowValues, now: Date, build: BuildRequest): FlowState {
  return rebuildFrom({ values, views: {} as Record<StepId, StepView> }, flowSteps[0]!.id, now, build);
}

/** Changes values the reader sets directly (NHS number, SSP address, mistake): that step and the later ones start over. */
export function updateValues(
  state: FlowState,
  step: StepId,
  change: Partial<FlowValues>,
  now: Date,
  build: BuildRequest,
): FlowState {
  const values = { ...forgetAfter(step, state.values), ...change };
  return rebuildFrom({ ...state, values }, step, now, build);
}

/** The step to run next: the first one not done, or none when the journey is complete. */
export function findNextStep(state: FlowState): StepId | undefined {
  return flowSteps.find(({ id }) => state.views[id].status !== 'done')?.id;
}
