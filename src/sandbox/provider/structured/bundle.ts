// Assembles the structured record Bundle: header resources, Lists, chosen items with everything they cite (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_bundle.html).
import type { Bundle, List, OperationOutcomeIssue, PractitionerRole, Resource } from 'fhir/r3';
import { profileUrl } from '../../../spec/index.ts';
import { buildOperationOutcome } from '../../spine-error.ts';
import { neverChanging } from '../bundle-json.ts';
import type { Selection } from './selection.ts';

const keyOf = (resource: Resource): string => `${resource.resourceType}/${resource.id}`;

/** Every `reference` string inside a resource (contained `#id` references included). */
export function collectReferences(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) collectReferences(child, found);
  else if (node && typeof node === 'object') {
    const { reference } = node as { reference?: unknown };
    if (typeof reference === 'string') found.push(reference);
    for (const value of Object.values(node)) if (typeof value === 'object') collectReferences(value, found);
  }
  return found;
}

// The records' resources are shared and never change (a record is built once a day, data/records/index.ts), so what
// assembling needs to know of each is worked out once: the references it holds, and whether pruning it with every
// reference kept gives it back unchanged (it would not if it held an empty array, which pruning drops). Its JSON is
// written once too (bundleJson).
interface ResourceFacts {
  references: string[];
  prunesToItself: boolean;
}
const factsOf = new WeakMap<Resource, ResourceFacts>();
function resourceFacts(resource: Resource): ResourceFacts {
  let facts = factsOf.get(resource);
  if (!facts) {
    const prunesToItself = JSON.stringify(prune(resource, () => true)) === JSON.stringify(resource);
    facts = { references: collectReferences(resource), prunesToItself };
    factsOf.set(resource, facts);
    neverChanging(resource);
  }
  return facts;
}

const DROP = Symbol('drop');

/**
 * Removes references to items that are not in the response (for example a problem's link to a medication left out by
 * a date filter): an extension or array element that loses its reference goes with it.
 */
function prune(node: unknown, keep: (reference: string) => boolean, inArray = false): unknown {
  if (Array.isArray(node)) {
    const kept = node.map((child) => prune(child, keep, true)).filter((child) => child !== DROP);
    return kept.length > 0 ? kept : DROP;
  }
  if (!node || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  if (typeof object.reference === 'string' && !keep(object.reference)) return DROP;
  const out: Record<string, unknown> = {};
  let lost = false;
  for (const [key, value] of Object.entries(object)) {
    const pruned = prune(value, keep);
    if (pruned === DROP) lost = true;
    else out[key] = pruned;
  }
  return lost && (inArray || 'url' in object) ? DROP : out;
}

/**
 * The chosen items plus what they cite that is not itself a clinical item (authorisations, medications, specimens,
 * results, clinicians, organisations), and each cited practitioner's role.
 */
function collectResources(sel: Selection, headerKeys: ReadonlySet<string>): Set<string> {
  const chosen = new Set<string>();
  const queue = [...sel.included];
  const roles = [...sel.record.resources.values()].filter(
    (r): r is PractitionerRole => r.resourceType === 'PractitionerRole',
  );
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (chosen.has(key)) continue;
    const resource = sel.record.resources.get(key);
    if (!resource) continue;
    chosen.add(key);
    for (const reference of resourceFacts(resource).references) {
      if (
        !headerKeys.has(reference) &&
        !chosen.has(reference) &&
        !sel.isItem(reference) &&
        sel.record.resources.has(reference)
      ) {
        queue.push(reference);
      }
    }
    if (resource.resourceType === 'Practitioner') {
      for (const role of roles) if (role.practitioner?.reference === key) queue.push(keyOf(role));
    }
  }
  return chosen;
}

const ACTOR_TYPES = ['Organization', 'Practitioner', 'PractitionerRole', 'Location', 'HealthcareService'];

/** The Bundle of type `collection`, id = the Ssp-TraceID, entries without fullUrl, warnings in one OperationOutcome. */
export function assembleBundle(
  traceId: string,
  header: Resource[],
  sel: Selection,
  warnings: OperationOutcomeIssue[],
): Bundle {
  const headerKeys = new Set(header.map(keyOf));
  const chosen = collectResources(sel, headerKeys);
  const structureKeys = sel.structureLists.map(keyOf);
  const present = new Set([...headerKeys, ...chosen, ...structureKeys]);
  const keep = (reference: string) => reference.startsWith('#') || present.has(reference);
  // prune builds new objects and never changes its input, so the record's resource itself goes in when pruning
  // would give back an equal copy.
  const resources = [...sel.record.resources]
    .filter(([key]) => chosen.has(key))
    .map(([, resource]) => {
      const { references, prunesToItself } = resourceFacts(resource);
      return prunesToItself && references.every(keep) ? resource : (prune(resource, keep) as Resource);
    });
  const actors = resources.filter((r) => ACTOR_TYPES.includes(r.resourceType));
  const clinical = resources.filter((r) => !ACTOR_TYPES.includes(r.resourceType));
  const lists: List[] = [...sel.primaryLists, ...sel.secondaryLists(), ...sel.structureLists];
  const issues = [...warnings, ...sel.issues];
  const entries: Resource[] = [
    ...header,
    ...actors,
    ...lists,
    ...clinical,
    ...(issues.length ? [buildOperationOutcome(issues)] : []),
  ];
  return {
    resourceType: 'Bundle',
    id: traceId,
    meta: { profile: [profileUrl('structuredRecordBundle')] },
    type: 'collection',
    entry: entries.map((resource) => ({ resource })),
  };
}
