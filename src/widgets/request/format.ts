// The answer format a draft asks for, JSON or XML, carried by its Accept header: the Format choice edits that
// header, so Send, the URL shown and every "Copy as" sample ask for the same format.
import { FHIR_JSON, FHIR_XML } from '../../spec/headers.ts';
import { acceptedFormat, type FhirFormat } from '../../sandbox/format/negotiate.ts';
import type { RequestDraft } from './draft.ts';

export type { FhirFormat };

const isAccept = ([name]: [string, string]) => name.toLowerCase() === 'accept';

/** The format the draft's Accept header asks for (JSON when it names neither). */
export function draftFormat(draft: RequestDraft): FhirFormat {
  const accept = draft.headers.find(isAccept)?.[1] ?? null;
  return acceptedFormat(accept) ?? 'json';
}

/** The draft with its Accept header set to the FHIR media type of `format` (added if the reader removed it). */
export function withFormat(draft: RequestDraft, format: FhirFormat): RequestDraft {
  const accept: [string, string] = ['Accept', format === 'xml' ? FHIR_XML : FHIR_JSON];
  const at = draft.headers.findIndex(isAccept);
  const headers = at >= 0 ? draft.headers.map((pair, i) => (i === at ? accept : pair)) : [...draft.headers, accept];
  return { ...draft, headers };
}
