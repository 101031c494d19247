// What the Spine flow has found so far, and which step needs what. Kept free of the provider requests (and so of
// the <TryIt> examples and the JWT) because the island renders from it before its first run loads the rest.
import type { WireRequest } from '../../consumer/wire.ts';
import type { FreeSlot } from '../session/state.ts';
import { asFilter, buildPdsRequest, buildSdsRequest, mhsFilter } from './spine-lookups.ts';
import { applySspMistake, buildSspUrl, type SspMistake } from './ssp-url.ts';
import { flowSteps, type StepId } from './steps.ts';

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

export function createFlowValues(sandboxBase: string, nhsNumber: string, interactionId: string): FlowValues {
  return { sandboxBase, nhsNumber, interactionId, sspBase: `${sandboxBase}/ssp`, mistake: 'none' };
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

/** The provider part of the SSP URL as the consumer writes it, deliberate mistake included. */
export function writeProviderRoot(values: FlowValues): string {
  return applySspMistake(values.providerRoot ?? values.endpoint ?? '', values.mistake);
}

/** The SSP URL a FHIR path gets with the current values (what the ssp-url step shows). */
export function previewSspUrl(values: FlowValues, relativePath: string): string {
  return buildSspUrl(values.sspBase, writeProviderRoot(values), relativePath);
}

/** The PDS and SDS requests; undefined for the other steps and for a blocked one. */
export function buildLookupRequest(step: StepId, values: FlowValues): WireRequest | undefined {
  if (findBlocker(step, values)) return undefined;
  if (step === 'pds-trace') return buildPdsRequest(values.sandboxBase, values.nhsNumber);
  if (step === 'sds-mhs') {
    return buildSdsRequest(values.sandboxBase, mhsFilter(values.odsCode ?? '', values.interactionId), [
      'nhsMhsEndPoint',
      'nhsMhsPartyKey',
    ]);
  }
  if (step === 'sds-as')
    return buildSdsRequest(values.sandboxBase, asFilter(values.odsCode ?? '', values.partyKey ?? ''), [
      'uniqueIdentifier',
    ]);
  return undefined;
}
