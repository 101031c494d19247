// The Spine flow's logic, free of any framework: the request each step sends given the values found so far, and
// what each answer adds. The island loads it on the first run; the unit tests run it on the sandbox.
import { interactions } from '../../spec/interactions.ts';
import { SSP_ERROR_SYSTEM } from '../../spec/spine-errors.ts';
import { testPatients } from '../../spec/test-patients.ts';
import { explainResponse } from '../explain/index.ts';
import type { WireRequest, WireResponse } from '../../consumer/wire.ts';
import {
  buildProviderRequest,
  providerPresets,
  readProviderAnswer,
  type ProviderContext,
  type ProviderStep,
} from './provider-requests.ts';
import { readAsRecord, readMhsRecord, readPdsTrace, type Reading } from './spine-lookups.ts';
import { findEndpointDifference, sspMistakes } from './ssp-url.ts';
import type { StepId } from './steps.ts';
import {
  buildLookupRequest,
  createFlowValues,
  findBlocker,
  forgetAfter,
  writeProviderRoot,
  type FlowValues,
} from './values.ts';

/** patient2 is registered at ORG1 (B82617), whose diary has free slots, so the default journey ends in a booking. */
export const DEFAULT_NHS_NUMBER = testPatients.patient2.nhsNumber;
/** The specification's own worked example: PDS places 9000000084 at T99999. */
export const WORKED_EXAMPLE_NHS_NUMBER = testPatients.workedExample.nhsNumber;
/** The interaction the MHS lookup asks about: the one the journey ends with. */
export const LOOKUP_INTERACTION_ID = interactions[providerPresets.book.interaction].id;

/** A fresh journey with the defaults the component uses. */
export function createDefaultValues(sandboxBase: string, nhsNumber = DEFAULT_NHS_NUMBER): FlowValues {
  return createFlowValues(sandboxBase, nhsNumber, LOOKUP_INTERACTION_ID);
}

const isProviderStep = (step: StepId): step is ProviderStep => Object.hasOwn(providerPresets, step);

function providerContext(values: FlowValues, now: Date): ProviderContext {
  return {
    odsCode: values.odsCode ?? '',
    nhsNumber: values.nhsNumber,
    asid: values.asid ?? '',
    sspBase: values.sspBase,
    providerRoot: writeProviderRoot(values),
    ...(values.patientId ? { patientId: values.patientId } : {}),
    ...(values.freeSlot ? { freeSlot: values.freeSlot } : {}),
    now,
  };
}

/** The request a step sends, or undefined for the ssp-url step (it only builds a URL) and for a blocked step. */
export function buildStepRequest(
  step: StepId,
  values: FlowValues,
  now: Date,
  traceId?: string,
): WireRequest | undefined {
  if (!isProviderStep(step) || findBlocker(step, values)) return buildLookupRequest(step, values);
  return buildProviderRequest(step, providerContext(values, now), traceId);
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
  const fail = (summary: string, details: string[] = []) => ({
    values: forgetAfter(step, values),
    result: { state: 'failed', summary, details } as StepResult,
  });
  if (!body) return fail(`The answer (${response.status}) is not JSON, so nothing can be read from it.`);
  if (response.status >= 300)
    return fail(describeRefusal(step, response.status, body), explainFailure(step, values, request, body));
  const reading = readAnswer(step, values, response, body, now);
  if (!reading.ok) return fail(reading.reason);
  const found = Object.fromEntries(Object.entries(reading.found).filter(([, value]) => value !== undefined));
  const next = { ...forgetAfter(step, values), ...found };
  return { values: next, result: { state: 'done', summary: reading.summary, details: [] } };
}

function readAnswer(
  step: StepId,
  values: FlowValues,
  response: WireResponse,
  body: Json,
  now: Date,
): Reading<Partial<FlowValues>> {
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

const isFromSsp = (body: Json | undefined): boolean =>
  Boolean(body?.issue?.some((issue: Json) => issue?.details?.coding?.[0]?.system === SSP_ERROR_SYSTEM));

/** Who refused, in one sentence: the answer's status alone does not say whether the SSP or the provider spoke. */
function describeRefusal(step: StepId, status: number, body: Json): string {
  if (step === 'pds-trace') return `PDS refused the trace with ${status}.`;
  if (step === 'sds-mhs' || step === 'sds-as') return `SDS refused the search with ${status}.`;
  return isFromSsp(body)
    ? `The Spine Secure Proxy refused the request with ${status}; it never reached the provider.`
    : `The provider refused the request with ${status}.`;
}

/** Explains a refused request: the OperationOutcome in words and, for an SSP refusal, what differs from SDS. */
export function explainFailure(
  step: StepId,
  values: FlowValues,
  request: WireRequest,
  body: Json | undefined,
): string[] {
  const interaction = isProviderStep(step) ? providerPresets[step].interaction : step;
  const lines = explainResponse(body, {
    interaction,
    url: request.url,
    body: request.body,
    headers: request.headers,
  }).flatMap((item) => [
    `${item.code} (${item.display}): ${item.meaning}`,
    `Likely cause: ${item.cause}`,
    // The SSP repeats its display as diagnostics; say it once.
    ...(item.diagnostics && item.diagnostics !== item.display ? [`Diagnostics: ${item.diagnostics}`] : []),
  ]);
  if (isFromSsp(body) && values.endpoint) {
    const difference = findEndpointDifference(values.endpoint, writeProviderRoot(values));
    if (difference) lines.unshift(`The SSP refused to forward the request because ${difference}.`);
    if (values.mistake !== 'none') lines.splice(1, 0, sspMistakes[values.mistake].explanation);
  }
  return lines;
}
