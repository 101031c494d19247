// The Spine flow's logic, free of any framework: the values found so far, the request each step sends given them,
// and what each answer adds. The island holds a FlowValues and calls these; the unit tests run them on the sandbox.
import { interactions } from '../../spec/interactions.ts';
import { SSP_ERROR_SYSTEM } from '../../spec/spine-errors.ts';
import { testPatients } from '../../spec/test-patients.ts';
import { explainResponse } from '../explain/index.ts';
import type { WireRequest, WireResponse } from '../request/wire.ts';
import type { FreeSlot } from '../session/state.ts';
import {
  buildProviderRequest, providerPresets, readProviderAnswer, type ProviderContext, type ProviderStep,
} from './provider-requests.ts';
import {
  asFilter, buildPdsRequest, buildSdsRequest, mhsFilter, readAsRecord, readMhsRecord, readPdsTrace, type Reading,
} from './spine-lookups.ts';
import { applySspMistake, buildSspUrl, findEndpointDifference, sspMistakes, type SspMistake } from './ssp-url.ts';
import { flowSteps, type StepId } from './steps.ts';

/** patient2 is registered at ORG1 (B82617), whose diary has free slots, so the default journey ends in a booking. */
export const DEFAULT_NHS_NUMBER = testPatients.patient2.nhsNumber;
/** The specification's own worked example: PDS places 9000000084 at T99999. */
export const WORKED_EXAMPLE_NHS_NUMBER = testPatients.workedExample.nhsNumber;
/** The interaction the MHS lookup asks about: the one the journey ends with. */
export const LOOKUP_INTERACTION_ID = interactions[providerPresets.book.interaction].id;

/** Everything the journey has found so far; each step reads some of it and adds to it. */
export interface FlowValues {
  /** Address of `npm run sandbox`; the in-page sandbox answers on it too, so the URLs shown work in a terminal. */
  sandboxBase: string;
  nhsNumber: string;
  /** Interaction ID the MHS lookup filters on (nhsMhsSvcIA). */
  interactionId: string;
  /** The SSP's own address, before the provider URL. */
  sspBase: string;
  mistake: SspMistake;
  patientName?: string;
  odsCode?: string;
  endpoint?: string;
  partyKey?: string;
  asid?: string;
  /** The provider part of the SSP URL as written; starts as the SDS endpoint and the reader may edit it. */
  providerRoot?: string;
  freeSlot?: FreeSlot;
  patientId?: string;
  appointmentId?: string;
}

export function createFlowValues(sandboxBase: string, nhsNumber = DEFAULT_NHS_NUMBER): FlowValues {
  return { sandboxBase, nhsNumber, interactionId: LOOKUP_INTERACTION_ID, sspBase: `${sandboxBase}/ssp`, mistake: 'none' };
}

/** The values each step finds; running a step again forgets what the steps after it found. */
const produces: Record<StepId, Array<keyof FlowValues>> = {
  'pds-trace': ['patientName', 'odsCode'],
  'sds-mhs': ['endpoint', 'partyKey', 'providerRoot'],
  'sds-as': ['asid'],
  'ssp-url': [],
  metadata: [],
  'free-slots': ['freeSlot'],
  'find-patient': ['patientId'],
  book: ['appointmentId'],
};

export function stepIndex(step: StepId): number {
  return flowSteps.findIndex((candidate) => candidate.id === step);
}

/** Drops every value found after `step`, so no later request is built from an earlier journey. */
export function forgetAfter(step: StepId, values: FlowValues): FlowValues {
  const next = { ...values };
  for (const later of flowSteps.slice(stepIndex(step) + 1)) for (const key of produces[later.id]) delete next[key];
  return next;
}

/** Which earlier step must succeed before this one can be built, or undefined when it can run. */
export function findBlocker(step: StepId, values: FlowValues): StepId | undefined {
  const needs: Array<[boolean, StepId]> = [
    [step !== 'pds-trace' && !values.odsCode, 'pds-trace'],
    [stepIndex(step) > stepIndex('sds-mhs') && !(values.endpoint && values.partyKey), 'sds-mhs'],
    [stepIndex(step) > stepIndex('sds-as') && !values.asid, 'sds-as'],
    [step === 'book' && !values.freeSlot, 'free-slots'],
    [step === 'book' && !values.patientId, 'find-patient'],
  ];
  return needs.find(([missing]) => missing)?.[1];
}

const isProviderStep = (step: StepId): step is ProviderStep => Object.hasOwn(providerPresets, step);

function providerContext(values: FlowValues, now: Date): ProviderContext {
  return {
    odsCode: values.odsCode ?? '', nhsNumber: values.nhsNumber, asid: values.asid ?? '', sspBase: values.sspBase,
    providerRoot: applySspMistake(values.providerRoot ?? values.endpoint ?? '', values.mistake),
    ...(values.patientId ? { patientId: values.patientId } : {}), ...(values.freeSlot ? { freeSlot: values.freeSlot } : {}), now,
  };
}

/** The SSP URL a FHIR path gets with the current values (what the ssp-url step shows). */
export function previewSspUrl(values: FlowValues, relativePath: string): string {
  return buildSspUrl(values.sspBase, applySspMistake(values.providerRoot ?? values.endpoint ?? '', values.mistake), relativePath);
}

/** The request a step sends, or undefined for the ssp-url step (it only builds a URL) and for a blocked step. */
export function buildStepRequest(step: StepId, values: FlowValues, now: Date, traceId?: string): WireRequest | undefined {
  if (step === 'ssp-url' || findBlocker(step, values)) return undefined;
  if (step === 'pds-trace') return buildPdsRequest(values.sandboxBase, values.nhsNumber);
  if (step === 'sds-mhs') {
    return buildSdsRequest(values.sandboxBase, mhsFilter(values.odsCode ?? '', values.interactionId), ['nhsMhsEndPoint', 'nhsMhsPartyKey']);
  }
  if (step === 'sds-as') return buildSdsRequest(values.sandboxBase, asFilter(values.odsCode ?? '', values.partyKey ?? ''), ['uniqueIdentifier']);
  return isProviderStep(step) ? buildProviderRequest(step, providerContext(values, now), traceId) : undefined;
}

/** How a step ended, in words a person reads (and the live region announces). */
export interface StepResult {
  state: 'done' | 'failed';
  summary: string;
  /** Further sentences: an error explained, the SSP mistake spelled out. */
  details: string[];
}

type Json = Record<string, any>;

/** Learns from the answer to a step's request: the new values and how the step went. */
export function readStepResponse(
  step: StepId,
  values: FlowValues,
  request: WireRequest,
  response: WireResponse,
  now: Date,
): { values: FlowValues; result: StepResult } {
  let body: Json | undefined;
  try {
    body = JSON.parse(response.body) as Json;
  } catch {
    body = undefined;
  }
  const fail = (summary: string, details: string[] = []) => ({ values: forgetAfter(step, values), result: { state: 'failed', summary, details } as StepResult });
  if (response.status >= 300 || !body) return fail(`The request was refused with ${response.status}.`, explainFailure(step, values, request, body));
  const reading = readAnswer(step, values, response, body, now);
  if (!reading.ok) return fail(reading.reason);
  const found = Object.fromEntries(Object.entries(reading.found).filter(([, value]) => value !== undefined));
  const next = { ...forgetAfter(step, values), ...found };
  return { values: next, result: { state: 'done', summary: reading.summary, details: [] } };
}

function readAnswer(step: StepId, values: FlowValues, response: WireResponse, body: Json, now: Date): Reading<Partial<FlowValues>> {
  switch (step) {
    case 'pds-trace':
      return readPdsTrace(body);
    case 'sds-mhs': {
      const reading = readMhsRecord(body);
      return reading.ok ? { ...reading, found: { ...reading.found, providerRoot: reading.found.endpoint } } : reading;
    }
    case 'sds-as':
      return readAsRecord(body);
    case 'ssp-url':
      return { ok: false, reason: 'This step sends nothing.' };
    default:
      return readProviderAnswer(step, providerContext(values, now), response, body);
  }
}

/** Explains a refused request: the OperationOutcome in words and, for an SSP refusal, what differs from SDS. */
export function explainFailure(step: StepId, values: FlowValues, request: WireRequest, body: Json | undefined): string[] {
  const interaction = isProviderStep(step) ? providerPresets[step].interaction : step;
  const lines = explainResponse(body, { interaction, url: request.url, body: request.body }).flatMap((item) => [
    `${item.code} (${item.display}): ${item.meaning}`,
    `Likely cause: ${item.cause}`,
    ...(item.diagnostics ? [`Diagnostics: ${item.diagnostics}`] : []),
  ]);
  const fromSsp = body?.issue?.some((issue: Json) => issue?.details?.coding?.[0]?.system === SSP_ERROR_SYSTEM);
  if (fromSsp && values.endpoint) {
    const written = applySspMistake(values.providerRoot ?? values.endpoint, values.mistake);
    const difference = findEndpointDifference(values.endpoint, written);
    if (difference) lines.unshift(`The SSP refused to forward the request because ${difference}.`);
    if (values.mistake !== 'none') lines.splice(1, 0, sspMistakes[values.mistake].explanation);
  }
  return lines;
}
