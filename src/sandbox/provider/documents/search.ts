// D3 search a patient's documents: the matching DocumentReferences with the patient, organisations and authors (https://developer.nhs.uk/apis/gpconnect/access_documents_development_search_patient_documents.html).
import type { Bundle, DocumentReference, Resource } from 'fhir/r3';
import { profileUrl } from '../../../spec/index.ts';
import { findHeldPatient } from '../../data/patients.ts';
import { findRecord } from '../../data/records/index.ts';
import { fhirResponse } from '../../respond.ts';
import { SpineError } from '../../spine-error.ts';
import { collectReferences } from '../structured/bundle.ts';
import { findRecordPatient } from '../structured/record-patient.ts';
import type { InteractionContext } from '../types.ts';
import { isCreatedInRange, readDocumentSearch, type DocumentSearch } from './search-parameters.ts';

const matches = (
  doc: DocumentReference,
  search: DocumentSearch,
  authorOds: (reference: string) => string | undefined,
): boolean => {
  // spec: with no created date, the indexed date is compared instead
  if (!isCreatedInRange(doc.created ?? doc.indexed, search)) return false;
  if (search.author && ![doc.author ?? []].flat().some((a) => authorOds(a.reference ?? '') === search.author))
    return false;
  const text = [doc.description, doc.type.text, ...(doc.type.coding ?? []).map((c) => c.display)]
    .join(' ')
    .toLowerCase();
  return search.words.every((word) => text.includes(word));
};

export async function searchDocuments(ctx: InteractionContext): Promise<Response> {
  const search = readDocumentSearch(ctx.url);
  ctx.assertEnabled();
  const held = findHeldPatient(ctx.practice.odsCode, { logicalId: ctx.params.id ?? '' });
  if (!held)
    throw new SpineError(
      'PATIENT_NOT_FOUND',
      `No patient with logical id ${JSON.stringify((ctx.params.id ?? '').slice(0, 40))} is held at ${ctx.practice.odsCode}; find the id with a patient search first.`,
    );
  const { header, subject } = findRecordPatient(ctx, held.patient.nhsNumber);
  const record = findRecord(held.patient.nhsNumber, ctx.now, subject);
  const headerKeys = new Set(header.map((r) => `${r.resourceType}/${r.id}`));
  const odsOf = (reference: string): string | undefined => {
    const organization =
      record.resources.get(reference) ?? header.find((r) => `${r.resourceType}/${r.id}` === reference);
    return (organization as { identifier?: { value?: string }[] } | undefined)?.identifier?.[0]?.value;
  };
  // Confidential documents are for migration only; a direct-care search leaves them out.
  const found = record.items.documents
    .filter((key) => !record.confidential.has(key))
    .map((key) => record.resources.get(key) as DocumentReference)
    .filter((doc) => matches(doc, search, odsOf));
  const included = new Map<string, Resource>();
  for (const reference of found.flatMap((doc) => collectReferences(doc))) {
    const resource = record.resources.get(reference);
    if (resource && !headerKeys.has(reference)) included.set(reference, resource);
  }
  // https://developer.nhs.uk/apis/gpconnect-1-6-2/access_documents_development_bundle.html: entry.fullUrl is 1..1
  // and absolute here, although the general resource guidance says SHOULD NOT (a decision on the Sandbox page).
  const fullUrl = (resource: Resource) => `${ctx.baseUrl}/${resource.resourceType}/${resource.id}`;
  const bundle: Bundle = {
    resourceType: 'Bundle',
    id: ctx.traceId,
    meta: { profile: [profileUrl('searchsetBundle')] },
    type: 'searchset',
    total: found.length,
    entry: [
      ...[...header, ...included.values()].map((resource) => ({
        fullUrl: fullUrl(resource),
        resource,
        search: { mode: 'include' as const },
      })),
      ...found.map((resource) => ({ fullUrl: fullUrl(resource), resource, search: { mode: 'match' as const } })),
    ],
  };
  return fhirResponse(bundle);
}
