// Reads the search documents (D3) query: the five mandatory includes and the created, author and description filters.
import { identifierSystems } from '../../../spec/index.ts';
import { SpineError } from '../../spine-error.ts';

/** The `_include` values every search must carry (https://developer.nhs.uk/apis/gpconnect/access_documents_development_search_patient_documents.html). */
export const DOCUMENT_INCLUDES = [
  'DocumentReference:subject:Patient',
  'DocumentReference:custodian:Organization',
  'DocumentReference:author:Organization',
  'DocumentReference:author:Practitioner',
] as const;
export const DOCUMENT_REVINCLUDE = 'PractitionerRole:practitioner';
export const REVINCLUDE_PARAMETER = '_revinclude:recurse';

// Parameters a host or a consumer may add that the search does not filter on.
const IGNORED = ['_format'];

export interface DocumentSearch {
  createdFrom?: string;
  createdTo?: string;
  /** ODS code of the authoring organisation. */
  author?: string;
  /** Lower-case words, all of which must appear in the description or type. */
  words: string[];
}

const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Checks the query: a missing include, a bad `created` or an `author` that is not an ODS code → 422 INVALID_PARAMETER. */
export function readDocumentSearch(url: URL): DocumentSearch {
  const params = url.searchParams;
  const includes = params.getAll('_include');
  const missing: string[] = DOCUMENT_INCLUDES.filter((value) => !includes.includes(value)).map(
    (value) => `_include=${value}`,
  );
  if (!params.getAll(REVINCLUDE_PARAMETER).includes(DOCUMENT_REVINCLUDE))
    missing.push(`${REVINCLUDE_PARAMETER}=${DOCUMENT_REVINCLUDE}`);
  if (missing.length) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `The search must carry all five include parameters; missing: ${missing.join(', ')}.`,
    );
  }
  const known = ['_include', REVINCLUDE_PARAMETER, 'created', 'author', 'description', ...IGNORED];
  const unknown = [...new Set(params.keys())].filter((key) => !known.includes(key));
  if (unknown.length) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `Unknown search parameter ${unknown.join(', ')}; documents are searched by created, author and description (type and facility were removed after 1.0.x).`,
    );
  }
  return {
    ...readCreated(params.getAll('created')),
    ...readAuthor(params.getAll('author')),
    words: readWords(params.getAll('description')),
  };
}

function readCreated(values: string[]): Pick<DocumentSearch, 'createdFrom' | 'createdTo'> {
  const range: Pick<DocumentSearch, 'createdFrom' | 'createdTo'> = {};
  for (const value of values) {
    const prefix = value.slice(0, 2);
    const date = value.slice(2);
    if ((prefix !== 'ge' && prefix !== 'le') || !DATE_OR_DATETIME.test(date) || Number.isNaN(Date.parse(date))) {
      throw new SpineError(
        'INVALID_PARAMETER',
        `created=${value.slice(0, 60)} is not valid; send created=ge{date} and/or created=le{date}, each a date or a dateTime.`,
      );
    }
    const key = prefix === 'ge' ? 'createdFrom' : 'createdTo';
    if (range[key])
      throw new SpineError('INVALID_PARAMETER', `created=${prefix}… is sent twice; send at most one ge and one le.`);
    range[key] = date;
  }
  return range;
}

function readAuthor(values: string[]): Pick<DocumentSearch, 'author'> {
  if (values.length === 0) return {};
  if (values.length > 1) throw new SpineError('INVALID_PARAMETER', 'author is sent more than once; send one ODS code.');
  const [system, code] = (values[0] as string).split('|');
  // spec: only an organisation author (ODS code) can be searched for (https://developer.nhs.uk/apis/gpconnect/access_documents_development_search_patient_documents.html)
  if (system !== identifierSystems.odsOrganization.system || !code) {
    throw new SpineError(
      'INVALID_PARAMETER',
      `author=${(values[0] as string).slice(0, 80)} is not an ODS code; send author=${identifierSystems.odsOrganization.system}|{ODS code}.`,
    );
  }
  return { author: code };
}

const readWords = (values: string[]): string[] =>
  values.flatMap((value) => value.toLowerCase().split(/\s+/)).filter(Boolean);

/** True when the date or dateTime `value` is inside the search range (a date bound covers its whole day). */
export function isCreatedInRange(value: string | undefined, search: DocumentSearch): boolean {
  if (!value) return !search.createdFrom && !search.createdTo;
  const instant = Date.parse(value);
  const from =
    search.createdFrom &&
    Date.parse(search.createdFrom.length === 10 ? `${search.createdFrom}T00:00:00Z` : search.createdFrom);
  const to =
    search.createdTo &&
    Date.parse(search.createdTo.length === 10 ? `${search.createdTo}T23:59:59.999Z` : search.createdTo);
  return (!from || instant >= from) && (!to || instant <= to);
}
