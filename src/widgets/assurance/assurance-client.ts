// The assurance page's calls for one consumer ASID: its graded report and its fault switches, read from the in-page
// sandbox or from a sandbox server through the widgets' own transport, with every failure in words.
import type { AssuranceReport } from '../../sandbox/assurance/obligations.ts';
import { normaliseBase, sendRequest, type KeyValueStorage, type Target } from '../transport/index.ts';

/** Where the report comes from: this page's sandbox, or a server at `base` (a URL or a port). */
export type ReportSource = { kind: 'page' } | { kind: 'server'; base: string };

export type Answer<T> = { ok: true; value: T } | { ok: false; message: string; advice: string };

/** The route paths the sandbox serves (src/sandbox/assurance, src/sandbox/faults). */
const REPORT_PATH = '/_sandbox/assurance/';
const FAULTS_PATH = '/_sandbox/faults';

export interface SourceOptions {
  /** The origin the in-page sandbox borrows for its URLs (it routes by path only). */
  pageOrigin: string;
  storage?: KeyValueStorage;
}

const isAsid = (asid: string) => /^\d{1,20}$/.test(asid);

/** The one-line commands that start a sandbox server on the port of `base`: from a clone, and from the download. */
export function startCommands(base: string): string {
  const port = (URL.canParse(base) ? new URL(base).port : '') || '4010';
  return `npm run sandbox -- --port ${port} (or, without a clone, node sandbox.mjs --port ${port})`;
}

async function call<T>(
  source: ReportSource,
  options: SourceOptions,
  request: { method: 'GET' | 'POST'; path: string; asid: string; body?: unknown },
  read: (json: unknown) => T,
): Promise<Answer<T>> {
  if (!isAsid(request.asid)) {
    return {
      ok: false,
      message: `"${request.asid}" is not an ASID.`,
      advice: 'Type the consumer ASID your requests send in Ssp-From: digits only, for example 200000000115.',
    };
  }
  const base = source.kind === 'page' ? options.pageOrigin : normaliseBase(source.base);
  const target: Target = source.kind === 'page' ? { kind: 'browser' } : { kind: 'custom', base };
  const result = await sendRequest(
    target,
    {
      method: request.method,
      url: `${base}${request.path}`,
      headers: [
        ['Ssp-From', request.asid],
        ...(request.body === undefined ? [] : ([['Content-Type', 'application/json']] as [string, string][])),
      ],
      body: request.body === undefined ? null : JSON.stringify(request.body),
    },
    options.storage ? { storage: options.storage } : {},
  );
  if (!result.ok) {
    const { failure } = result;
    return failure.kind === 'refused'
      ? {
          ok: false,
          message: `No sandbox server is running at ${base}.`,
          advice: `Start it in a terminal with ${startCommands(base)}, then refresh.`,
        }
      : { ok: false, message: failure.message, advice: failure.advice };
  }
  let json: unknown;
  try {
    json = JSON.parse(result.response.body);
  } catch {
    json = undefined;
  }
  if (result.response.status !== 200 || json === undefined) {
    // The sandbox's refusals are bare OperationOutcomes; the explainer stays out of this widget's first load.
    const diagnostics = (json as { issue?: { diagnostics?: string }[] } | undefined)?.issue?.[0]?.diagnostics;
    return {
      ok: false,
      message: `${base}${request.path} answered ${result.response.status}${diagnostics ? `: ${diagnostics}` : '.'}`,
      advice:
        result.response.status === 404
          ? 'That server is not the GP Connect sandbox, or an older one without assurance: point this at npm run sandbox.'
          : 'Check the ASID and the address.',
    };
  }
  return { ok: true, value: read(json) };
}

/** The consumer report of `asid`, graded over every request that source has logged for it. */
export const readReport = (source: ReportSource, options: SourceOptions, asid: string) =>
  call(source, options, { method: 'GET', path: `${REPORT_PATH}${asid}`, asid }, (json) => json as AssuranceReport);

const readScenarios = (json: unknown) => ((json as { scenarios?: string[] }).scenarios ?? []).map(String);

/** The fault scenarios switched on for `asid`. */
export const readFaults = (source: ReportSource, options: SourceOptions, asid: string) =>
  call(source, options, { method: 'GET', path: FAULTS_PATH, asid }, readScenarios);

/** Switches exactly `scenarios` on for `asid` (an empty list switches every fault off). */
export const writeFaults = (source: ReportSource, options: SourceOptions, asid: string, scenarios: string[]) =>
  call(source, options, { method: 'POST', path: FAULTS_PATH, asid, body: { scenarios } }, readScenarios);
