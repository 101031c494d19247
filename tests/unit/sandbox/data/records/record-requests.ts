// Test helpers for Access Record Structured and Access Document: Parameters bodies, Bundle readers, link checks.
import type { Bundle, List, ParametersParameter, Resource } from 'fhir/r3';
import { expect } from 'vitest';
import { createSandbox, type Enablement } from '../../../../../src/sandbox/index.ts';
import { identifierSystems, testPatients, type TestPatientKey } from '../../../../../src/spec/index.ts';
import { gpcRequest, readOutcome, validClaims, type GpcRequestOptions } from '../../gpc-request.ts';

export const sandbox = createSandbox();

/** `patientNHSNumber` for a test patient (or any number). */
export const nhsNumber = (patient: TestPatientKey | string): ParametersParameter => ({
  name: 'patientNHSNumber',
  valueIdentifier: {
    system: identifierSystems.nhsNumber.system,
    value: patient in testPatients ? testPatients[patient as TestPatientKey].nhsNumber : patient,
  },
});

/** A top-level parameter with optional parts. */
export const param = (name: string, ...part: ParametersParameter[]): ParametersParameter =>
  part.length ? { name, part } : { name };

export const parameters = (...parameter: ParametersParameter[]) => ({ resourceType: 'Parameters', parameter });

export const allergies = (includeResolved = true) =>
  param('includeAllergies', { name: 'includeResolvedAllergies', valueBoolean: includeResolved });

/** Every clinical area, unfiltered. */
export const everyArea = (): ParametersParameter[] => [
  allergies(),
  param('includeMedication'),
  param('includeConsultations'),
  param('includeProblems'),
  param('includeImmunisations'),
  param('includeUncategorisedData'),
  param('includeInvestigations'),
  param('includeReferrals'),
  param('includeDiaryEntries'),
];

export interface SendOptions extends GpcRequestOptions {
  enablement?: Enablement;
}

/** POSTs a get structured record (or migrate, with key S2) through the sandbox handler. */
export async function send(body: unknown, options: SendOptions & { key?: 'S1' | 'S2' } = {}): Promise<Response> {
  const target = options.enablement ? createSandbox({ enablement: options.enablement }) : sandbox;
  return target.handle(gpcRequest(options.key ?? 'S1', { body, ...options }));
}

/** The Bundle of a 200 answer (failing the test with the OperationOutcome otherwise). */
export async function readBundle(response: Response): Promise<Bundle> {
  const body = (await response.json()) as Bundle & { issue?: unknown };
  expect(response.status, JSON.stringify(body.issue ?? '')).toBe(200);
  expect(body.resourceType).toBe('Bundle');
  return body;
}

export const resourcesOf = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((e) => e.resource as Resource);
export const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] =>
  resourcesOf(bundle).filter((r): r is T => r.resourceType === type);
export const listsOf = (bundle: Bundle): List[] => ofType<List>(bundle, 'List');
export const listTitled = (bundle: Bundle, title: string): List | undefined =>
  listsOf(bundle).find((l) => l.title === title);
export const warningCodes = (list: List | undefined): string[] =>
  (list?.extension ?? []).map((e) => e.valueCode).filter((c): c is string => Boolean(c));

/** Every `reference` in the Bundle resolves: `Type/id` to an entry, `#id` to the enclosing resource's contained. */
export function expectLinksResolve(bundle: Bundle): void {
  const keys = new Set(resourcesOf(bundle).map((r) => `${r.resourceType}/${r.id}`));
  const dangling: string[] = [];
  const walk = (node: unknown, owner: Resource) => {
    if (Array.isArray(node)) node.forEach((child) => walk(child, owner));
    else if (node && typeof node === 'object') {
      const { reference } = node as { reference?: unknown };
      if (typeof reference === 'string') {
        const ok = reference.startsWith('#')
          ? ((owner as { contained?: Resource[] }).contained ?? []).some((c) => `#${c.id}` === reference)
          : keys.has(reference);
        if (!ok) dangling.push(`${owner.resourceType}/${owner.id ?? '(no id)'} → ${reference}`);
      }
      Object.values(node).forEach((child) => walk(child, owner));
    }
  };
  resourcesOf(bundle).forEach((resource) => walk(resource, resource));
  expect(dangling).toEqual([]);
}

/** The warning issues of the Bundle's OperationOutcome as `diagnostics: text`. */
export function bundleWarnings(bundle: Bundle): string[] {
  const outcomes = ofType<Resource & { issue: { diagnostics?: string; details?: { text?: string } }[] }>(
    bundle,
    'OperationOutcome',
  );
  return outcomes.flatMap((o) => o.issue.map((i) => `${i.diagnostics}: ${i.details?.text}`));
}

/** Sends and expects an error with that status and Spine code; returns the diagnostics. */
export async function expectError(response: Response, status: number, code: string): Promise<string> {
  const outcome = await readOutcome(response);
  expect({ status: outcome.status, code: outcome.code }).toEqual({ status, code });
  return outcome.diagnostics ?? '';
}

export { gpcRequest, validClaims };
