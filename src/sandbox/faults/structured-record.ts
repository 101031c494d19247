// The two structured-record faults: a clinical area the practice has switched off
// (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_clinical_area_config.html) and a
// record whose Lists carry every List warning code
// (https://developer.nhs.uk/apis/gpconnect/accessrecord_structured_development_lists_for_message_structure.html#warning-codes).
import type { Bundle, List } from 'fhir/r3';
import {
  consultationStructureLists,
  extensions,
  listWarnings,
  practiceList,
  type ListWarningCode,
} from '../../spec/index.ts';
import type { Enablement } from '../config.ts';
import { buildPrimaryList, toNoteDate } from '../provider/structured/lists.ts';
import { areaParameters, queryAreas, type QueryArea } from '../provider/structured/query.ts';
import { bodyOf } from '../request-body.ts';

type Json = Record<string, unknown>;

/** The first clinical area a get structured record body asks for, in the body's order. */
export async function findFirstRequestedArea(request: Request): Promise<QueryArea | undefined> {
  const body = (await bodyOf(request)
    .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown)
    .catch(() => undefined)) as { parameter?: { name?: unknown }[] } | undefined;
  for (const { name } of body?.parameter ?? []) {
    const area = queryAreas.find((candidate) => areaParameters[candidate].name === name);
    if (area) return area;
  }
  return undefined;
}

/** The switches with `area` also off at every practice, as a site switch sets it. */
export const switchAreaOff =
  (area: QueryArea) =>
  (current: Enablement): Enablement =>
    Object.fromEntries(
      practiceList.map(({ odsCode }) => [
        odsCode,
        { ...current[odsCode], disabledAreas: [...(current[odsCode]?.disabledAreas ?? []), area] },
      ]),
    );

const isList = (resource: unknown): resource is List => (resource as Json | undefined)?.resourceType === 'List';
const listsOf = (bundle: Bundle): List[] => (bundle.entry ?? []).map((e) => e.resource).filter(isList);

/**
 * Adds the empty List a provider MAY send for a switched-off area, beside the NOT_IMPLEMENTED warning the provider
 * already gave: no entries, the empty reason and its note.
 */
export function addSwitchedOffList(bundle: Bundle, area: QueryArea): Bundle {
  const patient = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')?.resource;
  if (!patient) return bundle;
  const date = listsOf(bundle)[0]?.date ?? new Date().toISOString();
  // Each queried area's primary List has the area's own name (primaryLists in src/spec).
  const list = buildPrimaryList({ subject: `Patient/${patient.id}`, date }, area, { entries: [] });
  return { ...bundle, entry: [...(bundle.entry ?? []), { resource: list }] };
}

const STRUCTURE_LIST_CODES = new Set<string>(Object.values(consultationStructureLists).map((c) => c.code));

/**
 * Gives every clinical List each warning code it does not already carry, with the code's note. The Lists that only
 * shape a consultation are left alone: warning codes never go on them.
 */
export function addEveryWarning(bundle: Bundle): Bundle {
  for (const list of listsOf(bundle)) {
    if (STRUCTURE_LIST_CODES.has(list.code?.coding?.[0]?.code ?? '')) continue;
    const present = new Set(
      (list.extension ?? []).filter((e) => e.url === extensions.listWarningCode).map((e) => e.valueCode),
    );
    const missing = (Object.keys(listWarnings) as ListWarningCode[]).filter((code) => !present.has(code));
    const noteDate = toNoteDate((list.date ?? new Date().toISOString()).slice(0, 10));
    list.extension = [
      ...(list.extension ?? []),
      ...missing.map((code) => ({ url: extensions.listWarningCode, valueCode: code })),
    ];
    list.note = [
      ...(list.note ?? []),
      ...missing.map((code) => ({ text: listWarnings[code].note.replace('{date}', noteDate) })),
    ];
  }
  return bundle;
}
